package se.jamtland.unit.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * The result of checking the access log's chain: intact, or the first link that does not hold and what is
 * wrong with it (in Swedish, for the unit manager). Segments gallrade by a rule (issue 15) are listed in
 * {@code gallrad} and named in the finding: they are not tampering.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChainVerification(boolean intact, long rowsChecked, @Nullable Long firstBrokenSeq, String finding,
                                @Nullable List<GallradSegment> gallrad) {

    /** Rows {@code fromSeq}..{@code throughSeq} left the log by the rule named. */
    @Serdeable
    public record GallradSegment(long fromSeq, long throughSeq, String ruleId, String rulesVersion) {

        String text() {
            return "rad " + fromSeq + "–" + throughSeq + " gallrad enligt regel " + ruleId + " ("
                    + rulesVersion + ")";
        }
    }

    static ChainVerification intact(long rows, List<GallradSegment> gallrad) {
        String finding = "Loggen är obruten: alla " + rows + " rader stämmer.";
        if (!gallrad.isEmpty()) {
            finding += " Före den: " + String.join("; ", gallrad.stream().map(GallradSegment::text).toList()) + ".";
        }
        return new ChainVerification(true, rows, null, finding, gallrad.isEmpty() ? null : List.copyOf(gallrad));
    }

    static ChainVerification broken(long rowsChecked, long seq, String finding) {
        return new ChainVerification(false, rowsChecked, seq, finding, null);
    }
}
