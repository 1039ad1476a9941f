package org.socketlab.ui.lesson;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.socketlab.lesson.Lesson;
import org.socketlab.lesson.LessonFiles;
import org.socketlab.lesson.LessonFormatException;
import org.socketlab.lesson.Lessons;

/** Where the open lesson came from, shipped (by name) or a file, and every lesson in the window's language. */
final class LessonSource {
    private final Locale locale;
    /** The open shipped lesson's name; null for a lesson from a file or none. */
    private String shippedName;

    LessonSource(Locale locale) {
        this.locale = locale;
    }

    Optional<Lesson> shipped(String name) {
        Optional<Lesson> found = Lessons.builtIn(name).map(l -> l.in(locale));
        found.ifPresent(l -> shippedName = name);
        return found;
    }

    Lesson file(Path file) throws LessonFormatException {
        Lesson l = LessonFiles.read(file).in(locale);
        shippedName = null;
        return l;
    }

    void forget() {
        shippedName = null;
    }

    String shippedName() {
        return shippedName;
    }

    List<String> names() {
        return Lessons.names();
    }

    String titleOf(String name) {
        return Lessons.builtIn(name).map(l -> l.in(locale).title()).orElse(name);
    }
}
