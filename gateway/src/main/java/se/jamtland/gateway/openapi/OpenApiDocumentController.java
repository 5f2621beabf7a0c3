package se.jamtland.gateway.openapi;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import se.jamtland.gateway.Application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The one document a case-system vendor builds against (issue 12, 3), at the API's own address: the document the
 * build generates from the gateway's controllers. Open, like every service's documents.
 */
@Controller("/api/v1")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
public class OpenApiDocumentController {

    /** Where micronaut-openapi writes it: {@code <title>-<version>.yml}. */
    public static final String RESOURCE = "META-INF/swagger/gateway-" + Application.VERSION + ".yml";

    private final String document;

    public OpenApiDocumentController() {
        try (InputStream in = OpenApiDocumentController.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath: the build generates it");
            }
            this.document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get("/openapi.yml")
    @Produces("application/yaml")
    public String document() {
        return document;
    }
}
