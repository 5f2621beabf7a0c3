package se.jamtland.access;

import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How a secured service of the suite is called, as its OpenAPI document tells clients: a bearer JWT from the
 * county's IdP. Declared once here; each secured service's Application carries it beside its own
 * {@code @OpenAPIDefinition}, whose {@code security} names {@link #NAME} so that every operation requires it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SecurityScheme(name = BearerTokenScheme.NAME, type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "Token från regionens IdP (lokalt: devstacks dev-utfärdare på port 8089).")
public @interface BearerTokenScheme {

    /** The scheme's name in the documents' components and security requirements. */
    String NAME = "bearer";
}
