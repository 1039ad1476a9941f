package org.socketlab.ui.lesson;

import java.time.Duration;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** Step back's replay: the lesson's earlier steps run again, one after another, up to a position. */
final class LessonReplay {
    /** The pause between steps while Step back replays the lesson. */
    static final Duration PAUSE = Duration.ofMillis(250);

    private final ReadOnlyBooleanWrapper replaying = new ReadOnlyBooleanWrapper();
    /** The position the replay stops at; -1 when none runs. */
    private int to = -1;

    void start(int position) {
        to = position;
        replaying.set(true);
    }

    /** Stops the replay (a failed step, a restart, leaving the lesson). */
    void stop() {
        to = -1;
        replaying.set(false);
    }

    /** True once the replay has reached its position: it stops there. */
    boolean reached(int position) {
        if (to >= 0 && position >= to) {
            stop();
            return true;
        }
        return false;
    }

    boolean running() {
        return replaying.get();
    }

    ReadOnlyBooleanProperty property() {
        return replaying.getReadOnlyProperty();
    }
}
