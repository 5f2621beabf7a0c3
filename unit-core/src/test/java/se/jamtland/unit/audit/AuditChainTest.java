package se.jamtland.unit.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuditChainTest {

    private static final Instant AT = Instant.parse("2025-09-15T08:30:00.123Z");

    private static String hash(long seq, Instant at, String staff, String role, String caseCode, AuditAction action,
                               String purpose, String previous) {
        return AuditChain.hash(seq, at, staff, role, caseCode, action, purpose, previous);
    }

    @Test
    void changing_any_field_or_the_previous_link_changes_the_hash() {
        String original = hash(7, AT, "anna", "STAFF", "K7QM-4TXC", AuditAction.READ, "uppföljning",
                AuditChain.GENESIS);
        List<String> changed = List.of(
                hash(8, AT, "anna", "STAFF", "K7QM-4TXC", AuditAction.READ, "uppföljning", AuditChain.GENESIS),
                hash(7, AT.plusMillis(1), "anna", "STAFF", "K7QM-4TXC", AuditAction.READ, "uppföljning",
                        AuditChain.GENESIS),
                hash(7, AT, "anne", "STAFF", "K7QM-4TXC", AuditAction.READ, "uppföljning", AuditChain.GENESIS),
                hash(7, AT, "anna", "UNIT_MANAGER", "K7QM-4TXC", AuditAction.READ, "uppföljning",
                        AuditChain.GENESIS),
                hash(7, AT, "anna", "STAFF", "K7QM-4TXD", AuditAction.READ, "uppföljning", AuditChain.GENESIS),
                hash(7, AT, "anna", "STAFF", "K7QM-4TXC", AuditAction.EXPORT, "uppföljning", AuditChain.GENESIS),
                hash(7, AT, "anna", "STAFF", "K7QM-4TXC", AuditAction.READ, null, AuditChain.GENESIS),
                hash(7, AT, "anna", "STAFF", "K7QM-4TXC", AuditAction.READ, "uppföljning", "1".repeat(64)));

        assertThat(original).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(changed).doesNotContain(original).doesNotHaveDuplicates();
    }

    @Test
    void moving_text_from_one_field_to_the_next_does_not_give_the_same_hash() {
        assertThat(hash(1, AT, "ann", "aSTAFF", "K7QM-4TXC", AuditAction.READ, null, AuditChain.GENESIS))
                .isNotEqualTo(hash(1, AT, "anna", "STAFF", "K7QM-4TXC", AuditAction.READ, null, AuditChain.GENESIS));
        assertThat(hash(1, AT, "anna", "STAFF", "K7QM-4TXC", AuditAction.READ, "", AuditChain.GENESIS))
                .isNotEqualTo(hash(1, AT, "anna", "STAFF", "K7QM-4TXC", AuditAction.READ, null, AuditChain.GENESIS));
    }
}
