package org.socketlab.ui.lesson;

import java.time.Duration;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.socketlab.engine.LabSnapshot;
import org.socketlab.lesson.Lesson;
import org.socketlab.ui.window.Ticker;

/**
 * A lesson's verdict, taken once: red at the first step that did not do what the lesson says, else,
 * after the last step, once the lab has been quiet for {@link #SETTLE} (the notifications the last step
 * causes come after its result), whether every promised counter holds. Nothing changes it afterwards.
 */
final class LessonVerdict {
    /** How long after the last step the verdict waits for the notifications that step causes. */
    static final Duration SETTLE = Duration.ofMillis(600);
    private static final int SETTLE_TRIES = 20;

    private final ResourceBundle text;
    private final Ticker ticker;
    private final ReadOnlyStringWrapper said = new ReadOnlyStringWrapper("");
    /** null until the verdict is taken; then whether every step ran as said and every promise held. */
    private final ReadOnlyObjectWrapper<Boolean> held = new ReadOnlyObjectWrapper<>();
    /** Batches of lab updates applied so far. */
    private long updates;

    LessonVerdict(ResourceBundle text, Ticker ticker) {
        this.text = text;
        this.ticker = ticker;
    }

    /** A step did otherwise: the verdict is red and says so, unless it was already taken. */
    void failed(String what) {
        if (held.get() == null) {
            held.set(false);
            said.set(what);
        }
    }

    /** Counts a batch of updates: the verdict waits until none arrives for {@link #SETTLE}. */
    void updated() {
        updates++;
    }

    /**
     * After the last step: takes the verdict on {@code shown}'s lab once it has been quiet, unless
     * {@code stillOpen} is false by then (the lesson was restarted or left).
     */
    void judgeWhenQuiet(Lesson lesson, Supplier<LabSnapshot> shown, BooleanSupplier stillOpen) {
        if (held.get() == null) {
            judgeWhenQuiet(lesson, shown, stillOpen, SETTLE_TRIES);
        }
    }

    private void judgeWhenQuiet(Lesson lesson, Supplier<LabSnapshot> shown, BooleanSupplier stillOpen, int tries) {
        long seen = updates;
        ticker.schedule(SETTLE, () -> {
            if (!stillOpen.getAsBoolean()) {
                return;
            }
            if (updates != seen && tries > 0) {
                judgeWhenQuiet(lesson, shown, stillOpen, tries - 1);
            } else if (held.get() == null) {
                List<String> broken = lesson.brokenPromises(shown.get());
                said.set(broken.isEmpty() ? text.getString("lesson.promises.held")
                        : text.getString("lesson.promises.broken") + " " + String.join(", ", broken));
                held.set(broken.isEmpty());
            }
        });
    }

    /** No verdict: a lesson (re)starts or is left. */
    void clear() {
        said.set("");
        held.set(null);
    }

    ReadOnlyStringProperty saidProperty() {
        return said.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Boolean> heldProperty() {
        return held.getReadOnlyProperty();
    }
}
