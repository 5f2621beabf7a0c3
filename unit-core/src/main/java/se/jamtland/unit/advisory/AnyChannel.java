package se.jamtland.unit.advisory;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;
import se.jamtland.events.Channel;

/** The default: the Bilaga sets no channel limits for the unit. */
@Singleton
@Secondary
public class AnyChannel implements ChannelPolicy {

    @Override
    public void requireAllowed(String insats, Channel channel, String field) {
        // Every channel is allowed.
    }
}
