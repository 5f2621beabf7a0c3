package se.jamtland.problem.limits;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;

import java.util.List;
import java.util.stream.Stream;

/**
 * One rate limit (OWASP API4), e.g. for the public decisions:
 * <pre>
 * rate-limits:
 *   decisions:
 *     methods: [POST]
 *     paths: [/eligibility-checks]
 *     per-second: 50
 *     burst: 100
 *     suite-per-second: 2000
 *     suite-burst: 4000
 * </pre>
 * A path matches exactly, or with a trailing {@code /**} everything below it too. {@code more-paths} adds paths to
 * a limit that shared configuration defines, in the same budget: unit-core's {@code intake} names the routes every
 * unit has, and a unit service's own file adds its own ({@code /groups} in cmv-service), since a list in one
 * configuration file replaces, never extends, the same list in another. Each client (by address) has
 * its own bucket per limit. A verified service of the suite ({@link SuiteCallers}) has a bucket of its own with
 * the {@code suite-} budget instead, so one unit's staff are not capped by the public per-address share (issue 9,
 * 5b); without a {@code suite-} budget a service is counted by address like anyone else.
 * <p>
 * {@code keyed-by: client} counts each verified client (the token's subject, {@link VerifiedClients}) in a bucket
 * of its own instead of each address: the gateway's case systems, several of which may share one address (issue
 * 12, 3). A request without a verified token is still counted by its address.
 * <p>
 * A limit is lifted by setting it high: 0, a negative number or NaN is refused when the service starts.
 */
@EachProperty("rate-limits")
public class RateLimitConfiguration {

    private final String name;
    private List<String> methods = List.of();
    private List<String> paths = List.of();
    private List<String> morePaths = List.of();
    private double perSecond = 10;
    private long burst = 20;
    private double suitePerSecond;
    private long suiteBurst;
    private KeyedBy keyedBy = KeyedBy.ADDRESS;

    /** What tells one client's bucket from another's. */
    public enum KeyedBy { ADDRESS, CLIENT }

    public RateLimitConfiguration(@Parameter String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public List<String> getMethods() {
        return methods;
    }

    public void setMethods(List<String> methods) {
        this.methods = List.copyOf(methods);
    }

    public List<String> getPaths() {
        return paths;
    }

    public void setPaths(List<String> paths) {
        this.paths = List.copyOf(paths);
    }

    public List<String> getMorePaths() {
        return morePaths;
    }

    public void setMorePaths(List<String> morePaths) {
        this.morePaths = List.copyOf(morePaths);
    }

    public double getPerSecond() {
        return perSecond;
    }

    public void setPerSecond(double perSecond) {
        this.perSecond = perSecond;
    }

    public long getBurst() {
        return burst;
    }

    public void setBurst(long burst) {
        this.burst = burst;
    }

    public double getSuitePerSecond() {
        return suitePerSecond;
    }

    public void setSuitePerSecond(double suitePerSecond) {
        this.suitePerSecond = suitePerSecond;
    }

    public long getSuiteBurst() {
        return suiteBurst;
    }

    public void setSuiteBurst(long suiteBurst) {
        this.suiteBurst = suiteBurst;
    }

    public KeyedBy getKeyedBy() {
        return keyedBy;
    }

    public void setKeyedBy(KeyedBy keyedBy) {
        this.keyedBy = keyedBy;
    }

    /** True when verified suite services have a budget of their own on this limit. */
    boolean hasSuiteBudget() {
        return suitePerSecond != 0 || suiteBurst != 0;
    }

    /** @throws IllegalStateException naming the property, if a value would mean "nothing" rather than "a lot" */
    void requireSane() {
        requirePositive("per-second", perSecond);
        requireAtLeastOne("burst", burst);
        if (hasSuiteBudget()) {
            requirePositive("suite-per-second", suitePerSecond);
            requireAtLeastOne("suite-burst", suiteBurst);
        }
    }

    private void requirePositive(String property, double value) {
        if (!(value > 0)) {
            throw new IllegalStateException("rate-limits." + name + "." + property + " is " + value
                    + ": it must be above 0 (requests per second). To lift a limit, set it high (e.g. 1000000), "
                    + "never 0 or below: a limit of 0 would refuse every request.");
        }
    }

    private void requireAtLeastOne(String property, long value) {
        if (value < 1) {
            throw new IllegalStateException("rate-limits." + name + "." + property + " is " + value
                    + ": it must be at least 1 (requests at once). To lift a limit, set it high, never 0 or below.");
        }
    }

    boolean applies(String method, String path) {
        return (methods.isEmpty() || methods.contains(method))
                && Stream.concat(paths.stream(), morePaths.stream()).anyMatch(pattern -> pattern.endsWith("/**")
                ? path.startsWith(pattern.substring(0, pattern.length() - 3))
                : path.equals(pattern));
    }
}
