package se.jamtland.webui.page;

import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.ModelAndViewRenderer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A page that says, in Swedish, why a person cannot go on (no access here, a form that expired), rendered in the
 * layout with the menu, for the places where no route's view runs: the security rejection and the CSRF check.
 */
@Singleton
public class RefusalPages {

    private final ModelAndViewRenderer<Map<String, Object>, HttpRequest<?>> renderer;

    public RefusalPages(ModelAndViewRenderer<Map<String, Object>, HttpRequest<?>> renderer) {
        this.renderer = renderer;
    }

    public MutableHttpResponse<String> page(HttpRequest<?> request, HttpStatus status, String heading,
                                            String explanation) {
        Map<String, Object> model = new HashMap<>();
        model.put("heading", heading);
        model.put("explanation", explanation);
        Writable page = renderer.render(new ModelAndView<>("layout/refused", model), request,
                        MediaType.TEXT_HTML)
                .orElseThrow(() -> new IllegalStateException("layout/refused is missing"));
        StringWriter html = new StringWriter();
        try {
            page.writeTo(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HttpResponse.<String>status(status).contentType(MediaType.TEXT_HTML_TYPE + ";charset=utf-8")
                .body(html.toString());
    }
}
