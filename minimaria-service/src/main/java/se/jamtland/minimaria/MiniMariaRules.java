package se.jamtland.minimaria;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import se.jamtland.unit.advisory.ChannelPolicy;
import se.jamtland.unit.advisory.ChannelsByInsats;
import se.jamtland.events.Channel;

import java.util.EnumSet;
import java.util.Map;

/** What only Mini-Maria's part of Bilaga 1 says. */
@Factory
class MiniMariaRules {

    /** 3.1: Rådgivande samtal "genomförs per telefon, via chatt eller via fysiskt möte". */
    @Singleton
    ChannelPolicy channels() {
        return ChannelsByInsats.of(Map.of("minimaria-radgivande-samtal",
                EnumSet.of(Channel.PHONE, Channel.CHAT, Channel.VISIT)));
    }
}
