package se.jamtland.events;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The four länsverksamheter of Bilaga 1, by the ids APIs, tokens and events use (domain.md, "Catalog
 * identifiers"). The one list of units in the suite: everyone else reads it from here.
 */
public enum Unit {
    CMV("cmv", "Centrum mot våld"),
    MINIMARIA("minimaria", "Mini-Maria Jämtland Härjedalen"),
    FAMILJERADGIVNING("familjeradgivning", "Familjerådgivningen"),
    BARNAHUS("barnahus", "Barnahus i Jämtlands län");

    /**
     * The ids as one pattern, for request validation and OpenAPI schemas that need a compile-time constant. An enum
     * cannot give one, so it is written out here, beside the ids, and UnitTest holds it to {@link #ids()}.
     */
    public static final String ID_PATTERN = "cmv|minimaria|familjeradgivning|barnahus";

    private final String id;
    private final String swedishName;

    Unit(String id, String swedishName) {
        this.id = id;
        this.swedishName = swedishName;
    }

    public String id() {
        return id;
    }

    public String swedishName() {
        return swedishName;
    }

    public static Optional<Unit> byId(String id) {
        return Arrays.stream(values()).filter(unit -> unit.id.equals(id)).findFirst();
    }

    /** Every unit id, in the Bilaga's order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(Unit::id).toList();
    }
}
