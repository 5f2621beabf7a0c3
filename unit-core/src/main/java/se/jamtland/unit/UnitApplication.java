package se.jamtland.unit;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Contact;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import se.jamtland.access.BearerTokenScheme;
import se.jamtland.runtime.settings.ServiceMain;

/**
 * Starts a unit service: the "unit" environment brings unit-core's shared configuration
 * (application-unit.yml); the service's own application.yml names the unit and its port.
 */
@OpenAPIDefinition(info = @Info(
        title = "unit-service",
        version = "1",
        contact = @Contact(name = "Region Jämtland Härjedalen, länsverksamheterna"),
        description = "Det alla fyra länsverksamheterna delar: rådgivande kontakter (14 kap. 4 § SoL), ärenden "
                + "utan identitet (14 kap. 5 §) och på individnivå (14 kap. 3 §), sessioner, avslut och "
                + "anteckningar. Villkor prövas av eligibility-service, som aldrig får identitet."),
        security = @SecurityRequirement(name = BearerTokenScheme.NAME))
@BearerTokenScheme
public final class UnitApplication {

    public static final String ENVIRONMENT = "unit";

    private UnitApplication() {
    }

    public static ApplicationContext run(Class<?> application, String... args) {
        return ServiceMain.start(Micronaut.build(args).mainClass(application).environments(ENVIRONMENT));
    }
}
