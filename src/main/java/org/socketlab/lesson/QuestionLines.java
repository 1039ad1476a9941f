package org.socketlab.lesson;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.socketlab.engine.Outcome;

/**
 * The question lines of a lesson file as they are read ({@code ask:}, {@code ask[ko]:}, {@code choices:},
 * {@code why:}, {@code why[ko]:}), until the {@code step:} they ask about takes them ({@link #take}).
 */
final class QuestionLines {
    private int line;
    private StringBuilder ask;
    private final Map<String, StringBuilder> asks = new HashMap<>();
    private final StringBuilder why = new StringBuilder();
    private final Map<String, StringBuilder> whys = new HashMap<>();
    private List<Outcome> choices = Question.ALL_OUTCOMES;

    /** {@code ask:} (lines join) or, with a language, its translation, which needs the {@code ask:} above it. */
    void ask(int n, String language, String value) throws LessonFormatException {
        if (language == null) {
            if (ask == null) {
                ask = new StringBuilder();
                line = n;
            }
            LessonParser.join(ask, value);
        } else {
            LessonParser.join(asks.computeIfAbsent(language, l -> new StringBuilder()), asked(n, "ask[" + language + "]", value));
        }
    }

    /** {@code choices: ok, would-block}: the outcomes offered, each once, at least two. */
    void choices(int n, String value) throws LessonFormatException {
        asked(n, "choices", value);
        List<Outcome> offered = new ArrayList<>();
        for (String word : value.split("[,\\s]+")) {
            if (word.isEmpty()) {
                continue;
            }
            Outcome outcome = Outcome.ofWord(word).orElseThrow(() -> new LessonFormatException(n,
                    "unknown choice '" + word + "' (ok, would-block or error)"));
            if (offered.contains(outcome)) {
                throw new LessonFormatException(n, "'" + word + "' is offered twice");
            }
            offered.add(outcome);
        }
        if (offered.size() < 2) {
            throw new LessonFormatException(n, "choices: offers at least two of ok, would-block, error");
        }
        choices = offered;
    }

    /** {@code why:} (lines join) or its translation. */
    void why(int n, String language, String value) throws LessonFormatException {
        LessonParser.join(language == null ? why : whys.computeIfAbsent(language, l -> new StringBuilder()),
                asked(n, "why", value));
    }

    /** The question read since the last step, for the step now read (null when none); starts over. */
    Question take() throws LessonFormatException {
        if (ask == null) {
            return null;
        }
        if (ask.length() == 0) {
            throw new LessonFormatException(line, "an empty question: write it after 'ask:'");
        }
        Question q = new Question(ask.toString(), choices, why.toString(), texts(asks), texts(whys));
        ask = null;
        asks.clear();
        why.setLength(0);
        whys.clear();
        choices = Question.ALL_OUTCOMES;
        return q;
    }

    /** The end of the file: a question no step follows is refused. */
    void end() throws LessonFormatException {
        if (ask != null) {
            throw new LessonFormatException(line, "the question is asked before a step: no 'step:' follows it");
        }
    }

    /** {@code value}, if an {@code ask:} line came first; {@code key}'s line is refused otherwise. */
    private String asked(int n, String key, String value) throws LessonFormatException {
        if (ask == null) {
            throw new LessonFormatException(n, "'" + key + ":' belongs to a question: write 'ask: ...' first");
        }
        return value;
    }

    private static Map<String, String> texts(Map<String, StringBuilder> built) {
        Map<String, String> texts = new HashMap<>();
        built.forEach((l, t) -> texts.put(l, t.toString()));
        return texts;
    }
}
