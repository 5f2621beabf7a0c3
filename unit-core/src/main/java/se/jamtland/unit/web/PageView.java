package se.jamtland.unit.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.data.model.Page;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a listing, with what a client needs to ask for the next one. An empty page still says
 * {@code "items": []}, so a client never has to tell "nothing found" from "no such field".
 */
@Serdeable
public record PageView<T>(@JsonInclude(JsonInclude.Include.ALWAYS) List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <R, T> PageView<T> of(Page<R> page, Function<R, T> view) {
        return new PageView<>(page.getContent().stream().map(view).toList(), page.getPageNumber(), page.getSize(),
                page.getTotalSize(), page.getTotalPages());
    }
}
