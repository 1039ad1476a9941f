package org.socketlab.ui.lesson;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.socketlab.engine.StepResult;
import org.socketlab.lesson.Expect;
import org.socketlab.lesson.Lesson;
import org.socketlab.ui.cards.ButtonNames;

/** The lesson pane's list: each step by its button name, marked done, failed, current, next or later. */
final class LessonSteps {
    private final ButtonNames names;
    private final ResourceBundle text;
    private final ObservableList<LessonStepRow> rows = FXCollections.observableArrayList();
    private final ObservableList<LessonStepRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper setup = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper progressLine = new ReadOnlyStringWrapper("");
    private final List<String> what = new ArrayList<>();
    private Lesson lesson;
    private int position;

    LessonSteps(ResourceBundle text) {
        this.names = new ButtonNames(text);
        this.text = text;
    }

    void start(Lesson l) {
        lesson = l;
        what.clear();
        l.steps().forEach(i -> what.add(""));
        position = 0;
        setup.set(LessonSetupText.of(l, text));
        show();
    }

    void moveTo(int at) {
        position = at;
        show();
    }

    /**
     * Marks step {@code index} (0-based) failed and returns what it did instead, e.g. "Step 6 (7 Receive)
     * returned would-block (EAGAIN), where the lesson says ok. …".
     */
    String fail(int index, StepResult r, Lesson.Item item) {
        String said = MessageFormat.format(text.getString("lesson.step.failed"), index + 1, names.of(item.step()),
                Expect.actual(r), item.expect().shown(r));
        what.set(index, said);
        show();
        return said;
    }

    boolean failed() {
        return what.stream().anyMatch(w -> !w.isEmpty());
    }

    void clear() {
        lesson = null;
        what.clear();
        rows.clear();
        setup.set("");
        progress.set("");
        progressLine.set("");
    }

    ObservableList<LessonStepRow> rows() {
        return rowsView;
    }

    private void show() {
        List<LessonStepRow> shown = new ArrayList<>();
        List<Lesson.Item> steps = lesson.steps();
        // Once the last step has run the lesson is complete: every step that ran as said is done (✓).
        boolean complete = position >= steps.size();
        for (int i = 0; i < steps.size(); i++) {
            LessonStepRow.Mark mark = !what.get(i).isEmpty() ? LessonStepRow.Mark.FAILED
                    : i < position - 1 || complete ? LessonStepRow.Mark.DONE
                    : i == position - 1 ? LessonStepRow.Mark.CURRENT
                    : i == position ? LessonStepRow.Mark.NEXT : LessonStepRow.Mark.LATER;
            shown.add(new LessonStepRow(i + 1, names.of(steps.get(i).step()), mark, what.get(i)));
        }
        rows.setAll(shown);
        int at = Math.min(position, steps.size());
        progress.set(MessageFormat.format(text.getString("lesson.progress"), at, steps.size()));
        progressLine.set(progress.get() + " · " + (at == steps.size() ? text.getString("lesson.done")
                : MessageFormat.format(text.getString("lesson.next"), names.of(steps.get(at).step()))));
    }

    /** "Step 3 of 7 · Next: 4 Connect", or "… · Lesson complete."; "" with no lesson. */
    ReadOnlyStringProperty progressLineProperty() {
        return progressLine.getReadOnlyProperty();
    }

    /** The lesson's pinned settings in words (see {@link LessonViewModel#setupProperty()}). */
    ReadOnlyStringProperty setupProperty() {
        return setup.getReadOnlyProperty();
    }
}
