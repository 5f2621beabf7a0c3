package se.jamtland.unit.identity;

import java.util.Set;

/**
 * The few word lists the identity guard reads Swedish with, lower case. Each is short on purpose: a list that
 * tries to hold every name or every place would still miss the next one. The guard's main rule is Swedish
 * spelling itself (only proper nouns are capitalised); these lists only say where that rule is not enough.
 */
final class SwedishWords {

    /**
     * Capitalised words that name no person and no place below the kommun: public bodies and services staff
     * refer clients to, countries and the large towns people move from, and the apps, games and gambling brands
     * the notes of Spel till friheten and Samtal om våld (digital control) are full of. The catalog's own words
     * and the kommun names come from the catalog and {@link se.jamtland.events.Vocabulary}.
     */
    static final Set<String> COMMON_PROPER_NOUNS = Set.of(
            // public bodies and services
            "socialtjänsten", "socialtjänst", "soc", "socialnämnden", "socialjouren", "socialstyrelsen", "polisen",
            "åklagaren", "åklagarmyndigheten", "tingsrätten", "hovrätten", "förvaltningsrätten", "kronofogden",
            "försäkringskassan", "arbetsförmedlingen", "skatteverket", "migrationsverket", "kriminalvården",
            "frivården", "länsstyrelsen", "regionen", "region", "kommunen", "rådhuset", "elevhälsan",
            "ungdomsmottagningen", "familjecentralen", "familjerätten", "vårdcentralen", "vuxenpsykiatrin",
            "barnpsykiatrin", "psykiatrin", "psykiatriska", "beroendemottagningen", "akuten", "kvinnojouren",
            "tjejjouren", "killjouren", "brottsofferjouren", "stödlinjen", "spelpaus", "komvux", "rädda", "barnen",
            "röda", "korset", "stadsmissionen", "bilaga", "gud", "allah",
            // countries and large towns outside the county: above the kommun level, they reveal nobody
            "sverige", "norge", "finland", "danmark", "island", "europa", "afrika", "asien", "tyskland", "polen",
            "ukraina", "ryssland", "turkiet", "syrien", "irak", "iran", "afghanistan", "somalia", "eritrea",
            "etiopien", "thailand", "filippinerna", "stockholm", "göteborg", "malmö", "uppsala", "umeå",
            "sundsvall", "trondheim", "oslo",
            // apps, games, gambling
            "teams", "zoom", "skype", "instagram", "snapchat", "facebook", "messenger", "whatsapp", "telegram",
            "youtube", "discord", "fortnite", "minecraft", "roblox", "netflix", "spotify", "swish", "klarna",
            "google", "xbox", "playstation", "steam", "oddset", "unibet", "svenska", "spel", "casino");

    /**
     * Common first names, for the two places where capitalisation says nothing: the opening of a sentence
     * ("Fatima berättade") and a name written in lower case after a relation word ("brodern lucas"). Names that
     * are also Swedish words (Stig, Per, Bo, Björn, Hans, Liv, Ville, Klara, Dag, Max, Sten) are left out: a
     * sentence may open with them.
     */
    static final Set<String> FIRST_NAMES = Set.of(
            "anna", "eva", "maria", "karin", "kristina", "lena", "kerstin", "sara", "emma", "ingrid", "marie",
            "malin", "jenny", "hanna", "linda", "annika", "susanne", "elisabeth", "monica", "birgitta", "gunilla",
            "johanna", "sofia", "ida", "elin", "camilla", "therese", "josefin", "lisa", "helena", "ulrika", "frida",
            "cecilia", "åsa", "jessica", "madeleine", "sandra", "petra", "emelie", "amanda", "matilda", "moa",
            "mimmi", "tove", "linnea", "felicia", "nathalie", "jennifer", "wilma", "alva", "alma", "elsa", "maja",
            "julia", "olivia", "ella", "alice", "ebba", "agnes", "freja", "ellen", "astrid", "greta", "selma",
            "stina", "signe", "tyra", "nora", "ester", "vera", "ronja", "lovisa", "isabelle", "emilia",
            "noor", "leila", "leyla", "fatima", "amina", "aisha", "zahra", "maryam", "hodan", "sahra", "nour",
            "yasmin", "elif", "zeynep", "ayan", "hawa", "samira", "pia", "eva-lena", "ann-sofie",
            "lars", "anders", "johan", "erik", "karl", "mikael", "peter", "thomas", "daniel", "fredrik", "mats",
            "magnus", "andreas", "stefan", "marcus", "mattias", "jonas", "niklas", "patrik", "martin", "alexander",
            "oskar", "lucas", "william", "elias", "hugo", "noah", "liam", "adam", "viktor", "filip", "isak", "axel",
            "ludvig", "leo", "oliver", "emil", "anton", "olle", "gustav", "linus", "hampus", "sebastian", "kevin",
            "simon", "david", "jesper", "tobias", "robert", "joakim", "kalle", "nisse", "nicke", "pelle", "gösta",
            "sven", "bengt", "ulf", "lennart", "kjell", "rolf", "leif", "göran", "åke", "bertil", "tommy", "jari",
            "mohammed", "mohamed", "muhammad", "ahmed", "ali", "hassan", "hussein", "omar", "yusuf", "ibrahim",
            "mustafa", "abdi", "abdirahman", "abdullahi", "amir", "reza", "mehmet", "emre", "yasin", "karim",
            "samir", "tariq", "per-olof", "jan-erik", "lars-göran");

    /**
     * Words after which a capitalised word or a first name is a name whatever else it is: "sonen Kalle",
     * "mannen Berg" (Berg is also a kommun), "brodern lucas".
     */
    static final Set<String> RELATIONS = Set.of(
            "sonen", "son", "dottern", "dotter", "mannen", "man", "maken", "make", "frun", "fru", "hustrun",
            "sambon", "sambo", "pojkvännen", "pojkvän", "flickvännen", "flickvän", "partnern", "exet", "expartnern",
            "exmannen", "exmaken", "exfrun", "exsambon", "pappan", "pappa", "mamman", "mamma", "brodern", "bror",
            "brorsan", "systern", "syster", "kusinen", "kusin", "mormor", "morfar", "farmor", "farfar",
            "styvpappan", "styvmamman", "bonuspappan", "bonusmamman", "barnet", "flickan", "pojken", "grannen",
            "kollegan", "chefen", "vännen", "kompisen", "väninnan", "svärmor", "svärfar", "kuratorn",
            "handläggaren", "läraren", "mentorn", "paret", "familjen", "klienten", "ungdomen");

    /** Words of naming: the word after them, or after "för" or "sig", is the name ("kallas för Mimmi"). */
    static final Set<String> NAMING = Set.of(
            "heter", "hette", "kallas", "kallad", "kallade", "kallades", "kallar", "kallat", "namnet", "namn",
            "förnamn", "förnamnet", "efternamn", "efternamnet", "smeknamn", "smeknamnet", "tilltalsnamn");

    /** After these two any word is the name, whatever its spelling ("heter fatma"), unless it is an ordinary one. */
    static final Set<String> NAMED = Set.of("heter", "hette");

    /** Between a naming word and the name: "kallas för Mimmi", "heter egentligen Abdirahman". */
    static final Set<String> NAMING_FILLERS = Set.of(
            "för", "sig", "är", "egentligen", "bara", "numera", "honom", "henne", "dem", "mig", "dig", "oss");

    /** Words a relation word is often followed by that are no names: "mamman och", "barnet som". */
    static final Set<String> NOT_NAMES = Set.of(
            "och", "eller", "som", "att", "är", "var", "har", "hade", "i", "på", "med", "till", "från", "om", "av",
            "för", "den", "det", "de", "en", "ett", "inte", "så", "också", "själv", "ska", "kan", "vill", "kom",
            "sig", "sin", "sitt", "sina", "hennes", "hans", "deras", "något", "ingen", "inget", "in", "upp", "ut", "hit",
            "dit", "vad", "hur", "när", "honom", "henne");

    /** Before a capitalised word, these make it a place rather than a person: "bor i Hallen", "utanför Järpen". */
    static final Set<String> PLACE_PREPOSITIONS = Set.of(
            "i", "på", "vid", "utanför", "nära", "mot", "norr", "söder", "öster", "väster", "om", "bor", "från",
            "till", "ovanför", "nedanför", "intill");

    /** Words that end a school's name ("Frösö skola", "Jämtlands gymnasium") or stand before it. */
    static final Set<String> SCHOOL_WORDS = Set.of(
            "skola", "skolan", "förskola", "förskolan", "gymnasium", "gymnasiet", "friskola", "friskolan",
            "grundskola", "sameskola", "sameskolan");

    /** Occupations staff name with a workplace ("sjuksköterska på Östersunds sjukhus"), indefinite forms. */
    static final Set<String> OCCUPATIONS = Set.of(
            "sjuksköterska", "undersköterska", "läkare", "lärare", "förskollärare", "polis", "elektriker",
            "snickare", "chaufför", "kock", "städare", "lokalvårdare", "frisör", "säljare", "kassörska", "kassör",
            "kassabiträde", "butiksbiträde", "vårdbiträde", "assistent", "barnskötare", "fritidspedagog", "rektor",
            "kurator", "socionom", "socialsekreterare", "handläggare", "chef", "barnmorska", "tandläkare",
            "tandsköterska", "apotekare", "präst", "pastor", "imam", "soldat", "officer", "brandman", "väktare",
            "ordningsvakt", "ingenjör", "tekniker", "mekaniker", "målare", "rörmokare", "murare", "lantbrukare",
            "bonde", "renskötare", "fotograf", "journalist", "advokat", "jurist", "åklagare", "domare", "ekonom",
            "revisor", "programmerare", "utvecklare", "konsult", "vikarie", "servitör", "servitris", "bartender",
            "skötare", "fysioterapeut", "arbetsterapeut", "psykolog", "dietist", "pilot", "lokförare", "brevbärare",
            "receptionist", "sekreterare", "vaktmästare", "fastighetsskötare", "lagerarbetare", "truckförare",
            "personal", "anställd", "praktikant", "sommarjobbare");

    /** Endings that make a compound an occupation: "busschaufför", "enhetschef", "skogsarbetare". */
    static final Set<String> OCCUPATION_ENDINGS = Set.of(
            "chaufför", "chef", "arbetare", "skötare", "förare", "lärare", "sköterska", "tekniker", "biträde",
            "assistent", "pedagog", "terapeut", "ingenjör", "handläggare", "läkare");

    /** Verbs of working, followed by where: "jobbar på Jämtkraft", "arbetar hos ICA". */
    static final Set<String> WORKING = Set.of(
            "arbetar", "jobbar", "arbetade", "jobbade", "extrajobbar", "säsongsjobbar", "praktiserar", "anställd",
            "anställda", "jobb", "arbete", "tjänstgör", "vikarierar");

    /** Where after a verb of working: "på", "hos", "vid", "inom", "i". */
    static final Set<String> WORKPLACE_PREPOSITIONS = Set.of("på", "hos", "vid", "inom", "i");

    /** Workplaces written in the definite form, after a verb of working: "jobbar på sjukhuset". */
    static final Set<String> WORKPLACE_NOUNS = Set.of(
            "sjukhuset", "vårdcentralen", "akuten", "skolan", "förskolan", "äldreboendet", "hemtjänsten",
            "fabriken", "sågverket", "lagret", "kommunen", "regionen", "banken", "apoteket", "polisen", "posten",
            "kontoret", "verkstaden", "mejeriet", "hotellet", "restaurangen", "butiken", "affären", "macken",
            "gymmet", "gruvan", "bygget", "kyrkan", "avdelning", "avdelningen", "företaget", "bb");

    /**
     * Abbreviations whose full stop ends no sentence, so that the capitalised word after it is still read:
     * "t.ex. Anna" names someone, while "Samtal 3. Klienten" opens a sentence. Units that often end a sentence
     * ("45 min. Klienten", "3 st.") are not among them.
     */
    static final Set<String> ABBREVIATIONS = Set.of(
            "t.ex", "tex", "bl.a", "bla", "kl", "ca", "p.g.a", "pga", "dvs", "d.v.s", "s.k", "sk", "resp", "enl",
            "ang", "tfn", "tel", "nr", "f", "ev", "jfr", "inkl", "exkl", "fr.o.m", "t.o.m", "kap", "fd", "f.d",
            "hr", "dr");

    private SwedishWords() {
    }
}
