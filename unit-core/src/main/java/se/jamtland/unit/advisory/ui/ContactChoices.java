package se.jamtland.unit.advisory.ui;

import se.jamtland.events.Channel;
import se.jamtland.unit.ui.ProfileChoices;
import se.jamtland.unit.ui.ProfileChoices.Choice;
import se.jamtland.unit.vocabulary.AskedBy;
import se.jamtland.unit.vocabulary.TopicCode;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the contact form offers (issue 13), as codes of the vocabulary with the words a Swedish user reads: the
 * codes come from the vocabulary itself, so the form can offer nothing the use case would refuse as unknown, and
 * every category keeps its "vet inte".
 */
public final class ContactChoices {

    private ContactChoices() {
    }


    private static final Map<Channel, String> CHANNELS = new EnumMap<>(Map.of(
            Channel.PHONE, "Telefon", Channel.CHAT, "Chatt", Channel.VISIT, "Besök på plats",
            Channel.VIDEO, "Videosamtal", Channel.DIGITAL, "Digitalt, till exempel via internet"));
    private static final Map<AskedBy, String> ASKED_BY = new EnumMap<>(Map.of(
            AskedBy.SELF, "Personen själv", AskedBy.RELATIVE, "En närstående",
            AskedBy.PROFESSIONAL, "En yrkesperson, till exempel inom skola eller vård", AskedBy.OTHER, "Någon annan"));
    private static final Map<TopicCode, String> TOPICS = new EnumMap<>(Map.ofEntries(
            Map.entry(TopicCode.VALD_I_NARA_RELATION, "Våld i nära relation"),
            Map.entry(TopicCode.HEDERSRELATERAT_VALD, "Hedersrelaterat våld och förtryck"),
            Map.entry(TopicCode.PROSTITUTION_OCH_MANNISKOHANDEL, "Prostitution och människohandel"),
            Map.entry(TopicCode.KOP_AV_SEXUELLA_TJANSTER, "Köp av sexuella tjänster"),
            Map.entry(TopicCode.ALKOHOL, "Alkohol"),
            Map.entry(TopicCode.NARKOTIKA, "Narkotika"),
            Map.entry(TopicCode.SPEL_OM_PENGAR, "Spel om pengar"),
            Map.entry(TopicCode.SAMLEVNADSKONFLIKT, "Konflikter i parrelationen eller familjen"),
            Map.entry(TopicCode.FORALDRASKAP, "Föräldraskap"),
            Map.entry(TopicCode.BARNFORHOR, "Barnförhör"),
            Map.entry(TopicCode.ANHORIG, "Att vara anhörig"),
            Map.entry(TopicCode.STODINSATSER_INFORMATION, "Information om stöd och insatser"),
            Map.entry(TopicCode.OVRIGT, "Något annat")));

    /** The channels the insats may be given through, in the vocabulary's order; every channel when it names none. */
    public static List<Choice> channels(Collection<Channel> allowed) {
        return java.util.Arrays.stream(Channel.values())
                .filter(channel -> allowed.isEmpty() || allowed.contains(channel))
                .map(channel -> new Choice(channel.name(), CHANNELS.get(channel))).toList();
    }

    public static List<Choice> askedBy() {
        return java.util.Arrays.stream(AskedBy.values()).map(who -> new Choice(who.name(), ASKED_BY.get(who))).toList();
    }

    public static List<Choice> topics() {
        return java.util.Arrays.stream(TopicCode.values()).map(topic -> new Choice(topic.name(), TOPICS.get(topic)))
                .toList();
    }

    /** The de-identified profile's choices are ProfileChoices', the one list every page of the unit offers. */
    public static List<Choice> ageBands() {
        return ProfileChoices.ageBands();
    }

    public static List<Choice> genders() {
        return ProfileChoices.genders();
    }

    /** Legal gender, for a villkor that needs it (2.9): only ever a condition input, never stored. */
    public static List<Choice> legalGenders() {
        return ProfileChoices.LEGAL_GENDERS;
    }

    public static List<Choice> kommuner() {
        return ProfileChoices.kommuner();
    }

    /** How a contact's category reads on a page: the label of its code, or the code itself if none is known. */
    public static String labelOf(List<Choice> choices, String value) {
        return choices.stream().filter(choice -> choice.value().equals(value)).map(Choice::label).findFirst()
                .orElse(value);
    }
}
