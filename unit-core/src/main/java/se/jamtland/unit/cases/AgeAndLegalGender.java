package se.jamtland.unit.cases;

import io.micronaut.core.annotation.Nullable;
import se.jamtland.problem.Problem;
import se.jamtland.problem.ProblemException;
import se.jamtland.unit.identity.PersonalIdentityNumber;

import java.time.LocalDate;
import java.util.List;

/**
 * The age on the start date and the legal gender that the villkor, guardian consent and guardian secrecy are
 * decided by. Where the identity number is known (an INDIVIDUAL record, 14 kap. 3 § SoL) it decides both: a
 * mistyped age must never switch off the protection a 15-17-year-old has from their guardians (Bilaga 1,
 * avsnitt 1). A stated age or legal gender that disagrees with it is refused, naming the field only.
 */
record AgeAndLegalGender(int age, @Nullable String legalGender) {

    static AgeAndLegalGender of(OpenCaseCommand command, @Nullable PersonalIdentityNumber identityNumber,
                                LocalDate start) {
        if (identityNumber == null) {
            if (command.age() == null) {
                throw ProblemException.badRequest("invalid-field", "Ogiltigt värde",
                        "Ett eller flera fält har otillåtna värden.",
                        List.of(Problem.FieldProblem.field("age", "Ange ålder: den behövs för villkor och samtycke.")));
            }
            return new AgeAndLegalGender(command.age(), command.legalGender());
        }
        if (identityNumber.birthDate().isAfter(start)) {
            throw ProblemException.unprocessable("born-after-start", "Födelsedatum efter startdatum",
                    "Enligt personnumret är personen född efter insatsens startdatum. Kontrollera personnumret och "
                            + "startdatumet.", "person/identityNumber");
        }
        int age = identityNumber.ageOn(start);
        if (command.age() != null && command.age() != age) {
            throw ProblemException.unprocessable("age-disagrees-with-identity-number",
                    "Åldern stämmer inte med personnumret",
                    "Åldern räknas fram ur personnumret på startdatumet och stämmer inte med den angivna åldern. "
                            + "Ange inte ålder, eller rätta personnumret.", "age");
        }
        String legalGender = identityNumber.legalGender();
        if (command.legalGender() != null && !command.legalGender().equals(legalGender)) {
            throw ProblemException.unprocessable("legal-gender-disagrees-with-identity-number",
                    "Juridiskt kön stämmer inte med personnumret",
                    "Juridiskt kön framgår av personnumret (näst sista siffran) och stämmer inte med det angivna. "
                            + "Ange inte juridiskt kön, eller rätta personnumret.", "legalGender");
        }
        return new AgeAndLegalGender(age, legalGender);
    }
}
