package se.jamtland.unit.gallring.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The informationshanteringsplan's versions, each from its {@code validFrom}: the rules of a day are those of the
 * latest version in force on it. A day before the first version has no rules, and nothing is gallrad on it.
 */
public record RetentionPlan(List<Version> versions) {

    public record Version(LocalDate validFrom, List<RetentionRule> rules) {

        public Version {
            rules = List.copyOf(rules);
        }

        /** The version's name in receipts: its validFrom. */
        public String name() {
            return validFrom.toString();
        }

        public Optional<RetentionRule> rule(String id) {
            return rules.stream().filter(rule -> rule.id().equals(id)).findFirst();
        }
    }

    public RetentionPlan {
        versions = versions.stream().sorted(Comparator.comparing(Version::validFrom)).toList();
    }

    public Optional<Version> inForceOn(LocalDate day) {
        return versions.stream().filter(version -> !version.validFrom().isAfter(day))
                .reduce((earlier, later) -> later);
    }

    public Optional<Version> version(String name) {
        return versions.stream().filter(version -> version.name().equals(name)).findFirst();
    }
}
