package se.jamtland.unit.web;

import io.micronaut.data.model.Page;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.function.Function;

/** One page of a listing, with what a client needs to ask for the next one. */
@Serdeable
public record PageView<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <R, T> PageView<T> of(Page<R> page, Function<R, T> view) {
        return new PageView<>(page.getContent().stream().map(view).toList(), page.getPageNumber(), page.getSize(),
                page.getTotalSize(), page.getTotalPages());
    }
}
