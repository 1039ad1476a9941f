package org.socketlab.lesson;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.socketlab.os.OsKind;

/**
 * What a lesson says about the operating systems its promises hold on, in one language: the line the player
 * prints instead of running a lesson whose promises do not hold on this system, the window's reason for not
 * opening it, and the mark beside its title in the chooser. Texts: {@code narration.properties}, keys
 * {@code os.*} and {@code lesson.os.*}.
 */
public final class LessonSystems {
    private final ResourceBundle text;

    public LessonSystems(Locale locale) {
        text = ResourceBundle.getBundle("org.socketlab.lesson.narration", locale, Language.NO_FALLBACK);
    }

    /** The system's name as a reader knows it: Linux, macOS, Windows, or "another system". */
    public String name(OsKind os) {
        return text.getString("os." + os.word());
    }

    /** The systems a lesson names, e.g. "Linux and macOS"; "" for a lesson that holds on every system. */
    public String names(Lesson lesson) {
        List<String> names = lesson.oses().stream().sorted().map(this::name).toList();
        if (names.size() < 2) {
            return String.join("", names);
        }
        String first = String.join(", ", names.subList(0, names.size() - 1));
        return format("os.two", first, names.get(names.size() - 1));
    }

    /** The player's line for a lesson it does not run on {@code os}: where its promises hold, and what this is. */
    public String skipped(Lesson lesson, OsKind os) {
        return format("lesson.os.skipped", names(lesson), name(os));
    }

    /** The window's reason for not opening a lesson on {@code os}, starting with the lesson's title. */
    public String unavailable(Lesson lesson, OsKind os) {
        return format("lesson.os.unavailable", names(lesson), name(os), lesson.title());
    }

    /** A lesson's title as the chooser lists it on {@code os}: marked when its promises do not hold there. */
    public String title(Lesson lesson, OsKind os) {
        return lesson.holdsOn(os) ? lesson.title() : format("lesson.os.title", lesson.title(), names(lesson));
    }

    private String format(String key, Object... args) {
        return new MessageFormat(text.getString(key), text.getLocale()).format(args);
    }
}
