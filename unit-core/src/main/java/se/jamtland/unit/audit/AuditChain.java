package se.jamtland.unit.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash that links a row of the access log to the one before: SHA-256 over the previous hash and every field
 * of the row, each written with its length first, so no two different rows can read alike.
 */
public final class AuditChain {

    /** What the first row links to. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static String hash(long seq, Instant occurredAt, String staffId, String role, String caseCode,
                              AuditAction action, String purpose, String previousHash) {
        return digest(previousHash, Long.toString(seq), Long.toString(occurredAt.toEpochMilli()),
                staffId, role, caseCode, action.name(), purpose == null ? "\u0000" : purpose);
    }

    /** SHA-256 over the fields, each written with its length first; also what a checkpoint's own hash is. */
    static String digest(String... fields) {
        StringBuilder text = new StringBuilder();
        for (String field : fields) {
            text.append(field.length()).append(':').append(field).append(';');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The hash the row should carry given its own fields; equal to {@code entry.hash()} unless it was changed. */
    public static String expected(AuditEntry entry) {
        return hash(entry.seq(), entry.occurredAt(), entry.staffId(), entry.role(), entry.caseCode(), entry.action(),
                entry.purpose(), entry.previousHash());
    }
}
