package org.socketlab.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** Opens a lesson from a file, or a shipped lesson by name. */
public final class LessonFiles {
    private LessonFiles() {
    }

    /**
     * The regular file at {@code fileOrName}, else the shipped lesson of that name; anything else that
     * exists there (a directory, a device, a pipe) is refused saying what it is.
     */
    public static Lesson load(String fileOrName) throws LessonFormatException {
        Path file = Path.of(fileOrName);
        if (Files.isRegularFile(file)) {
            return read(file);
        }
        var shipped = Lessons.builtIn(fileOrName);
        if (shipped.isPresent()) {
            return shipped.get();
        }
        if (Files.exists(file)) {
            return read(file);
        }
        throw new LessonFormatException(0,
                "no such file, and no shipped lesson of that name (" + String.join(", ", Lessons.names()) + ")");
    }

    /**
     * Reads a lesson file. Only a regular file is opened (a FIFO would block, a device never end), and
     * at most one byte more than {@link LessonParser#MAX_BYTES} is read, whatever size the file reports.
     */
    public static Lesson read(Path file) throws LessonFormatException {
        try {
            BasicFileAttributes kind = Files.readAttributes(file, BasicFileAttributes.class);
            if (kind.isDirectory()) {
                throw new LessonFormatException(0, "is a directory");
            }
            if (!kind.isRegularFile()) {
                throw new LessonFormatException(0, "is not a regular file (a device, a pipe…)");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in);
            }
        } catch (IOException e) {
            throw new LessonFormatException(0, "cannot read the file: " + e.getMessage());
        }
    }

    /** Parses what {@code in} holds, reading at most {@code MAX_BYTES + 1} bytes: one more is too many. */
    static Lesson read(InputStream in) throws IOException, LessonFormatException {
        return LessonParser.parse(in.readNBytes(LessonParser.MAX_BYTES + 1));
    }
}
