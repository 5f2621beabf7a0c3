package se.jamtland.problem.limits;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;

import java.util.List;

/**
 * One rate limit (OWASP API4), e.g. for intake:
 * <pre>
 * rate-limits:
 *   intake:
 *     methods: [POST]
 *     paths: [/cases, /advisory-contacts]
 *     per-second: 10
 *     burst: 20
 * </pre>
 * A path matches exactly, or with a trailing {@code /**} everything below it too. Each client (by address) has
 * its own bucket per limit.
 */
@EachProperty("rate-limits")
public class RateLimitConfiguration {

    private final String name;
    private List<String> methods = List.of();
    private List<String> paths = List.of();
    private double perSecond = 10;
    private int burst = 20;

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

    public double getPerSecond() {
        return perSecond;
    }

    public void setPerSecond(double perSecond) {
        this.perSecond = perSecond;
    }

    public int getBurst() {
        return burst;
    }

    public void setBurst(int burst) {
        this.burst = burst;
    }

    boolean applies(String method, String path) {
        return (methods.isEmpty() || methods.contains(method))
                && paths.stream().anyMatch(pattern -> pattern.endsWith("/**")
                ? path.startsWith(pattern.substring(0, pattern.length() - 3))
                : path.equals(pattern));
    }
}
