package se.jamtland.runtime.trace;

import io.micronaut.tracing.opentelemetry.OpenTelemetryBuilderCustomizer;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdkBuilder;
import jakarta.inject.Singleton;

/**
 * Puts {@link ValueFreeSpanExporter} in front of whichever exporter the standard settings choose
 * ({@code otel.traces.exporter} / {@code OTEL_TRACES_EXPORTER}: none by default, otlp in production, logging in
 * the tests that read a child JVM's spans), so no configuration can export a span with a value in it.
 */
@Singleton
public class ValueFreeSpans implements OpenTelemetryBuilderCustomizer {

    @Override
    public void configure(AutoConfiguredOpenTelemetrySdkBuilder builder) {
        builder.addSpanExporterCustomizer((exporter, config) -> new ValueFreeSpanExporter(exporter));
    }
}
