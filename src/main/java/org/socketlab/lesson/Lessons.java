package org.socketlab.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The lessons that ship with SocketLab, in teaching order ({@code lessons/index.txt}). */
public final class Lessons {
    private Lessons() {
    }

    /** The shipped lessons' names, e.g. {@code seed-steps}. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        for (String line : read("index.txt").split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                names.add(line.strip());
            }
        }
        return names;
    }

    /** A shipped lesson by name; a shipped lesson that does not parse is a bug, so it throws. */
    public static Optional<Lesson> builtIn(String name) {
        if (!names().contains(name)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LessonParser.parse(read(name + ".lesson")));
        } catch (LessonFormatException e) {
            throw new IllegalStateException("shipped lesson " + name + " is broken: " + e.getMessage(), e);
        }
    }

    private static String read(String file) {
        try (InputStream in = Lessons.class.getResourceAsStream("/lessons/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource lessons/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
