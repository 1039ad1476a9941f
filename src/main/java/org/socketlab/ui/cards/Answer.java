package org.socketlab.ui.cards;

import java.util.ResourceBundle;
import org.socketlab.engine.Outcome;
import org.socketlab.engine.StepResult;

/**
 * A step's answer on a card as the card keeps it: its outcome and click number at once, its words (a
 * {@link StatusView}) only when the card shows it. A burst answers a button hundreds of times between two
 * frames; only the last answer is ever shown, so only it is put into words.
 */
final class Answer {
    static final Answer NONE = new Answer(null, 0, null, false, StatusView.NONE);

    private final StepResult result;
    private final long number;
    private final ResourceBundle text;
    private final boolean stale;
    private StatusView worded;

    private Answer(StepResult result, long number, ResourceBundle text, boolean stale, StatusView worded) {
        this.result = result;
        this.number = number;
        this.text = text;
        this.stale = stale;
        this.worded = worded;
    }

    /** The answer to a step, with its click number. */
    static Answer of(StepResult result, long number, ResourceBundle text) {
        return new Answer(result, number, text, false, null);
    }

    /** Null for no answer (after Reset, before the first step). */
    Outcome outcome() {
        return result == null ? null : result.outcome();
    }

    long number() {
        return number;
    }

    /** The same answer, given before the socket's last change of state. */
    Answer withStale() {
        return stale || result == null ? this : new Answer(result, number, text, true, null);
    }

    /** The answer in words; the same instance each time it is asked. */
    StatusView view() {
        if (worded == null) {
            StatusView fresh = StatusView.of(result, text, number);
            worded = stale ? fresh.withStale() : fresh;
        }
        return worded;
    }
}
