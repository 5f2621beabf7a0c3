package se.jamtland.gateway.remiss;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.jamtland.gateway.catalog.CatalogRoutes;
import se.jamtland.gateway.catalog.CatalogRoutes.Contact;
import se.jamtland.gateway.catalog.CatalogRoutes.Documentation;
import se.jamtland.gateway.catalog.CatalogRoutes.InsatsRoute;
import se.jamtland.gateway.catalog.CatalogRoutes.UnitContact;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RemissDestinationTest {

    private static final UnitContact MINIMARIA = new UnitContact("minimaria", "Mini-Maria Jämtland Härjedalen",
            new Contact(List.of("PHONE", "CHAT", "VISIT"), "Ring, chatta eller besök.", true));
    private static final CatalogRoutes CATALOG = new CatalogRoutes(List.of(
            new InsatsRoute("minimaria-a-cra", "minimaria", new Documentation("INDIVIDUAL")),
            new InsatsRoute("minimaria-radgivande-samtal", "minimaria", new Documentation("ADVISORY")),
            new InsatsRoute("cmv-kast", "cmv", new Documentation("DEIDENTIFIED"))), List.of(MINIMARIA));

    @Test
    void an_individual_insats_takes_a_remiss_at_its_own_unit() {
        assertThat(RemissDestination.of("minimaria-a-cra", CATALOG))
                .isEqualTo(new RemissDestination.ToUnit("minimaria"));
    }

    @Test
    void an_advisory_insats_takes_no_remiss_and_gives_its_units_contact_route() {
        assertThat(RemissDestination.of("minimaria-radgivande-samtal", CATALOG)).isEqualTo(
                new RemissDestination.WithoutDocumentedIdentity("minimaria", java.util.Optional.of(MINIMARIA)));
    }

    @Test
    void a_deidentified_insats_takes_no_remiss_even_where_the_catalog_has_no_contact_route() {
        assertThat(RemissDestination.of("cmv-kast", CATALOG)).isEqualTo(
                new RemissDestination.WithoutDocumentedIdentity("cmv", java.util.Optional.empty()));
    }

    @Test
    void an_insats_not_in_the_catalog_is_unknown() {
        assertThat(RemissDestination.of("minimaria-okand", CATALOG)).isInstanceOf(RemissDestination.UnknownInsats.class);
    }

    @Test
    void a_remiss_id_names_the_unit_holding_it() {
        assertThat(RemissIds.unitOf("minimaria-3f1c2b4d-8e9a-4b7c-9d1e-2f3a4b5c6d7e")).hasValue("minimaria");
        assertThat(RemissIds.unitOf("familjeradgivning-3f1c2b4d-8e9a-4b7c-ad1e-2f3a4b5c6d7e"))
                .hasValue("familjeradgivning");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "minimaria", "minimaria-3f1c2b4d", "okand-3f1c2b4d-8e9a-4b7c-9d1e-2f3a4b5c6d7e",
            "minimaria-3F1C2B4D-8E9A-4B7C-9D1E-2F3A4B5C6D7E", "minimaria-3f1c2b4d-8e9a-1b7c-9d1e-2f3a4b5c6d7e",
            "minimaria-3f1c2b4d-8e9a-4b7c-9d1e-2f3a4b5c6d7e/../cases", "19121212-1212"})
    void anything_else_is_no_remiss_id(String id) {
        assertThat(RemissIds.unitOf(id)).isEmpty();
    }
}
