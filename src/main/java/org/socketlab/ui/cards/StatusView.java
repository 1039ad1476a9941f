package org.socketlab.ui.cards;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import org.socketlab.engine.Call;
import org.socketlab.engine.Outcome;
import org.socketlab.engine.StepResult;
import org.socketlab.engine.Errno;
import org.socketlab.engine.Wsa;
import org.socketlab.os.OsKind;

/**
 * What a status field shows for one step: a summary of outcome, errno and WSA code, what Java returned or
 * threw, and the one-line explanation; plus when it was given and whether it still applies.
 *
 * <ul>
 *   <li>{@code outcome}: OK, WOULD BLOCK or ERROR; {@code null} before any click, and for a hint (see
 *   {@link #isHint()}). A view maps it to a style class itself; no style is decided from the text.</li>
 *   <li>{@code number}: the click number, the lab-wide count of step results the window has applied (1, 2,
 *   3…), so a repeated identical click gives a different (non-equal) status and a view can flash it; 0 for
 *   {@link #NONE}. For a hint, the count of hints given so far.</li>
 *   <li>{@code time}: when the step ran, local {@code HH:mm:ss.SSS}; "" for {@link #NONE}.</li>
 *   <li>{@code stale}: the answer was given before its socket last changed state, so it may no longer
 *   apply (a view dims it).</li>
 * </ul>
 */
public record StatusView(Outcome outcome, String summary, String java, String explanation, long number, String time,
                         boolean stale) {
    /** No click yet: every text "", number 0. */
    public static final StatusView NONE = new StatusView(null, "", "", "", 0, "", false);

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    /** The status of a step, unnumbered (number 0): for texts that need no freshness, e.g. the event log. */
    public static StatusView of(StepResult r, ResourceBundle text) {
        return of(r, text, 0);
    }

    /** The status of a step with its click number. */
    public static StatusView of(StepResult r, ResourceBundle text, long number) {
        return new StatusView(r.outcome(), summary(r, text), calls(r), r.message(), number, clock(r.time()), false);
    }

    /** What {@link #headline()} of the step's status says, without putting its explanation into words. */
    public static String headline(StepResult r, ResourceBundle text) {
        return new StatusView(r.outcome(), summary(r, text), calls(r), "", 0, "", false).headline();
    }

    private static String summary(StepResult r, ResourceBundle text) {
        StringJoiner summary = new StringJoiner(" · ");
        summary.add(text.getString("outcome." + r.outcome().word()));
        if (!r.errno().isEmpty()) {
            summary.add(Errno.describe(r.errno(), OsKind.current()));
        }
        if (r.wsa() == Wsa.UNCLASSIFIED) {
            summary.add(text.getString("counter.code.unclassified"));
        } else if (r.wsa() != Wsa.NONE) {
            summary.add(r.wsa().describe());
        }
        return summary.toString();
    }

    /**
     * A plain sentence that is no step's answer (no call was made, nothing was asked of the lab), e.g. why
     * a key has nothing to do in this window's role: no outcome, no summary, no Java line.
     */
    public static StatusView hint(String sentence, long number, Instant time) {
        return new StatusView(null, "", "", sentence, number, clock(time), false);
    }

    /** The local time of day as {@code HH:mm:ss.SSS}. */
    static String clock(Instant time) {
        return CLOCK.format(time.atZone(ZoneId.systemDefault()));
    }

    /** One call as Java would say it; several in short, so the last of them (often close()) still shows. */
    private static String calls(StepResult r) {
        if (r.calls().size() < 2) {
            return r.java();
        }
        return r.calls().stream().map(Call::shortText).collect(Collectors.joining("; "));
    }

    /** The same answer, marked as given before its socket last changed state. */
    public StatusView withStale() {
        return stale ? this : new StatusView(outcome, summary, java, explanation, number, time, true);
    }

    /** True for a plain sentence that answers no step (see {@link #hint}); its text is the explanation. */
    public boolean isHint() {
        return outcome == null && !explanation.isEmpty();
    }

    /** When and as which click this answer came, e.g. "#7 · 08:15:02.114"; a hint shows its time only; "" for NONE. */
    public String stamp() {
        if (outcome == null) {
            return time;
        }
        return "#" + number + " · " + time;
    }

    /** Everything but the explanation on one line, e.g. for the event log; a hint's sentence; "" for NONE. */
    public String headline() {
        if (outcome == null) {
            return explanation;
        }
        int firstDot = summary.indexOf(" · ");
        return firstDot < 0 ? summary + " · " + java
                : summary.substring(0, firstDot) + " · " + java + summary.substring(firstDot);
    }

    /**
     * The CSS style class for the outcome: {@code outcome-none}, {@code outcome-ok}, {@code outcome-would-block},
     * {@code outcome-error}.
     *
     * @deprecated the view maps {@link #outcome()} to its style classes itself; kept until no caller is left
     */
    @Deprecated
    public String styleClass() {
        return outcome == null ? "outcome-none" : "outcome-" + outcome.word();
    }
}
