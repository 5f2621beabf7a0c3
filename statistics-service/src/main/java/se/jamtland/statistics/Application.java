package se.jamtland.statistics;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Contact;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import se.jamtland.access.BearerTokenScheme;
import se.jamtland.runtime.settings.ServiceMain;

@OpenAPIDefinition(info = @Info(
        title = "statistics-service",
        version = "1",
        contact = @Contact(name = "Region Jämtland Härjedalen, länsverksamheterna"),
        description = "Länets statistik över insatser utan behovsprövning: per månad, enhet, insats och kommun, "
                + "från avidentifierade händelser. Små tal publiceras som \"<\" följt av tröskeln, och fler celler "
                + "döljs så att inget dolt tal kan räknas fram ur summorna."),
        security = @SecurityRequirement(name = BearerTokenScheme.NAME))
@BearerTokenScheme
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        ServiceMain.start(Micronaut.build(args).mainClass(Application.class));
    }
}
