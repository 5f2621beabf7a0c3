package se.jamtland.unit.advisory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.jamtland.unit.vocabulary.AskedBy;
import se.jamtland.events.Channel;
import se.jamtland.unit.vocabulary.TopicCode;
import se.jamtland.events.Vocabulary;
import se.jamtland.unit.visitor.VisitorCode;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An advisory contact as staff register it. {@code age} and {@code legalGender} are only passed to the villkor
 * decision and never stored; the record keeps the age band. A child under 15 needs a guardian's consent
 * ({@code guardianConsentGiven}), as for any insats (Bilaga 1, avsnitt 1); only the fact is checked, nothing
 * about the guardian is recorded. {@code visitorCode} (optional) is a code the visitor chooses and says at each
 * visit, so the unit can tell a first visit from a repeat without knowing who it is (issue 11): it is hashed with
 * the unit's key at once and never stored, logged or sent.
 */
@Serdeable
public record RecordAdvisoryContactCommand(
        @NotBlank(message = "Ange insatsens id.") @Size(max = 64, message = "Högst 64 tecken.") String insats,
        @Nullable LocalDate date,
        @NotNull(message = "Ange kanal: PHONE, CHAT, VISIT, VIDEO eller DIGITAL.") Channel channel,
        @NotNull(message = "Ange vem som frågade: SELF, RELATIVE, PROFESSIONAL eller OTHER.") AskedBy askedBy,
        @Nullable @Min(value = 0, message = "Ålder kan inte vara negativ.")
        @Max(value = 130, message = "Ålder måste vara högst 130 år.") Integer age,
        @Nullable @Pattern(regexp = "FEMALE|MALE", message = "FEMALE eller MALE.") String legalGender,
        @Nullable @Pattern(regexp = Vocabulary.AGE_BAND_PATTERN, message = "En åldersgrupp ur vokabulären.")
        String ageBand,
        @Nullable @Pattern(regexp = Vocabulary.GENDER_PATTERN, message = "female, male, other eller unknown.")
        String gender,
        @Nullable @Pattern(regexp = Vocabulary.KOMMUN_PATTERN, message = "En kommunkod i länet, other eller unknown.")
        String kommun,
        @Nullable @Size(max = 10, message = "Högst 10 ämneskoder.")
        List<@NotNull(message = "En ämneskod ur listan, inte null.") TopicCode> topicCodes,
        @Nullable @Min(value = 1, message = "Minst 1 minut.") @Max(value = 600, message = "Högst 600 minuter.")
        Integer durationMinutes,
        @Nullable @Min(value = 1, message = "Minst 1.") @Max(value = 100, message = "Högst 100.")
        Integer participantCount,
        @Nullable Boolean guardianConsentGiven,
        @Nullable @Schema(description = "Valfri besökskod som besökaren själv väljer och säger vid varje besök, så "
                + "att enheten kan räkna första och återkommande besök. Sparas aldrig: enheten behåller bara en "
                + "nyckelad hash, och bara ja/nej för första besök går vidare till länets statistik.")
        @Size(min = VisitorCode.MIN_LENGTH, max = VisitorCode.MAX_LENGTH, message = VisitorCode.MESSAGE)
        @Pattern(regexp = VisitorCode.PATTERN, message = VisitorCode.MESSAGE) String visitorCode) {

    public RecordAdvisoryContactCommand {
        visitorCode = visitorCode == null ? null : VisitorCode.composed(visitorCode);
    }

    /** Every text field, for the identity guard: even a code field must not smuggle in who someone is. */
    public Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("insats", insats);
        texts.put("legalGender", legalGender);
        texts.put("ageBand", ageBand);
        texts.put("gender", gender);
        texts.put("kommun", kommun);
        // A visitor may choose their personnummer, a phone number or their name as "their" code: the unit's key
        // would then turn identity into a pseudonym anyone holding the key could recompute from a list of people,
        // which 14 kap. 4 § SoL does not allow for an advisory contact. Refused as in any code field, unechoed.
        texts.put("visitorCode", visitorCode);
        return texts;
    }

    /** Every field but the visitor code, which no log, exception or debugger view may show. */
    @Override
    public String toString() {
        return "RecordAdvisoryContactCommand[insats=" + insats + ", date=" + date + ", channel=" + channel
                + ", askedBy=" + askedBy + ", age=" + age + ", legalGender=" + legalGender + ", ageBand=" + ageBand
                + ", gender=" + gender + ", kommun=" + kommun + ", topicCodes=" + topicCodes + ", durationMinutes="
                + durationMinutes + ", participantCount=" + participantCount + ", guardianConsentGiven="
                + guardianConsentGiven + ", visitorCode=" + (visitorCode == null ? "null" : "(dold)") + "]";
    }
}
