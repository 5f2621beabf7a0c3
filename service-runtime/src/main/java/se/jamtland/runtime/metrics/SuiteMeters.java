package se.jamtland.runtime.metrics;

import java.util.List;

/**
 * The names of the suite's own meters (issue 16 §2), one source for the code that records them, the tests that
 * read them and k8s/base/monitoring.yaml's alerts (k8s/README.md, "Metrics contract"; KustomizeRenderIT may hold
 * the rules to {@link #PROMETHEUS_NAMES}). Micrometer's dotted names; Prometheus sees them with dots as
 * underscores, the base unit appended and {@code _total} on counters.
 *
 * <p>Tags come from fixed small sets only: {@link #UNIT} (the four units), {@link #OUTCOME}, {@link #RULE} (the
 * informationshanteringsplan's rule ids), {@link #LIMIT} (the configured rate limits' names). Never a case code,
 * a kommun of one case, a staff id or anything a person typed.
 */
public final class SuiteMeters {

    /** Gauge: events in the unit's outbox not yet on Kafka. */
    public static final String OUTBOX_PENDING = "suite.outbox.pending";
    /** Gauge, seconds: age of the oldest of them, 0 when there is none. */
    public static final String OUTBOX_OLDEST_PENDING_AGE = "suite.outbox.oldest.pending.age";
    /** Counter: events the relay put on the activity topic. */
    public static final String OUTBOX_RELAYED = "suite.outbox.relayed";
    /** Gauge: 1 when the access log's last chain check found a broken link, else 0. */
    public static final String AUDIT_CHAIN_BROKEN = "suite.audit.chain.broken";
    /** Gauge, seconds since the epoch: when the access log's chain was last checked (0: not yet). */
    public static final String AUDIT_CHAIN_LAST_CHECK = "suite.audit.chain.last.check.timestamp";
    /** Counter, tag {@link #OUTCOME} {@link #SUCCEEDED}/{@link #FAILED}: gallring runs. */
    public static final String GALLRING_RUNS = "suite.gallring.runs";
    /** Gauge, seconds since the epoch: when gallring last finished a run (0: never). */
    public static final String GALLRING_LAST_SUCCESS = "suite.gallring.last.success.timestamp";
    /** Counter, tag {@link #RULE}: records gallring deleted. */
    public static final String GALLRING_RECORDS_DELETED = "suite.gallring.records.deleted";
    /** Counter, tag {@link #LIMIT}: requests a rate limit refused (429). */
    public static final String RATE_LIMIT_REFUSALS = "suite.rate.limit.refusals";
    /** Counter: activity events statistics counted (a redelivered one is not counted again). */
    public static final String STATISTICS_EVENTS_COUNTED = "statistics.events.counted";
    /** Counter: records statistics sent to the dead-letter topic. */
    public static final String STATISTICS_DEAD_LETTER_RECORDS = "statistics.dead.letter.records";

    public static final String UNIT = "unit";
    public static final String OUTCOME = "outcome";
    public static final String RULE = "rule";
    public static final String LIMIT = "limit";
    public static final String SUCCEEDED = "succeeded";
    public static final String FAILED = "failed";
    public static final String SECONDS = "seconds";

    /** What Prometheus scrapes of the names above: what monitoring.yaml's rules may use. */
    public static final List<String> PROMETHEUS_NAMES = List.of(
            "suite_outbox_pending",
            "suite_outbox_oldest_pending_age_seconds",
            "suite_outbox_relayed_total",
            "suite_audit_chain_broken",
            "suite_audit_chain_last_check_timestamp_seconds",
            "suite_gallring_runs_total",
            "suite_gallring_last_success_timestamp_seconds",
            "suite_gallring_records_deleted_total",
            "suite_rate_limit_refusals_total",
            "statistics_events_counted_total",
            "statistics_dead_letter_records_total");

    /**
     * Micrometer's KafkaClientMetrics names that monitoring.yaml's rules use: the statistics consumer's lag, for
     * the clients whose id starts with {@link #STATISTICS_KAFKA_CLIENT_PREFIX}.
     */
    public static final List<String> ALERTED_KAFKA_CLIENT_NAMES = List.of("kafka_consumer_fetch_manager_records_lag_max");
    /** Every Kafka client of statistics-service is named so (its meters' client_id label). */
    public static final String STATISTICS_KAFKA_CLIENT_PREFIX = "county-statistics-";

    private SuiteMeters() {
    }
}
