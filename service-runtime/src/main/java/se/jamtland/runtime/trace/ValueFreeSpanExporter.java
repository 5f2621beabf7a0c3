package se.jamtland.runtime.trace;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.DelegatingSpanData;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.data.StatusData;
import io.opentelemetry.sdk.trace.export.SpanExporter;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Every span leaves a service through this exporter (issue 16 §2: spans carry route templates, never values). It
 * keeps only the attributes on {@link #KEPT}, which name a route, a method, a status or a topic, and drops the
 * rest: what micronaut-tracing's HTTP instrumenter sets from the request itself ({@code url.full},
 * {@code url.path}, {@code url.query}, {@code user_agent.original}, {@code client.address}, captured headers)
 * and whatever a library adds later. An allow-list, not a deny-list, so a new attribute is dropped until someone
 * decides it carries no value. Events (a recorded exception's message and stack) and a status's description go
 * too: an exception's message can quote what the caller sent.
 */
public final class ValueFreeSpanExporter implements SpanExporter {

    /** Attribute keys that never carry a value from a request or a record, only which route, method or topic. */
    public static final Set<String> KEPT = Set.of(
            "http.request.method", "http.route", "http.response.status_code", "url.scheme", "url.template",
            "network.protocol.name", "network.protocol.version", "error.type", "peer.service",
            "messaging.system", "messaging.destination.name", "messaging.operation.name", "messaging.operation.type");

    private final SpanExporter delegate;

    public ValueFreeSpanExporter(SpanExporter delegate) {
        this.delegate = delegate;
    }

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        return delegate.export(spans.stream().<SpanData>map(ValueFree::new).toList());
    }

    @Override
    public CompletableResultCode flush() {
        return delegate.flush();
    }

    @Override
    public CompletableResultCode shutdown() {
        return delegate.shutdown();
    }

    private static final class ValueFree extends DelegatingSpanData {

        private final Attributes attributes;

        ValueFree(SpanData span) {
            super(span);
            AttributesBuilder kept = Attributes.builder();
            span.getAttributes().forEach((key, value) -> {
                if (KEPT.contains(key.getKey())) {
                    put(kept, key, value);
                }
            });
            this.attributes = kept.build();
        }

        @SuppressWarnings("unchecked")
        private static <T> void put(AttributesBuilder builder, AttributeKey<T> key, Object value) {
            builder.put(key, (T) value);
        }

        @Override
        public Attributes getAttributes() {
            return attributes;
        }

        @Override
        public int getTotalAttributeCount() {
            return attributes.size();
        }

        @Override
        public List<EventData> getEvents() {
            return List.of();
        }

        @Override
        public int getTotalRecordedEvents() {
            return 0;
        }

        @Override
        public StatusData getStatus() {
            return StatusData.create(super.getStatus().getStatusCode(), "");
        }
    }
}
