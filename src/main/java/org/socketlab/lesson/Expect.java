package org.socketlab.lesson;

import java.util.regex.Pattern;
import org.socketlab.engine.Operation;
import org.socketlab.engine.Outcome;
import org.socketlab.engine.StepResult;

/**
 * What a lesson says one of its steps does ({@code step: 7 -> would-block}): an outcome ({@code ok},
 * {@code would-block}, {@code error}) or an errno name ({@code ECONNRESET}). A step line that says nothing
 * expects the call to succeed: {@code ok}, or for Connect its normal "in progress" answer, would-block.
 *
 * @param word the declared outcome or errno, or "" for the default
 */
public record Expect(String word) {
    public static final Expect DEFAULT = new Expect("");
    static final Pattern WORD = Pattern.compile("ok|would-block|error|E[A-Z0-9]{2,20}");

    /** Whether the step's result is what the lesson says. */
    public boolean accepts(StepResult r) {
        if (word.isEmpty()) {
            return r.outcome() == Outcome.OK
                    || r.outcome() == Outcome.WOULD_BLOCK && r.step().operation() == Operation.CONNECT;
        }
        if (WORD.matcher(word).matches() && word.startsWith("E")) {
            return word.equals(r.errno());
        }
        return word.equals(r.outcome().word());
    }

    /** The expectation in words for a verdict, e.g. {@code would-block} or, by default, {@code ok}. */
    public String shown(StepResult r) {
        if (!word.isEmpty()) {
            return word;
        }
        return r.step().operation() == Operation.CONNECT ? "ok / would-block" : "ok";
    }

    /** The result in the same words, e.g. {@code error (ECONNRESET)} or {@code would-block (EAGAIN)}. */
    public static String actual(StepResult r) {
        return r.errno().isEmpty() ? r.outcome().word() : r.outcome().word() + " (" + r.errno() + ")";
    }
}
