package org.socketlab.ui.narration;

import java.text.BreakIterator;
import java.util.Locale;

/** Keeps the narration from saying twice what the lesson's own words for a step already say. */
public final class Sentences {
    private Sentences() {
    }

    /** {@code text} without the sentences {@code said} already holds (compared by their letters and digits). */
    public static String without(String text, String said) {
        if (said.isEmpty()) {
            return text;
        }
        String known = letters(said);
        StringBuilder kept = new StringBuilder();
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
        sentences.setText(text);
        for (int start = sentences.first(), end = sentences.next(); end != BreakIterator.DONE;
             start = end, end = sentences.next()) {
            String sentence = text.substring(start, end);
            String core = letters(sentence);
            if (core.isEmpty() || !known.contains(core)) {
                kept.append(sentence);
            }
        }
        return kept.toString().strip();
    }

    private static String letters(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
