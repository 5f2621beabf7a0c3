package se.jamtland.unit.outbox;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.jamtland.events.ActivityEvent;
import se.jamtland.runtime.trace.TraceContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;

/**
 * Appends an event to the outbox. MANDATORY: it must join the transaction of the state change it reports,
 * so the change and its event are written together or not at all (no dual write). The row keeps the current
 * span's traceparent (issue 16 §2): the relay sends it as the record's only header, so the county's consumer
 * counts the event in the trace of the request that caused it.
 */
@Singleton
public class Outbox {

    private final OutboxRepository outbox;
    private final JsonMapper json;
    private final Clock clock;

    public Outbox(OutboxRepository outbox, JsonMapper json, Clock clock) {
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(ActivityEvent event) {
        try {
            outbox.save(new OutboxRow(null, event.id(), event.key(), json.writeValueAsString(event), clock.instant(),
                    null, TraceContext.current().map(TraceContext::header).orElse(null)));
        } catch (IOException e) {
            throw new UncheckedIOException("activity event could not be written as JSON", e);
        }
    }
}
