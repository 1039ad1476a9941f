package org.socketlab.lesson;

import java.util.List;
import java.util.Map;
import org.socketlab.engine.Outcome;

/**
 * What a lesson asks the class before one of its steps runs ({@code ask:} in the lesson file): the
 * question in the teacher's words, the outcomes offered as answers ({@code choices:}, all three when the
 * file names none), and why the real answer is what it is ({@code why:}, shown after the step has run).
 * The right answer is never written down: the real call decides it. Texts have translations by language
 * ({@code ask[ko]:}, {@code why[ko]:}).
 */
public record Question(String ask, List<Outcome> choices, String why, Map<String, String> asks,
                       Map<String, String> whys) {
    public static final List<Outcome> ALL_OUTCOMES = List.of(Outcome.OK, Outcome.WOULD_BLOCK, Outcome.ERROR);

    public Question {
        choices = List.copyOf(choices);
        asks = Map.copyOf(asks);
        whys = Map.copyOf(whys);
    }

    /** The question with its texts in {@code language} ({@code ko}) where it has them, English elsewhere. */
    public Question in(String language) {
        return new Question(asks.getOrDefault(language, ask), choices, whys.getOrDefault(language, why), asks, whys);
    }
}
