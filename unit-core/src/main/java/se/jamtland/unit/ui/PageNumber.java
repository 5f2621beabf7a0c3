package se.jamtland.unit.ui;

import io.micronaut.core.annotation.Nullable;

/**
 * The page of a listing a person asks for in a page's address ({@code ?sida=2}), counted from 1 as people count.
 * A link typed by hand that is no page number shows the first page rather than an error: nothing is lost by it.
 */
public final class PageNumber {

    /** Beyond any listing a unit has: a larger number is a typing slip, not a page. */
    private static final int LAST = 100_000;

    private PageNumber() {
    }

    public static int of(@Nullable String sida) {
        if (sida == null || !sida.matches("[0-9]{1,6}")) {
            return 1;
        }
        int page = Integer.parseInt(sida);
        return page < 1 || page > LAST ? 1 : page;
    }
}
