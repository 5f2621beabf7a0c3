package se.jamtland.cmv;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Contact;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import se.jamtland.access.BearerTokenScheme;
import se.jamtland.unit.UnitApplication;

/** Centrum mot våld: unit-core's API on the unit's own database, plus what only this unit has. */
@OpenAPIDefinition(info = @Info(title = "cmv-service", version = "1",
        contact = @Contact(name = "Region Jämtland Härjedalen, länsverksamheterna"),
        description = "Centrum mot våld: gruppverksamhet (utöver det gemensamma API:t i unit-service-1.yml)."),
        security = @SecurityRequirement(name = BearerTokenScheme.NAME))
@BearerTokenScheme
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        UnitApplication.run(Application.class, args);
    }
}
