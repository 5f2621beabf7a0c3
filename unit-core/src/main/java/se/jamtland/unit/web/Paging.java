package se.jamtland.unit.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import se.jamtland.problem.Problem;
import se.jamtland.problem.ProblemException;

import java.util.List;

/** Page and size from the query, capped so no listing can be asked to read a whole table at once. */
public final class Paging {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    private Paging() {
    }

    public static Pageable of(@Nullable Integer page, @Nullable Integer size) {
        int pageNumber = page == null ? 0 : page;
        int pageSize = size == null ? DEFAULT_SIZE : size;
        if (pageNumber < 0 || pageSize < 1 || pageSize > MAX_SIZE) {
            throw ProblemException.badRequest("invalid-paging", "Ogiltig sidindelning",
                    "page börjar på 0 och size är 1–" + MAX_SIZE + ".",
                    List.of(Problem.FieldProblem.field("page", "Från 0."),
                            Problem.FieldProblem.field("size", "Från 1 till " + MAX_SIZE + ".")));
        }
        // Unsorted: each listing's query orders its rows itself.
        return Pageable.from(pageNumber, pageSize);
    }
}
