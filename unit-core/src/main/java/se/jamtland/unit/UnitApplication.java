package se.jamtland.unit;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import se.jamtland.runtime.ParentWatch;

/**
 * Starts a unit service: the "unit" environment brings unit-core's shared configuration
 * (application-unit.yml); the service's own application.yml names the unit and its port.
 */
@OpenAPIDefinition(info = @Info(
        title = "unit-service",
        version = "1",
        description = "Det alla fyra länsverksamheterna delar: rådgivande kontakter (14 kap. 4 § SoL), ärenden "
                + "utan identitet (14 kap. 5 §) och på individnivå (14 kap. 3 §), sessioner, avslut och "
                + "anteckningar. Villkor prövas av eligibility-service, som aldrig får identitet."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "Token från regionens IdP (lokalt: devstacks dev-utfärdare på port 8089).")
public final class UnitApplication {

    public static final String ENVIRONMENT = "unit";

    private UnitApplication() {
    }

    public static ApplicationContext run(Class<?> application, String... args) {
        ParentWatch.startIfAsked();
        return Micronaut.build(args)
                .mainClass(application)
                .environments(ENVIRONMENT)
                .banner(false)
                .deduceEnvironment(false)
                .start();
    }
}
