package org.socketlab.engine;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The engine's plain-language explanations, from {@code explanations.properties}. */
public final class Explain {
    private static final String BUNDLE = "org.socketlab.engine.explanations";

    private Explain() {
    }

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** The explanation in the language SocketLab was started in (the default locale). */
    public static String text(String key, Object... args) {
        return in(Locale.getDefault(), key, args);
    }

    /** The explanation in {@code locale}'s language, English where it has none. */
    public static String in(Locale locale, String key, Object... args) {
        ResourceBundle bundle = BUNDLES.computeIfAbsent(locale,
                l -> ResourceBundle.getBundle(BUNDLE, l, NO_FALLBACK));
        try {
            String pattern = bundle.getString(key);
            if (args.length == 0) {
                return pattern;
            }
            // parsed once per pattern; a MessageFormat is not safe to share between threads, its clone is
            MessageFormat parsed = FORMATS.computeIfAbsent(pattern, p -> new MessageFormat(p, Locale.ROOT));
            return ((MessageFormat) parsed.clone()).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /**
     * The bundles and parsed patterns used so far: a class's window words every step, and looking them up
     * anew each time was most of what a step cost the screen.
     */
    private static final Map<Locale, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();
    private static final Map<String, MessageFormat> FORMATS = new ConcurrentHashMap<>();

    /** Formats one explanation. */
    public static String text(Explanation e) {
        return text(e.key(), e.args().toArray());
    }

    /** Formats one explanation in {@code locale}'s language. */
    public static String in(Locale locale, Explanation e) {
        return in(locale, e.key(), e.args().toArray());
    }

    /** True when the bundle has the key (used by the tests that every key exists). */
    public static boolean has(String key) {
        return ResourceBundle.getBundle(BUNDLE, Locale.ROOT, NO_FALLBACK).containsKey(key);
    }
}
