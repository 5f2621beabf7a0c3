package se.jamtland.unit.policy;

import se.jamtland.events.Channel;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The channels an insats is given through, as its catalog entry names them (Bilaga 1, 2.5 and 3.1). An insats
 * whose entry names none is given through any channel of the vocabulary.
 */
public final class ChannelsOffered {

    private ChannelsOffered() {
    }

    /** The channels a person may choose from, in the vocabulary's order: all of them when the entry names none. */
    public static List<Channel> offered(Set<Channel> allowed) {
        return Arrays.stream(Channel.values()).filter(channel -> allowed.isEmpty() || allowed.contains(channel))
                .toList();
    }

    /** The refusal of {@code channel}, naming {@code field}, if the insats is not given through it. */
    public static Optional<Refusal> refusal(Set<Channel> allowed, Channel channel, String field) {
        if (allowed.isEmpty() || allowed.contains(channel)) {
            return Optional.empty();
        }
        return Optional.of(Refusal.ruleNotMet("channel-not-offered", "Insatsen ges inte via den kanalen",
                "Insatsen ges via " + allowed.stream().map(Enum::name).sorted().collect(Collectors.joining(", "))
                        + " enligt Bilaga 1.", field));
    }
}
