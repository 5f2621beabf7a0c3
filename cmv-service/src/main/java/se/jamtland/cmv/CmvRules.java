package se.jamtland.cmv;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import se.jamtland.unit.advisory.ChannelPolicy;
import se.jamtland.unit.advisory.ChannelsByInsats;
import se.jamtland.unit.cases.CaseLinkPolicy;
import se.jamtland.events.Channel;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** What only Centrum mot våld's part of Bilaga 1 says. */
@Factory
class CmvRules {

    static final String PARTNERKONTAKT = "cmv-partnerkontakt";
    static final Set<String> SAMTAL_OM_VALD = Set.of("cmv-samtal-om-vald", "cmv-samtal-om-vald-ivin");

    /** 2.5: IVIN is given digitally, "i kombination med fysiska möten". */
    @Singleton
    ChannelPolicy channels() {
        return ChannelsByInsats.of(Map.of("cmv-samtal-om-vald-ivin", EnumSet.of(Channel.DIGITAL, Channel.VISIT)));
    }

    /**
     * 2.6: Partnerkontakt is for the partner of someone who "sökt insatsen samtal om våld samt samtal om våld
     * IVIN", so it may name that case, by code, within this unit only.
     */
    @Singleton
    CaseLinkPolicy links() {
        return (insats, linkedInsats) -> PARTNERKONTAKT.equals(insats) && SAMTAL_OM_VALD.contains(linkedInsats);
    }
}
