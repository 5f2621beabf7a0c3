package se.jamtland.unit.intake;

import se.jamtland.unit.policy.ChannelsOffered;

/** A contact through a channel the catalog's insats names (2.5 IVIN, 3.1 Rådgivande samtal); others take any. */
final class ChannelOfTheInsats implements IntakePolicy {

    @Override
    public IntakeResult check(Intake intake) {
        if (intake.request().channel() == null) {
            return IntakeResult.ALLOWED;
        }
        return ChannelsOffered.refusal(intake.insats().allowedChannels(), intake.request().channel(), "channel")
                .map(IntakeResult::refused)
                .orElse(IntakeResult.ALLOWED);
    }
}
