package org.socketlab.ui.model;

import java.util.ResourceBundle;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import org.socketlab.engine.Call;
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
        return new StatusView(r.outcome(), summary.toString(), calls(r), r.message());
    }

    /** One call as Java would say it; several in short, so the last of them (often close()) still shows. */
    private static String calls(StepResult r) {
        if (r.calls().size() < 2) {
            return r.java();
        }
        return r.calls().stream().map(Call::shortText).collect(Collectors.joining("; "));
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
