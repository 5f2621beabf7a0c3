package se.jamtland.unit.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The result of checking the access log's chain: intact, or the first link that does not hold and what is
 * wrong with it (in Swedish, for the unit manager).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChainVerification(boolean intact, long rowsChecked, @Nullable Long firstBrokenSeq, String finding) {

    static ChainVerification intact(long rows) {
        return new ChainVerification(true, rows, null, "Loggen är obruten: alla " + rows + " rader stämmer.");
    }

    static ChainVerification broken(long rowsChecked, long seq, String finding) {
        return new ChainVerification(false, rowsChecked, seq, finding);
    }
}
