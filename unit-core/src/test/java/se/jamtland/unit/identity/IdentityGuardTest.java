package se.jamtland.unit.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static se.jamtland.unit.identity.IdentityKind.BIRTH_DATE;
import static se.jamtland.unit.identity.IdentityKind.EMAIL_ADDRESS;
import static se.jamtland.unit.identity.IdentityKind.PERSONAL_IDENTITY_NUMBER;
import static se.jamtland.unit.identity.IdentityKind.PERSONAL_NAME;
import static se.jamtland.unit.identity.IdentityKind.PHONE_NUMBER;
import static se.jamtland.unit.identity.IdentityKind.PLACE;
import static se.jamtland.unit.identity.IdentityKind.SCHOOL;
import static se.jamtland.unit.identity.IdentityKind.STREET_ADDRESS;
import static se.jamtland.unit.identity.IdentityKind.WORKPLACE;

/**
 * Records under 14 kap. 4 § and 5 § SoL must never hold data that can reveal who the person is; the guard must
 * find such data in every usual spelling, let ordinary social-work text through, and never repeat what it found.
 * All identity data below is made up.
 */
class IdentityGuardTest {

    private final IdentityGuard guard = CatalogTextsFixture.guardWithCatalog();

    static Stream<String> personalIdentityNumbers() {
        return Stream.of(
                "198501011234",
                "19850101-1234",
                "850101-1234",
                "850101+1234",
                "8501011234",
                "850101 1234",
                "19850101 1234",
                "850101 - 1234",
                "850161-1234",          // samordningsnummer: day 01 + 60
                "19850191-1234",        // samordningsnummer: day 31 + 60
                "20101231-5678",
                "19121212-1212",        // valid check digit
                "19121212-1213",        // mistyped check digit still points at one person
                "850101\u20131234",     // en dash, as word processors write it
                "８５０１０１－１２３４",   // full-width, pasted from a phone
                "1985-01-01-1234",      // birth date plus the last four
                "Pnr: 850101-1234, kom själv.",
                "pnr850101-1234");
    }

    static Stream<String> phoneNumbers() {
        return Stream.of(
                "070-123 45 67",
                "0701234567",
                "070 123 45 67",
                "070-1234567",
                "+46 70 123 45 67",
                "+46701234567",
                "+46 (0)70-123 45 67",
                "0046 70 123 45 67",
                "0046701234567",
                "063-12 34 56",
                "063-123456",
                "08-123 456 78",
                "08-12 34 56",
                "(063) 12 34 56",
                "0920-123 45",
                "070\u00a0123\u00a045\u00a067",  // no-break spaces
                "070 - 123 45 67",
                "Ring mamma på 070-123 45 67 efter skolan.",
                "tel:0701234567",
                "+358 40 123 4567",     // relatives abroad identify a person too
                "+44 (0)20 7946 0958",
                "0047 912 34 567");
    }

    static Stream<String> emailAddresses() {
        return Stream.of(
                "anna.svensson@example.se",
                "åsa.öberg@kommun.example.se",
                "Skriv till kalle_99+stöd@gmail.com om tiden.",
                "ANNA@EXAMPLE.COM",
                "anna @ example.se",
                "anna(at)example.se",
                "anna [at] example.se",
                "anna＠example.se");
    }

    static Stream<String> streetAddresses() {
        return Stream.of(
                "Storgatan 12",
                "Kyrkvägen 3B",
                "Kyrkvägen 3 B",
                "Prästgårdsgränd 4",
                "Stortorget 1",
                "Rådhusgatan 12 lgh 1101",
                "Odenslundsvägen 5",
                "Hon bor på storgatan 12 sedan i somras.",
                "STORGATAN 12",
                "Storgatan12",
                "Storgatan 12-14",
                "Storgatan 12 år 2020",
                "Gamla vägen 5",
                "Drottning Kristinas väg 12",
                "Lillgränden 7",
                "Hamntorg 2",
                "Björkstigen 8",
                "Tallstig 4",
                "Lindallén 3",
                "Kungsallé 9",
                "Solbacken 14",
                "Kvarnbacke 2",
                "Stureplan 4",
                "Bergsleden 6",
                "Tallgången 3",
                "Medborgarplatsen 3",
                "Stadsparken 1",
                "Norra kajen 15",
                "Strandkajen 15",
                "Hamnesplanaden 2",
                "Skolvägen 2",
                "Box 123",
                "lgh 1102",
                "Rådhusgatan 12, 831 82 Östersund");
    }

    /** Social-work text as staff write it: it must pass, or the guard gets switched off. */
    static Stream<String> ordinaryTexts() {
        return Stream.of(
                "Nästa samtal 2025-09-15 kl. 14:30, 45 min.",
                "3 samtal genomförda av 20 planerade.",
                "Samtal 2025-09-15, 2025-09-22 och 2025-09-29.",
                "Samtal 2025-09-15 2025-09-22 2025-09-29",
                "Period 2025-09-01–2025-12-31.",
                "Period 2025-09-01 - 2025-12-31",
                "Period 2025-09-01-2025-12-31",
                "Kommun 2380, åldersgrupp 15-17.",
                "Kommunerna 2303, 2305, 2309, 2313, 2321, 2326, 2361 och 2380.",
                "Dokumenteras enligt 14 kap. 5 § SoL (2025:400).",
                "Rådgivande samtal, 14 kap. 4 § socialtjänstlagen.",
                "Insats 2.4 Samtal om våld, session 3 av 20.",
                "Ärende K7M4-Q9TX, session 12.",
                "Andelen återfall var 12 % år 2024 och 9,5 procent 2025.",
                "Vecka 38, kl 08.30-10.00, 90 minuter.",
                "Gruppen träffas kl. 0830-0930 och 1300 - 1430.",
                "Mötet 10:00-11:30, sedan 15 min paus.",
                "Fas 2 av 3 i Cannabisprogrammet, 13 sessioner.",
                "A-CRA: 15 sessioner och 3 boostersessioner.",
                "Genomförandeplan 2 upprättad 2025-10-01.",
                "Säkerhetsplan 3 reviderad tillsammans med klienten.",
                "Vårdplan 1 följs upp om 6 månader.",
                "Vi träffades på plan 3 i Rådhuset.",
                "Hon var på väg 2 gånger men vände.",
                "Första gången 2024 och andra gången 2025.",
                "För första gången 3 veckor i rad utan spel.",
                "Andra omgången 3 samtal.",
                "Olycka på riksväg 87, ingen skadad.",
                "Vi möts vid torget 14:30.",
                "Lekparken 2 gånger i veckan.",
                "Pappan avled 12 mars 2024.",
                "Organisationsnummer 212000-2411.",
                "Dnr SN 2025/00123.",
                "Dnr 2025-00123.",
                "Kostnad 1 250 kr, 2 vuxna och 3 barn.",
                "Barnet är 7 år, syskonet 13 år.",
                "Skattning AUDIT 12 poäng, DUDIT 4 poäng.",
                "Spelar Xbox 360 varje kväll, 4 timmar.",
                "Uppföljning om 3-4 veckor.",
                "Samtalet varade 1 h 15 min.",
                "Telefontid 08.00–09.00 måndag-fredag.",
                "Deltog i gruppverksamhet 10 träffar, 8 närvarande.",
                "Klienten kom 5 min sent till session 4.",
                "Ålder 15-17, kön kvinna, kommun 2380.",
                "Ingen uppgift om bostad. Bor i Östersund.",
                "Planerade 8 samtal och 4 uppföljningssamtal enligt Bilaga 1, avsnitt 3.6.",
                "Statistik per månad: 2025-07, 2025-08, 2025-09.",
                "Summa 1 234 567 kr.",
                "Stig 45 år kom som anhörig.",
                "Hon har tagit genvägen 2 gånger.");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("personalIdentityNumbers")
    void a_personnummer_or_samordningsnummer_in_any_usual_spelling_is_found(String text) {
        assertThat(kindsIn(text)).contains(PERSONAL_IDENTITY_NUMBER);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "851301-1234",      // month 13
            "850001-1234",      // month 00
            "850132-1234",      // day 32
            "850100-1234",      // day 00
            "850160-1234",      // day 60: neither a date nor a samordningsnummer
            "850192-1234",      // day 92
            "19851301-1234",
            "1198501011234",    // inside a longer digit run
            "19850101123456",
            "850101-12345"})
    void a_number_without_a_plausible_date_part_or_inside_a_longer_digit_run_is_no_personnummer(String text) {
        assertThat(kindsIn(text)).doesNotContain(PERSONAL_IDENTITY_NUMBER);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("phoneNumbers")
    void a_swedish_phone_number_in_any_usual_spelling_is_found(String text) {
        assertThat(kindsIn(text)).contains(PHONE_NUMBER);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("emailAddresses")
    void an_email_address_is_found(String text) {
        assertThat(kindsIn(text)).containsExactly(EMAIL_ADDRESS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("streetAddresses")
    void a_street_address_with_a_number_is_found(String text) {
        assertThat(kindsIn(text)).containsExactly(STREET_ADDRESS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ordinaryTexts")
    void ordinary_social_work_text_is_clean(String text) {
        assertThat(guard.inspect("anteckning", text)).isEmpty();
    }

    @Test
    void ten_digits_starting_with_07_are_reported_both_as_personnummer_and_as_phone_number() {
        // 0701234567 is a mobile number and also the personnummer of someone born 2007-01-23, exactly the
        // age Mini-Maria works with; neither reading may be dropped.
        assertThat(kindsIn("0701234567")).containsExactly(PERSONAL_IDENTITY_NUMBER, PHONE_NUMBER);
    }

    @Test
    void a_text_with_several_kinds_reports_each_kind_once_in_a_fixed_order() {
        String text = "Bor på Storgatan 12 och Kyrkvägen 3, nås på anna@example.se, 070-123 45 67 eller "
                + "063-12 34 56. Pnr 850101-1234, tidigare 19850101-1234.";

        assertThat(guard.inspect("anteckning", text)).containsExactly(
                new IdentityFinding("anteckning", PERSONAL_IDENTITY_NUMBER),
                new IdentityFinding("anteckning", PHONE_NUMBER),
                new IdentityFinding("anteckning", EMAIL_ADDRESS),
                new IdentityFinding("anteckning", STREET_ADDRESS));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\n\t"})
    void null_or_blank_text_is_clean(String text) {
        assertThat(guard.inspect("anteckning", text)).isEmpty();
    }

    @Test
    void several_fields_are_inspected_in_order_and_each_finding_names_its_field() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("summary", "Stödsamtal 3 av 10, 45 min.");
        fields.put("nextStep", "Ring 070-123 45 67 eller skriv till anna@example.se.");
        fields.put("comment", null);
        fields.put("location", "Möte på Storgatan 12.");

        assertThat(guard.inspect(fields))
                .extracting(IdentityFinding::field, IdentityFinding::kind)
                .containsExactly(
                        tuple("nextStep", PHONE_NUMBER),
                        tuple("nextStep", EMAIL_ADDRESS),
                        tuple("location", STREET_ADDRESS));
    }

    @Test
    void several_clean_fields_give_no_findings() {
        assertThat(guard.inspect(Map.of("summary", "Session 4 av 8, 2025-09-15 14:30.", "kommun", "2380"))).isEmpty();
    }

    static Stream<Arguments> everyIdentifyingSample() {
        return Stream.of(
                personalIdentityNumbers().map(text -> Arguments.of(text, PERSONAL_IDENTITY_NUMBER)),
                phoneNumbers().map(text -> Arguments.of(text, PHONE_NUMBER)),
                emailAddresses().map(text -> Arguments.of(text, EMAIL_ADDRESS)),
                streetAddresses().map(text -> Arguments.of(text, STREET_ADDRESS))
        ).flatMap(samples -> samples);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("everyIdentifyingSample")
    void a_finding_never_repeats_the_inspected_value(String text, IdentityKind kind) {
        List<IdentityFinding> findings = guard.inspect("anteckning", text);
        String shown = findings + " " + findings.stream().map(IdentityFinding::toString).toList()
                + " " + findings.stream().map(finding -> finding.kind().swedishDescription()).toList();

        assertThat(findings).extracting(IdentityFinding::kind).contains(kind);
        assertThat(shown).doesNotContain(text).doesNotContainPattern("\\d").doesNotContain("@");
        for (String part : text.split("[^\\p{L}\\p{N}]+")) {
            if (part.length() >= 4) {
                assertThat(shown).doesNotContainIgnoringCase(part);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(IdentityKind.class)
    void every_kind_has_a_swedish_description_for_staff(IdentityKind kind) {
        assertThat(kind.swedishDescription()).isNotBlank();
    }

    @Test
    void the_swedish_descriptions_are_those_staff_see() {
        assertThat(PERSONAL_IDENTITY_NUMBER.swedishDescription()).isEqualTo("personnummer eller samordningsnummer");
        assertThat(PHONE_NUMBER.swedishDescription()).isEqualTo("telefonnummer");
        assertThat(EMAIL_ADDRESS.swedishDescription()).isEqualTo("e-postadress");
        assertThat(STREET_ADDRESS.swedishDescription()).isEqualTo("gatuadress");
    }

    @Test
    void a_finding_needs_a_field_and_a_kind() {
        assertThatNullPointerException().isThrownBy(() -> new IdentityFinding(null, PHONE_NUMBER));
        assertThatNullPointerException().isThrownBy(() -> new IdentityFinding("anteckning", null));
        assertThatNullPointerException().isThrownBy(() -> guard.inspect(null, "text"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileTexts")
    void long_and_hostile_text_is_inspected_quickly_and_without_error(String description, String text) {
        // The guard runs on every write request: no input may make a pattern backtrack for seconds or, through
        // Java's recursion on repeated groups, overflow the stack.
        List<IdentityFinding> findings = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> guard.inspect("anteckning", text));

        assertThat(findings).extracting(IdentityFinding::kind).doesNotContain(PERSONAL_IDENTITY_NUMBER);
    }

    static Stream<Arguments> hostileTexts() {
        return Stream.of(
                Arguments.of("one long word", "a".repeat(100_000)),
                Arguments.of("one long digit run", "1".repeat(100_000)),
                Arguments.of("dotted local part", "a.".repeat(50_000) + "@"),
                Arguments.of("dotted domain", "x@" + "b.".repeat(50_000)),
                Arguments.of("many at signs", "x@".repeat(50_000)),
                Arguments.of("street suffixes without a break", "Storgatan".repeat(10_000) + " 12"),
                Arguments.of("zeros and spaces", "0 ".repeat(50_000)),
                Arguments.of("digits and spaces", "9 ".repeat(50_000)),
                Arguments.of("hyphenated word", "a-".repeat(50_000) + "gatan"));
    }

    static Stream<Arguments> markedForms() {
        return Stream.of(
                // dates of birth, after a word of birth or lying far back
                Arguments.of(BIRTH_DATE, "Hon är född 1985-07-09.", List.of("1985-07-09")),
                Arguments.of(BIRTH_DATE, "född 850709, två barn.", List.of("850709")),
                Arguments.of(BIRTH_DATE, "Född 9 juli 1985.", List.of("9 juli 1985")),
                Arguments.of(BIRTH_DATE, "Födelsedatum 9/7-85.", List.of("9/7-85")),
                Arguments.of(BIRTH_DATE, "Hon är född den 9:e juli 1985.", List.of("9:e juli 1985")),
                Arguments.of(BIRTH_DATE, "född den tjugonde mars 1986", List.of("tjugonde mars 1986")),
                Arguments.of(BIRTH_DATE, "Mamman är född 13.05.1981.", List.of("13.05.1981")),
                Arguments.of(BIRTH_DATE, "Klienten (född 88-04-21) kom ensam.", List.of("88-04-21")),
                Arguments.of(BIRTH_DATE, "f. 19920312, ensamstående.", List.of("19920312")),
                Arguments.of(BIRTH_DATE, "Född 1/11 -88.", List.of("1/11 -88")),
                Arguments.of(BIRTH_DATE, "Födelsedag 14 maj, fyller 40 i år.", List.of("14 maj")),
                Arguments.of(BIRTH_DATE, "Hon fyller 18 den 2 december.", List.of("2 december")),
                Arguments.of(BIRTH_DATE, "Klienten är född i juni 1984.", List.of("juni 1984")),
                Arguments.of(BIRTH_DATE, "Född 9 feb. 1985.", List.of("9 feb. 1985")),
                Arguments.of(BIRTH_DATE, "Hon har födelsedag på julafton 1990.", List.of("julafton 1990")),
                // no word of birth, but no session lies that far back
                Arguments.of(BIRTH_DATE, "Uppgav 850709 som datum.", List.of("850709")),
                Arguments.of(BIRTH_DATE, "Datum 1985-07-09 enligt papper.", List.of("1985-07-09")),
                Arguments.of(BIRTH_DATE, "Datum 9 juli 1985 enligt papper.", List.of("9 juli 1985")),
                // names of people: capitalised mid-sentence, after a relation or naming word,
                // a first name opening a sentence
                Arguments.of(PERSONAL_NAME, "Anna Svensson ringde och berättade om helgen.", List.of("Anna Svensson")),
                Arguments.of(PERSONAL_NAME, "Klienten heter Fatima och bor med sin man Ahmed.",
                        List.of("Fatima", "Ahmed")),
                Arguments.of(PERSONAL_NAME, "Mannen Per-Olof Lindqvist är polis.", List.of("Per-Olof Lindqvist")),
                Arguments.of(PERSONAL_NAME, "Jolin Svensson ringde.", List.of("Jolin Svensson")),
                Arguments.of(PERSONAL_NAME, "Fatima berättade att hon är rädd.", List.of("Fatima")),
                Arguments.of(PERSONAL_NAME, "Samtal 4. Amir berättade om skolan.", List.of("Amir")),
                Arguments.of(PERSONAL_NAME, "brodern lucas har börjat röka", List.of("lucas")),
                Arguments.of(PERSONAL_NAME, "Hon heter fatma.", List.of("fatma")),
                Arguments.of(PERSONAL_NAME, "Dottern kallas för Mimmi hemma.", List.of("Mimmi")),
                Arguments.of(PERSONAL_NAME, "Han heter egentligen Abdirahman.", List.of("Abdirahman")),
                Arguments.of(PERSONAL_NAME, "Mannen Berg kom inte.", List.of("Berg")),
                Arguments.of(PERSONAL_NAME, "Rådgivning, t.ex. Anna tyckte så.", List.of("Anna")),
                Arguments.of(PERSONAL_NAME, "Enligt Sofia har han slutat.", List.of("Sofia")),
                Arguments.of(PERSONAL_NAME, "Svensson ringde i morse.", List.of("Svensson")),
                Arguments.of(PERSONAL_NAME, "Pratade med A.S. om oron.", List.of("A.S.")),
                // schools and classes
                Arguments.of(SCHOOL, "Sonen 7 år går på Körfältets skola.", List.of("Körfältets skola")),
                Arguments.of(SCHOOL, "Ungdomen går på Wargentinsskolan.", List.of("Wargentinsskolan")),
                Arguments.of(SCHOOL, "Barnet går på förskolan Myrstacken.", List.of("Myrstacken")),
                Arguments.of(SCHOOL, "Dottern går i klass 4B.", List.of("4B")),
                Arguments.of(SCHOOL, "Sonen går i 2A på Lugnviksskolan.", List.of("2A", "Lugnviksskolan")),
                Arguments.of(SCHOOL, "Han går på Frösö skola.", List.of("Frösö skola")),
                // a role at a named workplace
                Arguments.of(WORKPLACE, "Arbetar som sjuksköterska på Östersunds sjukhus, avdelning 7.",
                        List.of("sjuksköterska på Östersunds sjukhus")),
                Arguments.of(WORKPLACE, "Mannen är polis i Krokom.", List.of("polis i Krokom")),
                Arguments.of(WORKPLACE, "Han jobbar på Jämtkraft.", List.of("jobbar på Jämtkraft")),
                Arguments.of(WORKPLACE, "Partnern är läkare på akuten.", List.of("läkare på akuten")),
                Arguments.of(WORKPLACE, "Hon är enhetschef inom hemtjänsten.",
                        List.of("enhetschef inom hemtjänsten")),
                Arguments.of(WORKPLACE, "Han är rektor på en skola i Krokom.",
                        List.of("rektor på en skola i Krokom")),
                Arguments.of(WORKPLACE, "Hon jobbar på ICA Maxi i kassan.", List.of("jobbar på ICA Maxi")),
                // places below the kommun, named or described
                Arguments.of(PLACE, "Bor i Hallen utanför Åre, röda huset vid kyrkan.",
                        List.of("Hallen", "röda huset")),
                Arguments.of(PLACE, "Familjen bor på Frösön.", List.of("Frösön")),
                Arguments.of(PLACE, "Bor i Sveg, i huset mittemot kyrkan.", List.of("Sveg", "huset mittemot kyrkan")),
                Arguments.of(PLACE, "Bor ensam i stugan bredvid skolan i byn.", List.of("stugan bredvid skolan")),
                Arguments.of(PLACE, "Gården närmast sjön.", List.of("Gården närmast sjön")),
                Arguments.of(PLACE, "Enda huset med flaggstång.", List.of("Enda huset")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("markedForms")
    void each_kind_is_found_in_the_forms_staff_write_and_marked_where_it_stands(IdentityKind kind, String text,
                                                                                  List<String> marked) {
        assertThat(marked(text, kind)).containsExactlyElementsOf(marked);
    }

    /** Capitalised words that name no one, and the dates, ages and roles notes are full of. */
    static Stream<String> ordinaryTextsWithCapitals() {
        return Stream.of(
                "Klienten deltar i Samtal om våld sedan september och har gjort 6 av 20 samtal.",
                "Ungdomen går i Cannabisprogrammet, fas 2.",
                "Genomgång enligt Återfallsprevention, steg 3.",
                "Kontakt med Mini-Maria JH via chatt.",
                "Mamman ringde Centrum mot våld för råd.",
                "Paret har använt Origomodellen tidigare.",
                "Har kontakt med BUP och med Socialtjänsten i Krokom.",
                "Paret har bott i Östersund i 10 år. Familjen flyttade till Bräcke.",
                "Resan från Ragunda tar 1,5 timme, sedan Strömsunds kommun.",
                "Paret bor i Berg och har kontakt med familjerätten.",
                "Hon har anmält till Polisen och fått stöd av Kvinnojouren.",
                "Klienten kom till Sverige 2016 och talar god svenska.",
                "Har blockerat henne på Instagram och Snapchat, spelar Fortnite.",
                "Klienten har Swish-skulder och Discord-kontakt med okända.",
                "Satte spelpaus via Spelpaus.se.",
                "Enligt 14 kap. 5 § SoL och Bilaga 1, avsnitt 1.",
                "Telefonsamtal 12 min. Klienten ville boka om.",
                "Klienten, 34 år, berättade. Barnet, 7 år, sover dåligt.",
                "Nästa samtal 2025-10-14 kl. 13:00, ombokat från 15/9 till 22/9.",
                "Klienten fyllde år i helgen. Nästa samtal 14 oktober.",
                "Hon fyllde 40 i augusti. Nästa samtal 14 oktober.",
                "Pappan avled 12 mars 2024.",
                "Insats 2.4 Samtal om våld, session 3 av 20.",
                "Klienten arbetar som lärare och jobbar på distans.",
                "Hon har kontakt med en kurator på skolan.",
                "Han arbetar heltid och jobbar inom vården.",
                "Sonen är 12 år och dottern 16 år.",
                "OBS! Klienten vill inte bli uppringd.",
                "Mamman och barnet kom, pappan som vanligt inte.",
                "Hon heter inget annat än klienten här.",
                "Samtal 3. Klienten var trött och berättade om återfall.",
                "Uppföljning av behandling",
                "Granskning på uppdrag av IVO och Socialnämnden.",
                "AUDIT 18 poäng, CORE-10 förbättrat, SMS-tjänsten används.");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ordinaryTextsWithCapitals")
    void capitalised_terms_sentence_starts_and_session_dates_are_clean(String text) {
        assertThat(guard.inspect("anteckning", text)).isEmpty();
    }

    @Test
    void a_personnummer_in_a_sentence_is_one_finding_not_also_a_birth_date() {
        assertThat(kindsIn("Samtal 3. Klienten, 19850101-1234, berättade om återfall."))
                .containsExactly(PERSONAL_IDENTITY_NUMBER);
    }

    @Test
    void a_street_name_of_several_capitalised_words_is_one_address_and_no_name() {
        assertThat(guard.mark("anteckning", "Bor på Drottning Kristinas väg 12 sedan maj."))
                .singleElement()
                .satisfies(found -> {
                    assertThat(found.finding().kind()).isEqualTo(STREET_ADDRESS);
                    assertThat(found.ranges()).containsExactly(new TextRange(7, 33));
                });
    }

    @Test
    void ranges_point_into_the_text_as_sent_even_when_folding_changed_its_length() {
        // "ﬁ" (one character) folds to "fi" (two): the name after it must still be marked where it was sent.
        String text = "Deﬁnitivt: mötte Kalle på stan.";

        assertThat(guard.mark("anteckning", text)).singleElement().satisfies(found ->
                assertThat(found.ranges()).singleElement().satisfies(range ->
                        assertThat(text.substring(range.start(), range.end())).isEqualTo("Kalle")));
    }

    @Test
    void one_kind_found_in_several_places_is_one_finding_with_its_ranges_in_text_order() {
        String text = "Samtal med Leila och hennes dotter Noor.";

        assertThat(guard.mark("anteckning", text)).singleElement().satisfies(found -> {
            assertThat(found.finding()).isEqualTo(new IdentityFinding("anteckning", PERSONAL_NAME));
            assertThat(found.ranges()).containsExactly(new TextRange(11, 16), new TextRange(35, 39));
        });
    }

    @Test
    void a_marked_finding_shows_offsets_only() {
        String text = "Klienten heter Fatima och är född 1985-07-09.";

        String shown = guard.mark("anteckning", text).toString();

        assertThat(shown).doesNotContain("Fatima").doesNotContain("1985").doesNotContain("07-09");
    }

    @Test
    void the_catalog_the_units_and_the_kommuner_are_known_terms() {
        assertThat(guard.knownTerms()).contains("cannabisprogrammet", "centrum", "mini-maria", "origomodellen",
                "östersund", "åre", "härjedalen", "familjerådgivningen", "barnahus", "socialtjänsten");
    }

    @Test
    void a_guard_without_the_catalog_still_knows_the_kommuner_and_the_units() {
        IdentityGuard withoutCatalog = new IdentityGuard();

        assertThat(withoutCatalog.inspect("anteckning", "Bor i Östersund, kontakt med Mini-Maria och Socialtjänsten."))
                .isEmpty();
        assertThat(withoutCatalog.inspect("anteckning", "Bor i Hallen.")).extracting(IdentityFinding::kind)
                .containsExactly(PLACE);
    }

    @ParameterizedTest
    @EnumSource(IdentityKind.class)
    void every_kind_suggests_in_swedish_what_to_write_instead(IdentityKind kind) {
        assertThat(kind.swedishSuggestion()).isNotBlank().doesNotContainPattern("\\d");
    }

    @Test
    void a_name_is_answered_with_role_words_to_write_instead() {
        assertThat(PERSONAL_NAME.swedishSuggestion()).contains("klienten", "partnern", "barnet");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileTextsForWords")
    void long_texts_of_words_are_inspected_quickly_and_without_error(String description, String text) {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> guard.mark("anteckning", text));
    }

    static Stream<Arguments> hostileTextsForWords() {
        return Stream.of(
                Arguments.of("many names", "Anna ".repeat(20_000)),
                Arguments.of("many relation words and names", "sonen Kalle ".repeat(10_000)),
                Arguments.of("many abbreviations", "t.ex. ".repeat(20_000) + "Anna"),
                Arguments.of("dots between letters", "a.".repeat(50_000) + " Anna"),
                Arguments.of("many dates", "född 9 juli 1985 ".repeat(6_000)),
                Arguments.of("many partial dates", "1/2 ".repeat(25_000)),
                Arguments.of("many workplaces", "jobbar på Jämtkraft ".repeat(5_000)),
                Arguments.of("many houses", "röda huset vid kyrkan ".repeat(5_000)),
                Arguments.of("ordinals without months", "tjugonde ".repeat(10_000)),
                Arguments.of("lone surrogates", "\uD800a\uDC00Anna\uD800".repeat(10_000)),
                Arguments.of("combining marks", "a\u030A".repeat(50_000)),
                Arguments.of("ligatures", "\uFB01".repeat(50_000) + " Kalle"),
                Arguments.of("control characters", "\u0000\u0001Anna\u0007\u001B".repeat(10_000)));
    }

    /** The text of each range of one kind, in text order. */
    private List<String> marked(String text, IdentityKind kind) {
        return guard.mark("anteckning", text).stream()
                .filter(found -> found.finding().kind() == kind)
                .flatMap(found -> found.ranges().stream())
                .map(range -> text.substring(range.start(), range.end()))
                .toList();
    }

    private List<IdentityKind> kindsIn(String text) {
        return guard.inspect("anteckning", text).stream().map(IdentityFinding::kind).toList();
    }
}
