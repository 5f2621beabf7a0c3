package se.jamtland.unit.ui;

import se.jamtland.problem.Problem;
import se.jamtland.problem.ProblemException;
import se.jamtland.webui.page.FormError;

import java.util.List;

/**
 * What a form shows for a use case that still refuses by a {@link ProblemException} (cmv's groups, the catalog
 * when it cannot be read): the problem's field pointers ({@code #/date}) as input ids, its detail for the form as a
 * whole. The problem never holds what was typed, so neither does the page.
 */
public final class ProblemFormErrors {

    private ProblemFormErrors() {
    }

    public static List<FormError> of(ProblemException refused) {
        Problem problem = refused.problem();
        if (problem.errors() == null || problem.errors().isEmpty()) {
            return List.of(new FormError(null, problem.detail() != null ? problem.detail() : problem.title()));
        }
        return problem.errors().stream()
                .map(error -> new FormError(FormErrors.inputId(error.pointer().replaceFirst("^#?/", "")),
                        error.detail()))
                .toList();
    }
}
