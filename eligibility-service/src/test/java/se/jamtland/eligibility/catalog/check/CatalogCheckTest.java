package se.jamtland.eligibility.catalog.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.jamtland.eligibility.CatalogFixture;
import se.jamtland.eligibility.catalog.CatalogSchema;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The unit manager's check of a draft Bilaga: what it refuses, and the Swedish diff it prints for the nämnd. */
class CatalogCheckTest {

    private static final Path TEST_BILAGA_2026 = Path.of("src/test/resources/catalog/test-bilaga-2026-01-01.yaml");
    private static final Path BILAGA_1 = Path.of("src/main/resources/catalog/bilaga-1-2025-07-01.yaml");

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private int check(String... args) {
        ZoneId stockholm = ZoneId.of("Europe/Stockholm");
        Clock today = Clock.fixed(CatalogFixture.TODAY.atStartOfDay(stockholm).toInstant(), stockholm);
        CatalogCheck check = new CatalogCheck(CatalogFixture.bothCatalogs(), new CatalogSchema(), today);
        return check.run(List.of(args), new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    private List<String> lines() {
        return printed.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void a_valid_draft_prints_in_swedish_what_it_changes_against_the_catalog_in_force_today() {
        int exit = check("check", TEST_BILAGA_2026.toString());

        assertThat(exit).isEqualTo(CatalogCheck.VALID);
        assertThat(lines()).startsWith(
                "Utkastet " + TEST_BILAGA_2026 + " är giltigt: version 2026-01-01, gäller från 2026-01-01, 4 insatser.",
                "Jämfört med version 2025-07-01 (gäller från 2025-07-01), den som gäller i dag:",
                "- Vårdnadshavares samtycke krävs under 16 år (i dag under 15 år).");
        assertThat(lines()).contains(
                "- Tas bort: 2.1 Informationssamtal (cmv-informationssamtal) erbjuds inte utan behovsprövning från "
                        + "2026-01-01.",
                "- 2.2 Stödsamtal för våldsutsatta (cmv-stodsamtal-vald): villkor \"16 år och uppåt\" "
                        + "(i dag \"15 år och uppåt\").",
                "- 2.4 Samtal om våld (cmv-samtal-om-vald): sessionsplan \"Upp till 15 samtal\", högst 15 samtal "
                        + "(i dag \"Upp till 20 samtal\", högst 20 samtal).",
                "- 2.5 Samtal om våld IVIN (internetbaserad behandling) (cmv-samtal-om-vald-ivin): kanaler DIGITAL, "
                        + "VISIT, PHONE (i dag DIGITAL, VISIT).",
                "- 2.5 Samtal om våld IVIN (internetbaserad behandling) (cmv-samtal-om-vald-ivin): sessionsplan ingen "
                        + "(i dag \"Insatsens innehåll består av samma delar som under 2.4 (Samtal om våld)\").");
        assertThat(lines()).filteredOn(line -> line.startsWith("- Tas bort: ")).hasSize(14);
        assertThat(lines()).noneMatch(line -> line.startsWith("- Ny insats"));
    }

    @Test
    void a_draft_that_adds_an_insats_and_moves_the_krissamtal_window_says_so() throws IOException {
        String bilaga = Files.readString(BILAGA_1);
        Path draft = tempDir.resolve("utkast.yaml");
        Files.writeString(draft, bilaga
                .replace("version: \"2025-07-01\"\nvalidFrom: \"2025-07-01\"", "version: \"2027-01-01\"\nvalidFrom: \"2027-01-01\"")
                .replace("latestDaysAfter: 1", "latestDaysAfter: 2")
                .replace("insatser:\n", """
                        insatser:
                          - id: barnahus-uppfoljning
                            unit: barnahus
                            section: "5.2"
                            name: "Uppföljande samtal"
                            targetGroup: "Barn och unga under 18 år."
                            content: "Ett samtal efter barnförhöret."
                            conditions: []
                            documentation:
                              regime: ADVISORY
                              legalReference: "14 kap. 4 § socialtjänstlagen (2025:400)"
                        """));

        assertThat(check("check", draft.toString())).isEqualTo(CatalogCheck.VALID);
        assertThat(lines()).contains(
                "- Ny insats: 5.2 Uppföljande samtal (barnahus-uppfoljning) i barnahus; villkor: inga; dokumentation: "
                        + "ADVISORY, 14 kap. 4 § socialtjänstlagen (2025:400).",
                "- 5.1 Krissamtal (barnahus-krissamtal): krissamtal senast 2 dagar efter barnförhöret "
                        + "(i dag senast 1 dag efter barnförhöret).");
        assertThat(lines()).filteredOn(line -> line.startsWith("- ")).hasSize(2);
    }

    @Test
    void a_draft_that_moves_the_age_of_guardian_secrecy_says_so() throws IOException {
        Path draft = tempDir.resolve("sekretess.yaml");
        Files.writeString(draft, Files.readString(BILAGA_1)
                .replace("version: \"2025-07-01\"\nvalidFrom: \"2025-07-01\"", "version: \"2027-01-01\"\nvalidFrom: \"2027-01-01\"")
                .replace("guardianSecrecyBelowAge: 18", "guardianSecrecyBelowAge: 17"));

        assertThat(check("check", draft.toString())).isEqualTo(CatalogCheck.VALID);
        assertThat(lines()).filteredOn(line -> line.startsWith("- ")).containsExactly(
                "- Unga utan samtycke skyddas av sekretess mot vårdnadshavarna under 17 år (i dag under 18 år).");
    }

    @Test
    void the_catalog_in_force_checked_against_itself_changes_nothing_and_is_told_its_date_is_not_later() {
        assertThat(check("check", BILAGA_1.toString())).isEqualTo(CatalogCheck.VALID);

        assertThat(lines()).contains("Inga ändringar.").anyMatch(line -> line.startsWith("Obs: utkastet gäller inte"));
    }

    @TempDir
    Path tempDir;

    @Test
    void a_broken_draft_is_refused_listing_every_problem_in_swedish_by_insats_and_field() throws IOException {
        Path draft = tempDir.resolve("trasig.yaml");
        Files.writeString(draft, """
                version: "2030-01-01"
                validFrom: "2030-01-01"
                title: "Trasigt utkast"
                guardianConsent: { requiredBelowAge: 15, reference: "Bilaga", text: "Samtycke under 15 år.",
                                   guardianSecrecyBelowAge: 18, guardianSecrecyReference: "Bilaga" }
                targetGroupNote: "Prövas inte."
                insatser:
                  - id: cmv-trasig
                    unit: socialkontoret
                    section: "9.9"
                    name: "Trasig"
                    targetGroup: "Alla"
                    content: "Samtal"
                    conditions:
                      - { type: MIN_AGE, minAge: 15 }
                    documentation: { regime: DEIDENTIFIED }
                """);

        int exit = check("check", draft.toString());

        assertThat(exit).isEqualTo(CatalogCheck.INVALID);
        assertThat(lines()).first().isEqualTo("Utkastet " + draft + " är inte giltigt. Rätta detta:");
        assertThat(lines()).contains(
                "- insatser[1] (cmv-trasig).unit: okänt värde (kända: cmv, minimaria, familjeradgivning, barnahus)",
                "- insatser[1] (cmv-trasig).conditions[1].description: fältet saknas",
                "- insatser[1] (cmv-trasig).documentation.legalReference: fältet saknas");
    }

    @Test
    void a_draft_that_keeps_to_the_schema_but_breaks_a_rule_of_the_reader_is_refused_too() throws IOException {
        Path draft = tempDir.resolve("fel-paragraf.yaml");
        Files.writeString(draft, Files.readString(TEST_BILAGA_2026)
                .replace("regime: INDIVIDUAL\n      legalReference: \"14 kap. 3 §", "regime: INDIVIDUAL\n      legalReference: \"14 kap. 4 §"));

        assertThat(check("check", draft.toString())).isEqualTo(CatalogCheck.INVALID);
        assertThat(lines()).contains("- Katalogfilen " + draft + ", insatser[4] (minimaria-a-cra).documentation: "
                + "legalReference '14 kap. 4 § socialtjänstlagen (2025:400)' hänvisar inte till 14 kap. 3 §, som "
                + "dokumentationsformen INDIVIDUAL kräver");
    }

    @Test
    void a_wrong_call_or_a_missing_file_is_a_usage_error() {
        assertThat(check()).isEqualTo(CatalogCheck.USAGE);
        assertThat(check("diff", TEST_BILAGA_2026.toString())).isEqualTo(CatalogCheck.USAGE);
        assertThat(check("check", tempDir.resolve("finns-inte.yaml").toString())).isEqualTo(CatalogCheck.USAGE);

        assertThat(lines()).contains("Användning: CatalogCheck check <fil>")
                .anyMatch(line -> line.startsWith("Filen ") && line.endsWith("finns inte."));
    }
}
