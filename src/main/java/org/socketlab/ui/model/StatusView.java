package org.socketlab.ui.model;

import java.util.ResourceBundle;
import java.util.StringJoiner;
import org.socketlab.engine.Outcome;
import org.socketlab.engine.StepResult;
import org.socketlab.engine.Wsa;

/**
 * What a status field shows for one step (all "" before any click): a summary of outcome, errno and
 * WSA code, what Java returned or threw, and the one-line explanation.
 */
public record StatusView(Outcome outcome, String summary, String java, String explanation) {
    public static final StatusView NONE = new StatusView(null, "", "", "");

    public static StatusView of(StepResult r, ResourceBundle text) {
        StringJoiner summary = new StringJoiner(" · ");
        summary.add(text.getString("outcome." + r.outcome().word()));
        if (!r.errno().isEmpty()) {
            summary.add(r.errno());
        }
        if (r.wsa() != Wsa.NONE) {
            summary.add(r.wsa().describe());
        }
        return new StatusView(r.outcome(), summary.toString(), r.java(), r.message());
    }

    /** Everything but the explanation on one line, e.g. for the event log. */
    public String headline() {
        if (outcome == null) {
            return "";
        }
        int firstDot = summary.indexOf(" · ");
        return firstDot < 0 ? summary + " · " + java
                : summary.substring(0, firstDot) + " · " + java + summary.substring(firstDot);
    }

    /** The CSS style class for the outcome: {@code outcome-ok}, {@code outcome-would-block}, {@code outcome-error}. */
    public String styleClass() {
        return outcome == null ? "outcome-none" : "outcome-" + outcome.word();
    }
}
