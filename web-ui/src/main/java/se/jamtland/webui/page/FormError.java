package se.jamtland.webui.page;

import io.micronaut.core.annotation.Nullable;

/**
 * One thing a form needs corrected, in Swedish: {@code field} is the id of the input it is about (the problem's
 * pointer without its slash, e.g. "age"), or null for the form as a whole. Never holds what was typed.
 */
public record FormError(@Nullable String field, String message) {
}
