package org.socketlab.lesson;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The languages SocketLab speaks: English and Korean. The window and the player choose one at start
 * ({@code --lang en|ko}, else the Language menu's last choice, else the system's locale) and make it the
 * default locale; every text bundle is then read in it, falling back to English, never to another language.
 */
public final class Language {
    /** The languages, by their ISO 639 codes, in the order the Language menu lists them. */
    public static final List<String> CODES = List.of("en", "ko");
    /** Looks up a bundle in the asked locale, then English (the base bundle), never the default locale. */
    public static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Language() {
    }

    /** The locale for a code: {@code en} is English (the base bundles), {@code ko} Korean. */
    public static Optional<Locale> of(String code) {
        return CODES.contains(code) ? Optional.of(Locale.forLanguageTag(code)) : Optional.empty();
    }

    /** The language SocketLab speaks in for a locale: Korean for any Korean locale, English otherwise. */
    public static String codeOf(Locale locale) {
        return CODES.contains(locale.getLanguage()) ? locale.getLanguage() : "en";
    }
}
