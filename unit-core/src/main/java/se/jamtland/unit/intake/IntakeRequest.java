package se.jamtland.unit.intake;

import se.jamtland.events.Channel;

import java.time.LocalDate;

/**
 * What a request for an insats says, as intake needs it; a field the door has not is null. Nothing here is
 * stored: the record keeps only what the policies let through, in the categories of the vocabulary.
 *
 * @param date the day the insats began or the contact took place (today when the request gave none)
 * @param identityNumber the personnummer or samordningsnummer as typed, for an INDIVIDUAL case only
 * @param carriesIdentity whether the request names a person or guardians at all
 * @param identityField the field that carries it ({@code person} or {@code guardians})
 */
public record IntakeRequest(
        IntakeDoor door,
        String insats,
        LocalDate date,
        LocalDate today,
        Integer statedAge,
        String statedLegalGender,
        Channel channel,
        boolean guardianConsentGiven,
        boolean guardiansNamed,
        boolean carriesIdentity,
        String identityField,
        boolean personGiven,
        String identityNumber,
        String linkedCaseCode,
        LocalDate interviewDate) {

    /** An advisory contact: no identity, no link; the age only if staff asked for it. */
    public static IntakeRequest advisoryContact(String insats, LocalDate date, LocalDate today, Integer age,
                                                String legalGender, Channel channel, boolean consentGiven,
                                                LocalDate interviewDate) {
        return new IntakeRequest(IntakeDoor.ADVISORY_CONTACT, insats, date, today, age, legalGender, channel,
                consentGiven, false, false, null, false, null, null, interviewDate);
    }
}
