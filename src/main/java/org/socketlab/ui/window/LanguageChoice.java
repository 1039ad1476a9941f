package org.socketlab.ui.window;

import java.util.Locale;
import java.util.Optional;
import java.util.prefs.Preferences;
import org.socketlab.lesson.Language;

/**
 * Which language the window speaks: {@code --lang} if given, else the Language menu's last choice (kept in
 * the user's preferences), else the system's locale (Korean for a Korean system, English otherwise).
 */
public final class LanguageChoice {
    private static final String KEY = "language";

    private LanguageChoice() {
    }

    /** The locale to start in; {@code flag} is {@code --lang}'s value, already checked. */
    public static Locale atStart(Optional<String> flag) {
        String code = flag.or(LanguageChoice::remembered).orElse(Language.codeOf(Locale.getDefault()));
        return Language.of(code).orElse(Locale.ENGLISH);
    }

    /** Remembers the Language menu's choice for the next start (not with -Dsocketlab.window.memory=false). */
    static void remember(String code) {
        memory().ifPresent(m -> m.put(KEY, code));
    }

    private static Optional<String> remembered() {
        return memory().map(m -> m.get(KEY, null)).filter(code -> Language.of(code).isPresent());
    }

    private static Optional<Preferences> memory() {
        boolean remember = !"false".equals(System.getProperty("socketlab.window.memory"));
        return remember ? Optional.of(Preferences.userRoot().node("org/socketlab/window")) : Optional.empty();
    }
}
