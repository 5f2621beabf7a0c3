package se.jamtland.unit.testing;

import se.jamtland.testinfra.Canaries;
import se.jamtland.testsupport.Api;
import se.jamtland.testsupport.TestIdp;

import java.util.UUID;

/**
 * A kommun's case system sending remisser to Mini-Maria's A-CRA (14 kap. 3 § SoL) through its own route, as the
 * gateway forwards them (issue 12): for the tests of the staff's remiss pages, which need remisser in the inbox.
 * The person is the canary Astrid Kanariefågel with a personnummer of the given age.
 */
public final class CaseSystemRemisser {

    public static final String A_CRA = "minimaria-a-cra";
    public static final String MESSAGE = "Behöver stöd kring alkohol.";
    public static final String REFERRER = "Socialsekreterare Berg";

    private final Api api;

    public CaseSystemRemisser(Api api) {
        this.api = api;
    }

    /** Sends a remiss from the kommun (e.g. 2380, Östersund) and answers its id. */
    public String send(String kommun, String identityNumber, boolean withGuardian) {
        String guardians = withGuardian ? ",\"guardians\":[{\"name\":\"" + Canaries.GUARDIAN_NAME + "\"}]" : "";
        String body = "{\"insats\":\"" + A_CRA + "\",\"person\":{\"identityNumber\":\"" + identityNumber
                + "\",\"givenName\":\"" + Canaries.GIVEN_NAME + "\",\"familyName\":\"" + Canaries.FAMILY_NAME
                + "\",\"phone\":\"" + Canaries.PHONE + "\"}" + guardians + ",\"consentToReferral\":true,"
                + "\"referrer\":{\"name\":\"" + REFERRER + "\",\"phone\":\"063-14 30 00\"},\"message\":\""
                + MESSAGE + "\"}";
        Api.Answer sent = api.as(TestIdp.caseSystem(kommun))
                .withHeader("Idempotency-Key", "remiss-" + UUID.randomUUID()).post("/case-system/remisser", body);
        if (sent.status() != 201) {
            throw new AssertionError("the case system's remiss was not received: " + sent.status());
        }
        return sent.text("id");
    }
}
