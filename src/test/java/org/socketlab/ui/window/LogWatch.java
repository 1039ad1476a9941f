package org.socketlab.ui.window;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * What would reach the log while it watches: every exception no one caught (on the JavaFX thread, e.g. a
 * control refusing a click, or any other), every record logged with an exception, and every CSS warning
 * (a looked-up colour that does not resolve, in any scene, popups included).
 */
final class LogWatch implements AutoCloseable {
    /** JavaFX logs through java.util.logging under these names; "javafx.css" is the stylesheets'. */
    private static final String JAVAFX = "javafx";
    private static final String CSS = "javafx.css";

    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final Logger javafx = Logger.getLogger(JAVAFX); // held: a logger nobody holds may be collected
    private final Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
    private final Handler handler = new Handler() {
        private final SimpleFormatter format = new SimpleFormatter();

        @Override
        public void publish(LogRecord r) {
            if (r.getThrown() != null || CSS.equals(r.getLoggerName())) {
                seen.add(r.getLevel() + " " + r.getLoggerName() + ": " + format.formatMessage(r)
                        + (r.getThrown() == null ? "" : " " + r.getThrown()));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private LogWatch() {
        javafx.addHandler(handler);
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            seen.add("uncaught on " + thread.getName() + ": " + e);
            if (before != null) {
                before.uncaughtException(thread, e);
            } else {
                e.printStackTrace();
            }
        });
    }

    static LogWatch start() {
        return new LogWatch();
    }

    /** What was logged so far, each said in one line. */
    List<String> seen() {
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        javafx.removeHandler(handler);
        Thread.setDefaultUncaughtExceptionHandler(before);
    }
}
