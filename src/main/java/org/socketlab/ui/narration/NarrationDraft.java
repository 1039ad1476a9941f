package org.socketlab.ui.narration;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;
import org.socketlab.engine.NotificationEvent;
import org.socketlab.engine.Step;

/**
 * What the narration will show once published: kept in plain fields, and put into words only when shown, so
 * that a batch of many steps costs the words of its newest step alone.
 */
final class NarrationDraft {
    private final int eventsKept;
    String heading = "";
    String lessonWords = "";
    private Supplier<String> explanation = () -> "";
    private String explained;
    /** The notifications since the newest step, oldest first, at most {@code eventsKept}. */
    final Deque<NotificationEvent> events = new ArrayDeque<>();
    boolean eventsChanged;
    /** The step whose call the code pane shows (null: none). */
    Step codeOf;
    boolean codeChanged;

    NarrationDraft(int eventsKept) {
        this.eventsKept = eventsKept;
    }

    /** A new heading and words, no notifications yet, no explanation yet, the call of {@code step} (null: none). */
    void start(String title, String words, Step step) {
        heading = title;
        lessonWords = words;
        explain(() -> "");
        clearEvents();
        codeOf = step;
        codeChanged = true;
    }

    /** The explanation, made only if it is shown. */
    void explain(Supplier<String> words) {
        explanation = words;
        explained = null;
    }

    String explanation() {
        if (explained == null) {
            explained = explanation.get();
        }
        return explained;
    }

    void event(NotificationEvent e) {
        events.addLast(e);
        if (events.size() > eventsKept) {
            events.removeFirst();
        }
        eventsChanged = true;
    }

    private void clearEvents() {
        if (!events.isEmpty()) {
            events.clear();
            eventsChanged = true;
        }
    }
}
