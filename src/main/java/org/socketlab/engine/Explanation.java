package org.socketlab.engine;

import java.util.Arrays;
import java.util.List;

/**
 * A sentence of the engine's explanations, not yet formatted: its key in {@code explanations.properties}
 * and its arguments. Whoever shows it formats it ({@link Explain#text(Explanation)}).
 */
public record Explanation(String key, List<Object> args) {

    public Explanation {
        args = List.copyOf(args);
    }

    public static Explanation of(String key, Object... args) {
        return new Explanation(key, Arrays.asList(args));
    }
}
