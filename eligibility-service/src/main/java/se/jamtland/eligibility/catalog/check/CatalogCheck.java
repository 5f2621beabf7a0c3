package se.jamtland.eligibility.catalog.check;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.core.type.Argument;
import se.jamtland.eligibility.catalog.Catalog;
import se.jamtland.eligibility.catalog.CatalogFileReader;
import se.jamtland.eligibility.catalog.CatalogSchema;
import se.jamtland.eligibility.catalog.CatalogVersions;
import se.jamtland.eligibility.catalog.InvalidCatalogException;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * For the unit manager who brings a new Bilaga to the nämnd: checks a draft catalog file by the schema and the
 * service's own rules, and says in Swedish what it changes against the version in force today.
 * {@code check <fil>}; exit 0 valid, 1 invalid (every problem listed, naming insats and field), 2 wrong use.
 * Reads the file only: it starts no server and changes nothing.
 */
public final class CatalogCheck {

    public static final int VALID = 0;
    public static final int INVALID = 1;
    public static final int USAGE = 2;

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final CatalogVersions inForce;
    private final CatalogSchema schema;
    private final Clock clock;

    public CatalogCheck(CatalogVersions inForce, CatalogSchema schema, Clock clock) {
        this.inForce = inForce;
        this.schema = schema;
        this.clock = clock;
    }

    public static void main(String[] args) {
        // Its reader is the unit manager: the Swedish lines only, and a framework's warnings as plain lines.
        System.setProperty("log.format", "readable");
        System.setProperty("log.service", "CatalogCheck");
        System.setProperty("log.level", "WARN");
        // Usage is checked first so that a wrong call answers at once, without reading the service's catalogs.
        if (args.length != 2 || !"check".equals(args[0])) {
            System.exit(usage(System.out));
        }
        CatalogSchema schema = new CatalogSchema();
        CatalogVersions versions = new CatalogVersions(configuredFiles(), new ResourceResolver(), schema);
        System.exit(new CatalogCheck(versions, schema, Clock.system(SWEDEN)).run(List.of(args), System.out));
    }

    public int run(List<String> args, PrintStream out) {
        if (args.size() != 2 || !"check".equals(args.get(0))) {
            return usage(out);
        }
        Path draft = Path.of(args.get(1));
        if (!Files.isRegularFile(draft)) {
            out.println("Filen " + draft + " finns inte.");
            return usage(out);
        }
        List<String> problems = new ArrayList<>();
        Optional<Catalog> read = read(draft, problems);
        if (read.isEmpty()) {
            out.println("Utkastet " + draft + " är inte giltigt. Rätta detta:");
            problems.forEach(problem -> out.println("- " + problem));
            return INVALID;
        }
        Catalog catalog = read.get();
        LocalDate today = LocalDate.now(clock);
        out.println("Utkastet " + draft + " är giltigt: version " + catalog.version() + ", gäller från "
                + catalog.validFrom() + ", " + catalog.insatser().size() + " insatser.");
        Optional<Catalog> current = inForce.inForceOn(today);
        if (current.isEmpty()) {
            out.println("I dag (" + today + ") gäller ingen katalog; det finns inget att jämföra med.");
            return VALID;
        }
        out.println("Jämfört med version " + current.get().version() + " (gäller från " + current.get().validFrom()
                + "), den som gäller i dag:");
        if (!catalog.validFrom().isAfter(current.get().validFrom())) {
            out.println("Obs: utkastet gäller inte från ett senare datum än versionen i dag. En ny Bilaga är en ny "
                    + "fil med senare validFrom.");
        }
        List<String> changes = new CatalogDiff(current.get(), catalog).lines();
        if (changes.isEmpty()) {
            out.println("Inga ändringar.");
        }
        changes.forEach(change -> out.println("- " + change));
        return VALID;
    }

    /** The schema first, for every structural problem at once; then the reader's rules, which need a whole file. */
    private Optional<Catalog> read(Path draft, List<String> problems) {
        String source = draft.toString();
        try (InputStream in = Files.newInputStream(draft)) {
            Object document = CatalogFileReader.parse(source, in);
            schema.problems(document).forEach(problem -> problems.add(
                    (problem.where().isEmpty() ? "filen" : problem.where()) + ": " + problem.swedish()));
            if (!problems.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new CatalogFileReader().read(source, document));
        } catch (InvalidCatalogException e) {
            problems.add(e.swedishMessage());
            return Optional.empty();
        } catch (IOException e) {
            problems.add("filen gick inte att läsa");
            return Optional.empty();
        }
    }

    private static int usage(PrintStream out) {
        out.println("Användning: CatalogCheck check <fil>");
        out.println("  Prövar ett utkast till katalogfil (Bilaga 1) mot schemat och tjänstens regler och visar vad");
        out.println("  det ändrar mot den version som gäller i dag. Slutkod 0: giltigt, 1: ogiltigt, 2: fel anrop.");
        return USAGE;
    }

    /** The catalog files the service itself is configured with (application.yml, environment variables). */
    private static List<String> configuredFiles() {
        try (ApplicationContext context = ApplicationContext.builder().deduceEnvironment(false).build()) {
            Environment environment = context.getEnvironment();
            environment.start();
            return environment.getProperty("eligibility.catalog.files", Argument.listOf(String.class))
                    .orElse(List.of());
        }
    }
}
