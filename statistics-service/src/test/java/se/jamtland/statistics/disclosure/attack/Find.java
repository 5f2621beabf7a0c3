package se.jamtland.statistics.disclosure.attack;

/**
 * One value an attacker claims to have worked out: the member of the published table, by the name it has in every
 * line ({@link AttackLine.Member}), and the count the attacker believes it hides.
 */
public record Find(String member, long value) {
}
