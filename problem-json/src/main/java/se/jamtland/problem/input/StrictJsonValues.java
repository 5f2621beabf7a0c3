package se.jamtland.problem.input;

import io.micronaut.context.annotation.Factory;
import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;

/**
 * JSON values read as what the API documents them to be, and nothing else: a number where a number belongs (not
 * "12", not true, not 1.5 for a whole number, not 2^63 for an int), a boolean where a boolean belongs, a string
 * where a string belongs (not 123, not ["x"]), a date as an {@link AcceptedDates accepted date}. The framework's
 * own readers coerce between these, so a wrong type used to be stored as something the caller never sent.
 * Each refusal names no value; the problem then names the field.
 */
@Factory
public class StrictJsonValues {

    @Singleton
    Deserializer<Integer> integers() {
        return (decoder, context, type) -> integral(decoder, type, Integer.MIN_VALUE, Integer.MAX_VALUE).intValue();
    }

    @Singleton
    Deserializer<Long> longs() {
        return (decoder, context, type) -> integral(decoder, type, Long.MIN_VALUE, Long.MAX_VALUE).longValue();
    }

    @Singleton
    Deserializer<Boolean> booleans() {
        return (decoder, context, type) -> {
            JsonNode node = decoder.decodeNode();
            if (!node.isBoolean()) {
                throw refused(decoder, type, "a boolean");
            }
            return node.getBooleanValue();
        };
    }

    @Singleton
    Deserializer<String> strings() {
        return (decoder, context, type) -> {
            JsonNode node = decoder.decodeNode();
            if (!node.isString() || !AcceptedText.isAccepted(node.getStringValue())) {
                throw refused(decoder, type, "text without control characters or broken characters");
            }
            return node.getStringValue();
        };
    }

    @Singleton
    Deserializer<LocalDate> dates() {
        return (decoder, context, type) -> {
            JsonNode node = decoder.decodeNode();
            if (!node.isString()) {
                throw refused(decoder, type, "a date");
            }
            return AcceptedDates.parse(node.getStringValue())
                    .orElseThrow(() -> refused(decoder, type, "a date from 1900 to 2099"));
        };
    }

    private static BigInteger integral(Decoder decoder, Argument<?> type, long min, long max) throws IOException {
        JsonNode node = decoder.decodeNode();
        Number number = node.isNumber() ? node.getNumberValue() : null;
        if (number == null || number instanceof Double || number instanceof Float || number instanceof BigDecimal) {
            throw refused(decoder, type, "a whole number");
        }
        BigInteger value = number instanceof BigInteger big ? big : BigInteger.valueOf(number.longValue());
        if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
            throw refused(decoder, type, "a whole number in range");
        }
        return value;
    }

    /** The message says what was expected, never what came. */
    private static IOException refused(Decoder decoder, Argument<?> type, String expected) {
        return decoder.createDeserializationException("Expected " + expected + " for " + type.getName(), null);
    }
}
