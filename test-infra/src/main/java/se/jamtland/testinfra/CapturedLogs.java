package se.jamtland.testinfra;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

import java.util.List;

/** Every log line of the test JVM from now on, to prove personal data never reaches a log. */
public class CapturedLogs implements AutoCloseable {

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    public CapturedLogs() {
        appender.start();
        root.addAppender(appender);
    }

    /**
     * Each event's formatted message with its stack trace, as an appender would write it. Read from a copy taken
     * under the appender's lock (events()): a service's threads may still be appending.
     */
    public List<String> lines() {
        return events().stream()
                .map(event -> event.getFormattedMessage()
                        + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy())))
                .toList();
    }

    /**
     * Each event as logback holds it, for what a line carries besides its message (the trace id in its MDC). A
     * copy taken under the appender's own lock: a service's threads may still be appending.
     */
    public List<ILoggingEvent> events() {
        synchronized (appender) {
            return List.copyOf(appender.list);
        }
    }

    @Override
    public void close() {
        root.detachAppender(appender);
    }
}
