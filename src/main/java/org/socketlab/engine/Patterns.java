package org.socketlab.engine;

import java.text.MessageFormat;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A bundle's message patterns, each parsed once: a class's burst words the same few patterns thousands of
 * times (the narration, the diagram, the kernel lines). Safe on any thread: a parsed {@link MessageFormat} is
 * not, so each use formats with a clone of it.
 */
public final class Patterns {
    private final ResourceBundle text;
    private final Map<String, MessageFormat> parsed = new ConcurrentHashMap<>();

    public Patterns(ResourceBundle text) {
        this.text = text;
    }

    /** The pattern under {@code key}, in the bundle's locale, with {@code args} put in. */
    public String format(String key, Object... args) {
        MessageFormat pattern = parsed.computeIfAbsent(key,
                k -> new MessageFormat(text.getString(k), text.getLocale()));
        return ((MessageFormat) pattern.clone()).format(args);
    }
}
