package org.socketlab.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens a lesson from a file, or a shipped lesson by name. */
public final class LessonFiles {
    private LessonFiles() {
    }

    /** A readable file at {@code fileOrName}, else the shipped lesson of that name. */
    public static Lesson load(String fileOrName) throws LessonFormatException {
        Path file = Path.of(fileOrName);
        if (Files.isRegularFile(file)) {
            return read(file);
        }
        return Lessons.builtIn(fileOrName).orElseThrow(() -> new LessonFormatException(0,
                "no such file, and no shipped lesson of that name (" + String.join(", ", Lessons.names()) + ")"));
    }

    public static Lesson read(Path file) throws LessonFormatException {
        try {
            if (Files.size(file) > LessonParser.MAX_BYTES) {
                throw new LessonFormatException(0, "the file is larger than " + LessonParser.MAX_BYTES / 1024 + " KiB");
            }
            return LessonParser.parse(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new LessonFormatException(0, "cannot read the file: " + e.getMessage());
        }
    }
}
