package se.jamtland.runtime;

/**
 * The system properties that choose a service's log format (read by {@code logback-service.xml}, which every
 * service's logback.xml includes). Unset, a service writes JSON lines, its production format.
 */
public final class LogFormat {

    /** {@value #READABLE} gives one readable line per event; any other value, or none, gives JSON. */
    public static final String FORMAT_PROPERTY = "log.format";

    public static final String READABLE = "readable";

    /** The service's name in each readable line. */
    public static final String SERVICE_PROPERTY = "log.service";

    /** The readable line's service column: the longest service name, familjeradgivning-service. */
    public static final int SERVICE_WIDTH = 25;

    private LogFormat() {
    }
}
