package se.jamtland.unit.identity;

import jakarta.inject.Singleton;
import se.jamtland.problem.Problem;
import se.jamtland.problem.ProblemException;

import java.util.List;
import java.util.Map;

/**
 * Refuses text that could reveal who someone is, where the regime forbids it (14 kap. 4 § and 5 § SoL).
 * The answer names the field and the kind of data found, never the data.
 */
@Singleton
public class IdentityScreen {

    private final IdentityGuard guard = new IdentityGuard();

    public void requireNoIdentity(Map<String, String> fields) {
        List<IdentityFinding> findings = guard.inspect(fields);
        if (!findings.isEmpty()) {
            throw ProblemException.unprocessable("identity-data-not-allowed", "Uppgifter som kan röja identitet",
                    "Insatsen dokumenteras utan uppgifter som kan röja den enskildes identitet (14 kap. 4 § och "
                            + "5 § socialtjänstlagen). Ta bort uppgiften och försök igen. Inget har sparats.",
                    findings.stream().map(finding -> Problem.FieldProblem.field(finding.field(),
                            "Innehåller " + finding.kind().swedishDescription() + ".")).toList());
        }
    }
}
