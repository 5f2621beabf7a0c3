package se.jamtland.gateway;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Contact;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.jamtland.access.BearerTokenScheme;
import se.jamtland.runtime.settings.ServiceMain;

@OpenAPIDefinition(info = @Info(
        title = "gateway",
        version = Application.VERSION,
        contact = @Contact(name = "Region Jämtland Härjedalen, länsverksamheterna"),
        description = "Kommunernas verksamhetssystem och länsverksamheterna: remisser in till en verksamhet, "
                + "aktualiseringar ut till kommunen, katalogen, villkorsprövning och kommunens egen statistik. "
                + "Varje anrop kräver en token med rollen CASE_SYSTEM och kommunens kod (claim kommun) från "
                + "regionens IdP (OAuth2 client credentials). Gatewayen lagrar ingenting."),
        security = @SecurityRequirement(name = BearerTokenScheme.NAME),
        tags = {
                @Tag(name = "katalog", description = "Katalog och villkorsprövning (inga personuppgifter)"),
                @Tag(name = "remisser", description = "Remisser till en verksamhet"),
                @Tag(name = "aktualiseringar", description = "Aktualiseringar till kommunen"),
                @Tag(name = "statistik", description = "Kommunens egen statistik")
        })
@BearerTokenScheme
public final class Application {

    /** The API's version: info.version of the document, and its file name (micronaut-openapi's title-version.yml). */
    public static final String VERSION = "1.0.0";

    private Application() {
    }

    public static void main(String[] args) {
        ServiceMain.start(Micronaut.build(args).mainClass(Application.class));
    }
}
