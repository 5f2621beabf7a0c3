package se.jamtland.unit.gallring;

import se.jamtland.testsupport.Api;

/**
 * Records of the gallring tests, opened through the API on the day the test's clock says, and made-up people born on
 * a day a test chooses (the research sample of SoF 7 kap. 2 § is decided by the day of birth).
 */
final class GallringFixture {

    /** A family name no other test uses: found anywhere after gallring, it is a leak. */
    static final String GALLRAD_FAMILY_NAME = "Gallringsdotter";

    private GallringFixture() {
    }

    /** A valid personnummer "YYYYMMDD-NNNC" of someone born on the date, with the check digit (Luhn) of its 10 digits. */
    static String personnummer(String yyyymmdd, String serial) {
        String ten = yyyymmdd.substring(2) + serial;
        int sum = 0;
        for (int i = 0; i < ten.length(); i++) {
            int digit = (ten.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += digit > 9 ? digit - 9 : digit;
        }
        return yyyymmdd + "-" + serial + (10 - sum % 10) % 10;
    }

    /** An FFT case (INDIVIDUAL, 14 kap. 3 § SoL) of the person, with a journal note; its case code. */
    static String individualCase(Api staff, String identityNumber, String givenName, String familyName, String startDate) {
        String caseCode = staff.post("/cases", """
                {"insats":"minimaria-fft","startDate":"%s",
                 "person":{"identityNumber":"%s","givenName":"%s","familyName":"%s"}}"""
                .formatted(startDate, identityNumber, givenName, familyName)).text("caseCode");
        Api.Answer journal = staff.post("/cases/" + caseCode + "/journal",
                "{\"text\":\"Första samtalet med " + givenName + " " + familyName + ".\"}");
        if (journal.status() != 201) {
            throw new AssertionError("journal note: " + journal.status() + " " + journal.body());
        }
        return caseCode;
    }

    /** A de-identified Återfallsprevention case (14 kap. 5 § SoL) with a session on the day; its case code. */
    static String deidentifiedCase(Api staff, String startDate) {
        String caseCode = staff.post("/cases", """
                {"insats":"minimaria-aterfallsprevention","startDate":"%s","age":20,"gender":"female",
                 "kommun":"2380"}""".formatted(startDate)).text("caseCode");
        Api.Answer session = staff.post("/cases/" + caseCode + "/sessions", "{\"date\":\"" + startDate + "\"}");
        if (session.status() != 201) {
            throw new AssertionError("session: " + session.status() + " " + session.body());
        }
        return caseCode;
    }
}
