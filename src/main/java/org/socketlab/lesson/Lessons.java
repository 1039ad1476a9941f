package org.socketlab.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lessons that ship with SocketLab, in teaching order ({@code lessons/index.txt}), read and parsed
 * once: the window asks for them every time it draws the lesson chooser.
 */
public final class Lessons {
    private Lessons() {
    }

    /**
     * The shipped lessons' names in index order, read on first use (holder idiom) without parsing a lesson:
     * the window lists them at its start, and parsing all of them there would make the start wait.
     */
    private static final class Index {
        static final List<String> NAMES = read("index.txt").lines().map(String::strip)
                .filter(name -> !name.isEmpty() && !name.startsWith("#")).toList();
    }

    /** Parsed on first use (holder idiom): the shipped lessons by name, in index order. */
    private static final class Shipped {
        static final Map<String, Lesson> BY_NAME = load();

        private static Map<String, Lesson> load() {
            Map<String, Lesson> lessons = new LinkedHashMap<>();
            for (String name : Index.NAMES) {
                try {
                    lessons.put(name, LessonParser.parse(read(name + ".lesson")));
                } catch (LessonFormatException e) {
                    throw new IllegalStateException("shipped lesson " + name + " is broken: " + e.getMessage(), e);
                }
            }
            return Collections.unmodifiableMap(lessons);
        }
    }

    /** Parses the shipped lessons now, so that their first use does not wait (the window's start asks early). */
    public static void preload() {
        Shipped.BY_NAME.size();
    }

    /** The shipped lessons' names, e.g. {@code seed-steps}. */
    public static List<String> names() {
        return Index.NAMES;
    }

    /** A shipped lesson by name (a shipped lesson that does not parse is a bug: loading throws). */
    public static Optional<Lesson> builtIn(String name) {
        return Optional.ofNullable(Shipped.BY_NAME.get(name));
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
