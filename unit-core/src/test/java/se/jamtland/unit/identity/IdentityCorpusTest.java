package se.jamtland.unit.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures the guard on notes as staff write them (src/test/resources/identity/notes-corpus.tsv, written before
 * the guard was extended): recall on the identifying half, false refusals on the clean half. The goal of issue 9
 * is recall at least 95 % and false refusals at most 5 %. Only figures and line numbers are printed, never a
 * note: even made-up identity data does not belong in test output.
 */
class IdentityCorpusTest {

    private static final String CORPUS = "/identity/notes-corpus.tsv";
    private static final double RECALL_GOAL = 0.95;
    private static final double FALSE_REFUSAL_LIMIT = 0.05;

    private final IdentityGuard guard = CatalogTextsFixture.guardWithCatalog();

    record Note(int line, String kind, String text) {

        boolean identifying() {
            return kind != null;
        }
    }

    @Test
    void the_corpus_is_large_and_balanced_and_covers_every_kind() throws IOException {
        List<Note> notes = corpus();
        List<Note> identifying = notes.stream().filter(Note::identifying).toList();

        assertThat(notes).hasSizeGreaterThanOrEqualTo(200);
        assertThat(identifying.size()).isEqualTo(notes.size() - identifying.size());
        assertThat(identifying).extracting(note -> IdentityKind.valueOf(note.kind()))
                .containsAll(EnumSet.allOf(IdentityKind.class));
    }

    @Test
    void the_guard_refuses_at_least_95_percent_of_identifying_notes_and_at_most_5_percent_of_clean_ones()
            throws IOException {
        List<Note> notes = corpus();
        List<Integer> missed = new ArrayList<>();
        List<Integer> falselyRefused = new ArrayList<>();
        Map<IdentityKind, int[]> byKind = new EnumMap<>(IdentityKind.class);
        int identifying = 0;
        int clean = 0;
        for (Note note : notes) {
            List<IdentityFinding> findings = guard.inspect("text", note.text());
            if (note.identifying()) {
                identifying++;
                int[] counts = byKind.computeIfAbsent(IdentityKind.valueOf(note.kind()), kind -> new int[2]);
                counts[1]++;
                if (findings.isEmpty()) {
                    missed.add(note.line());
                } else {
                    counts[0]++;
                }
            } else {
                clean++;
                if (!findings.isEmpty()) {
                    falselyRefused.add(note.line());
                }
            }
        }
        double recall = (identifying - missed.size()) / (double) identifying;
        double falseRefusals = falselyRefused.size() / (double) clean;

        System.out.printf(Locale.ROOT, "Identity guard on %d notes: recall %.1f %% (%d of %d identifying refused), "
                        + "false refusals %.1f %% (%d of %d clean refused)%n", notes.size(), 100 * recall,
                identifying - missed.size(), identifying, 100 * falseRefusals, falselyRefused.size(), clean);
        byKind.forEach((kind, counts) -> System.out.printf(Locale.ROOT, "  %-25s %d of %d refused%n", kind,
                counts[0], counts[1]));
        assertThat(recall).as("recall; corpus lines missed: %s", missed).isGreaterThanOrEqualTo(RECALL_GOAL);
        assertThat(falseRefusals).as("false refusals; corpus lines refused: %s", falselyRefused)
                .isLessThanOrEqualTo(FALSE_REFUSAL_LIMIT);
    }

    /** The notes of issue 9 that a Stödsamtal case took with 201 while the guard knew numbers and streets only. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Anna Svensson ringde och berättade om helgen.",
            "Klienten heter Fatima och bor med sin man Ahmed.",
            "Hon är född 1985-07-09.",
            "född 850709, två barn.",
            "Sonen Kalle 7 år går på Körfältets skola.",
            "Mannen Per-Olof Lindqvist är polis i Krokom.",
            "Arbetar som sjuksköterska på Östersunds sjukhus, avdelning 7.",
            "Bor i Hallen utanför Åre, röda huset vid kyrkan."})
    void every_note_the_issue_found_accepted_is_now_refused(String note) {
        assertThat(guard.inspect("text", note)).isNotEmpty();
    }

    static List<Note> corpus() throws IOException {
        List<Note> notes = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(IdentityCorpusTest.class.getResourceAsStream(CORPUS), CORPUS);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", 3);
                if (columns.length != 3 || !columns[0].equals("CLEAN") && !columns[0].equals("IDENTIFYING")) {
                    throw new IllegalStateException("corpus line " + number + " is not label<TAB>kind<TAB>text");
                }
                notes.add(new Note(number, columns[0].equals("CLEAN") ? null : columns[1], columns[2]));
            }
        }
        return notes;
    }
}
