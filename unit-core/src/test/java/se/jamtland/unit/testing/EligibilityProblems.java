package se.jamtland.unit.testing;

import se.jamtland.testsupport.Api;
import static org.assertj.core.api.Assertions.assertThat;

/** What staff must get when eligibility-service cannot answer their question: a problem they can act on. */
public final class EligibilityProblems {

    private EligibilityProblems() {
    }

    /**
     * A problem+json with the status, a Swedish title, a pointer to the field staff sent, and none of the values
     * they sent anywhere in the body.
     */
    public static void assertNamesOnly(Api.Answer answer, int status, String field, String... sentValues) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.text("title")).isNotBlank().doesNotContain("Internal", "Error");
        assertThat(answer.list("errors")).as(answer.body())
                .extracting(error -> error.get("pointer")).contains("#/" + field);
        for (String value : sentValues) {
            assertThat(answer.body()).as("echo of a sent value").doesNotContain(value);
        }
    }
}
