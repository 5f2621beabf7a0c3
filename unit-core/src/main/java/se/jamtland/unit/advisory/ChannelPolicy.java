package se.jamtland.unit.advisory;

import se.jamtland.events.Channel;

/**
 * Which channels an insats is given through. unit-core allows every channel; a unit whose Bilaga text limits
 * them (Mini-Maria's Rådgivande samtal: telefon, chatt, fysiskt möte) replaces this bean.
 */
public interface ChannelPolicy {

    /** Throws a 422 problem naming {@code field} when the insats is not given through the channel. */
    void requireAllowed(String insats, Channel channel, String field);
}
