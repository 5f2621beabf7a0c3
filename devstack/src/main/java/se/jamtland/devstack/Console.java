package se.jamtland.devstack;

import se.jamtland.runtime.LogFormat;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * devstack's console: one line per event, time, source, level, message, the same columns as a service's readable
 * log line (service-runtime's logback-service.xml), so the output of seven JVMs reads as one log (issue 9 §6).
 */
final class Console {

    static final String DEVSTACK = "devstack";

    /** How a service's readable line begins (HH:mm:ss.SSS); other output is put into the same columns. */
    private static final Pattern READABLE_LINE = Pattern.compile("^\\d{2}:\\d{2}:\\d{2}\\.\\d{3} ");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    /** Output that is not a log line (a JVM warning, a class-path dump) is cut here, so one line stays one line. */
    static final int MAX_RAW_LENGTH = 300;

    private Console() {
    }

    static String line(String source, String level, String message) {
        return String.format("%s %-" + LogFormat.SERVICE_WIDTH + "s %-5s %s", LocalTime.now().format(TIME), source,
                level, message);
    }

    /** A line a service wrote: its own readable log line as it is, anything else given the same columns. */
    static String fromService(String service, String output) {
        if (READABLE_LINE.matcher(output).find()) {
            return output;
        }
        String message = output.length() > MAX_RAW_LENGTH ? output.substring(0, MAX_RAW_LENGTH) + " …" : output;
        return line(service, "OUT", message);
    }

    static void info(String message) {
        System.out.println(line(DEVSTACK, "INFO", message));
    }

    static void error(String message) {
        System.err.println(line(DEVSTACK, "ERROR", message));
    }
}
