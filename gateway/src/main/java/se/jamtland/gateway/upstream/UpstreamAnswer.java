package se.jamtland.gateway.upstream;

import java.util.Map;
import java.util.Optional;

/** An upstream's answer: its status, content type, the headers a caller may see, and its body bytes. */
public record UpstreamAnswer(int status, Optional<String> contentType, Map<String, String> headers, byte[] body) {

    /** Headers of an upstream answer that reach the caller; everything else stays inside. */
    static final java.util.List<String> PASSED_ON = java.util.List.of("Location", "Idempotency-Replayed",
            "Retry-After");

    @Override
    public String toString() {
        return "UpstreamAnswer[" + status + "]";
    }
}
