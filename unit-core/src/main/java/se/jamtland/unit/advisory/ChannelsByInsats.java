package se.jamtland.unit.advisory;

import se.jamtland.problem.ProblemException;
import se.jamtland.events.Channel;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A unit's channel limits as data: insats id → the channels its Bilaga text names. Others are unlimited. */
public final class ChannelsByInsats implements ChannelPolicy {

    private final Map<String, Set<Channel>> allowed;

    private ChannelsByInsats(Map<String, Set<Channel>> allowed) {
        this.allowed = Map.copyOf(allowed);
    }

    public static ChannelsByInsats of(Map<String, Set<Channel>> allowed) {
        return new ChannelsByInsats(allowed);
    }

    @Override
    public void requireAllowed(String insats, Channel channel, String field) {
        Set<Channel> channels = allowed.get(insats);
        if (channels != null && !channels.contains(channel)) {
            throw ProblemException.unprocessable("channel-not-offered", "Insatsen ges inte via den kanalen",
                    "Insatsen ges via " + channels.stream().map(Enum::name).sorted().collect(Collectors.joining(", "))
                            + " enligt Bilaga 1.", field);
        }
    }
}
