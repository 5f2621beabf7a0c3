package se.jamtland.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The only thing that crosses from a unit to the county statistics (architecture.md). CloudEvents attribute
 * names where they fit ({@code id}, {@code source}, {@code type}, {@code time}: the start of the Swedish day it was
 * published, {@link SwedishDay}). It cannot carry identity: every field is a closed code, a day or a small number;
 * there is no case code, no free text, no exact age or birth date, no identity number, no name, no time finer than
 * the day (domain.md, principle 5; issue 11). The constructor refuses anything outside the
 * vocabulary, so a bug upstream fails loudly instead of leaking.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActivityEvent(
        String id,
        String source,
        String type,
        Instant time,
        int schemaVersion,
        ActivityKind kind,
        String unit,
        String insats,
        String regime,
        LocalDate activityDate,
        String ageBand,
        String gender,
        String kommun,
        @Nullable String channel,
        @Nullable Integer participantCount,
        @Nullable String closureReason,
        String catalogVersion,
        @Nullable Boolean firstVisit) {

    public static final int SCHEMA_VERSION = 1;
    public static final String TYPE = "se.jamtland.lansverksamheter.activity.v1";
    public static final String TOPIC = "county.activity.v1";

    private static final Pattern INSATS = Pattern.compile("[a-z]+(-[a-z]+)*");
    private static final Pattern CATALOG_VERSION = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** A random (version 4) UUID: versions 1, 6 and 7 carry the moment they were made, to the 100 ns or ms. */
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

    public ActivityEvent {
        require(id != null && UUID_TEXT.matcher(id).matches(), "id");
        require(("/lansverksamheter/" + unit).equals(source), "source");
        require(TYPE.equals(type), "type");
        // The day and nothing finer (issue 11): with the unit's own timestamps a finer time ties an event to a case.
        require(time != null && SwedishDay.isStartOfDay(time), "time");
        require(schemaVersion == SCHEMA_VERSION, "schemaVersion");
        require(kind != null, "kind");
        require(Vocabulary.UNITS.contains(unit), "unit");
        require(insats != null && insats.length() <= 64 && INSATS.matcher(insats).matches()
                && insats.startsWith(unit), "insats");
        require(Vocabulary.REGIMES.contains(regime), "regime");
        require(activityDate != null, "activityDate");
        require(Vocabulary.AGE_BANDS.contains(ageBand), "ageBand");
        require(Vocabulary.GENDERS.contains(gender), "gender");
        require(Vocabulary.KOMMUNER.contains(kommun), "kommun");
        require(channel == null || Vocabulary.CHANNELS.contains(channel), "channel");
        require(participantCount == null || (participantCount >= 1 && participantCount <= 100), "participantCount");
        require(closureReason == null || Vocabulary.CLOSURE_REASONS.contains(closureReason), "closureReason");
        require((kind == ActivityKind.CASE_CLOSED) == (closureReason != null), "closureReason");
        require(catalogVersion != null && CATALOG_VERSION.matcher(catalogVersion).matches(), "catalogVersion");
        // Only an advisory contact can carry a visitor code, so only its event can say whether it was a first visit.
        require(firstVisit == null || kind == ActivityKind.ADVISORY_CONTACT, "firstVisit");
    }

    /** A new event with a fresh id, for a unit's activity of a day; {@code time} is {@code now}'s Swedish day. */
    public static ActivityEvent of(ActivityKind kind, String unit, String insats, String regime, LocalDate activityDate,
                                   String ageBand, String gender, String kommun, @Nullable String channel,
                                   @Nullable Integer participantCount, @Nullable String closureReason,
                                   String catalogVersion, Instant now) {
        return new ActivityEvent(UUID.randomUUID().toString(), "/lansverksamheter/" + unit, TYPE,
                SwedishDay.startOf(now), SCHEMA_VERSION,
                kind, unit, insats, regime, activityDate, ageBand, gender, kommun, channel, participantCount,
                closureReason, catalogVersion, null);
    }

    /**
     * The same event saying whether it was the visitor's first visit to the insats this calendar year (true) or a
     * repeat (false), as the unit found from the visitor code; null when no code was given. Only this flag
     * travels: the code and its keyed hash stay in the unit.
     */
    public ActivityEvent withFirstVisit(@Nullable Boolean first) {
        return new ActivityEvent(id, source, type, time, schemaVersion, kind, unit, insats, regime, activityDate,
                ageBand, gender, kommun, channel, participantCount, closureReason, catalogVersion, first);
    }

    /** Kafka key: all events of one unit and insats stay in order on one partition. */
    public String key() {
        return unit + ":" + insats;
    }

    private static void require(boolean valid, String field) {
        if (!valid) {
            // Names the field only: the value is what must not travel, even in an exception message.
            throw new InvalidActivityEventException(field);
        }
    }
}
