package se.jamtland.unit.intake;

import se.jamtland.unit.identity.PersonalIdentityNumber;
import se.jamtland.unit.policy.Refusal;

import java.util.List;
import java.util.Optional;

/**
 * A case is decided by the age on its start date. Where the identity number is known it decides age and legal
 * gender, and a stated age or legal gender that disagrees is refused, naming the field only: a mistyped age must
 * never switch off the protection a 15-17-year-old has from their guardians (Bilaga 1, avsnitt 1). Without an
 * identity number the age must be stated: villkor and consent depend on it.
 */
final class AgeOnTheStartDate implements IntakePolicy {

    @Override
    public IntakeResult check(Intake intake) {
        IntakeRequest request = intake.request();
        if (request.door() != IntakeDoor.CASE) {
            return IntakeResult.ALLOWED;
        }
        Optional<PersonalIdentityNumber> identityNumber = intake.identityNumber();
        if (identityNumber.isEmpty()) {
            return request.statedAge() != null ? IntakeResult.ALLOWED
                    : IntakeResult.refused(Refusal.invalidInput("invalid-field", "Ogiltigt värde",
                            "Ett eller flera fält har otillåtna värden.",
                            List.of(new Refusal.FieldNote("age", "Ange ålder: den behövs för villkor och samtycke."))));
        }
        PersonalIdentityNumber number = identityNumber.get();
        if (number.birthDate().isAfter(request.date())) {
            return IntakeResult.refused(Refusal.ruleNotMet("born-after-start", "Födelsedatum efter startdatum",
                    "Enligt personnumret är personen född efter insatsens startdatum. Kontrollera personnumret och "
                            + "startdatumet.", "person/identityNumber"));
        }
        if (request.statedAge() != null && request.statedAge() != number.ageOn(request.date())) {
            return IntakeResult.refused(Refusal.ruleNotMet("age-disagrees-with-identity-number",
                    "Åldern stämmer inte med personnumret",
                    "Åldern räknas fram ur personnumret på startdatumet och stämmer inte med den angivna åldern. "
                            + "Ange inte ålder, eller rätta personnumret.", "age"));
        }
        if (request.statedLegalGender() != null && !request.statedLegalGender().equals(number.legalGender())) {
            return IntakeResult.refused(Refusal.ruleNotMet("legal-gender-disagrees-with-identity-number",
                    "Juridiskt kön stämmer inte med personnumret",
                    "Juridiskt kön framgår av personnumret (näst sista siffran) och stämmer inte med det angivna. "
                            + "Ange inte juridiskt kön, eller rätta personnumret.", "legalGender"));
        }
        return IntakeResult.ALLOWED;
    }
}
