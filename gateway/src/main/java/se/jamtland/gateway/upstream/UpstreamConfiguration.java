package se.jamtland.gateway.upstream;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;

import java.net.URI;
import java.time.Duration;

/**
 * One service behind the gateway ({@code gateway.upstreams.<name>}): eligibility, one per unit (its id), and
 * statistics. Each has its own timeouts and its own circuit breaker, so a slow statistics query never holds up a
 * remiss, and one unit down does not take the others with it.
 */
@EachProperty("gateway.upstreams")
public class UpstreamConfiguration {

    private final String name;
    private URI url;
    private Duration connectTimeout = Duration.ofSeconds(1);
    private Duration timeout = Duration.ofSeconds(5);

    public UpstreamConfiguration(@Parameter String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public URI getUrl() {
        return url;
    }

    public void setUrl(URI url) {
        this.url = url;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    /** The whole answer, from sending to the last byte: past it the caller gets a 504 problem. */
    public Duration getTimeout() {
        return timeout;
    }

    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }
}
