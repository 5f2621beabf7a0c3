package se.jamtland.gateway.aktualisering;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import se.jamtland.events.Unit;
import se.jamtland.runtime.trace.TraceContext;
import se.jamtland.gateway.upstream.Forwarding;
import se.jamtland.gateway.upstream.UpstreamAnswer;
import se.jamtland.gateway.upstream.UpstreamCall;
import se.jamtland.gateway.upstream.UpstreamUnavailable;
import se.jamtland.gateway.upstream.Upstreams;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * Asks the four units at once for the caller's kommun's new aktualiseringar, with the caller's own token (each
 * unit reads the kommun from it), and merges their answers. A unit that does not answer, or answers anything but
 * 200, is named in {@code unreachableUnits}: it marked nothing delivered, so nothing is lost. Once a unit has
 * answered, its items are delivered there; should the gateway's own answer then fail to reach the case system,
 * those are not sent again (the unit's transaction is over): see the gateway README.
 */
@Singleton
public class CollectingAktualiseringar {

    private static final Argument<Map<String, List<Map<String, Object>>>> ANSWER =
            Argument.mapOf(Argument.STRING, Argument.listOf(Argument.mapOf(String.class, Object.class)));

    private final Forwarding forwarding;
    private final Upstreams upstreams;
    private final JsonMapper json;
    private final ExecutorService executor;

    public CollectingAktualiseringar(Forwarding forwarding, Upstreams upstreams, JsonMapper json,
                                     @Named(TaskExecutors.IO) ExecutorService executor) {
        this.forwarding = forwarding;
        this.upstreams = upstreams;
        this.json = json;
        this.executor = executor;
    }

    public Aktualiseringar collect(Map<String, String> ownToken, TraceContext trace) {
        Map<String, CompletableFuture<Optional<List<Map<String, Object>>>>> asked = new LinkedHashMap<>();
        for (String unit : Unit.ids()) {
            asked.put(unit, CompletableFuture.supplyAsync(() -> ask(unit, ownToken, trace), executor));
        }
        List<Map<String, Object>> items = new ArrayList<>();
        List<String> unreachable = new ArrayList<>();
        asked.forEach((unit, answer) -> answer.join().ifPresentOrElse(items::addAll, () -> unreachable.add(unit)));
        return new Aktualiseringar(items, unreachable);
    }

    private Optional<List<Map<String, Object>>> ask(String unit, Map<String, String> ownToken, TraceContext trace) {
        Optional<Upstreams.Upstream> upstream = upstreams.named(unit);
        if (upstream.isEmpty()) {
            return Optional.empty();
        }
        try {
            UpstreamAnswer answer = forwarding.send(upstream.get(), UpstreamCall.get("/api/v1/aktualiseringar",
                    "/case-system/aktualiseringar", ownToken), trace);
            if (answer.status() != 200) {
                return Optional.empty();
            }
            List<Map<String, Object>> items = json.readValue(answer.body(), ANSWER).get("aktualiseringar");
            return Optional.of(items == null ? List.of() : items);
        } catch (UpstreamUnavailable | IOException e) {
            return Optional.empty();
        }
    }
}
