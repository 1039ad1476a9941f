package org.socketlab.lesson;

import java.util.List;
import org.socketlab.engine.ScriptStep;
import org.socketlab.engine.SocketName;
import org.socketlab.engine.Notification;

/**
 * A lesson: a title, an introduction, steps in the player's step language each with its narration, and
 * the counters the lesson promises at its end.
 */
public record Lesson(String title, String intro, List<Item> steps, List<Promise> promises) {
    public Lesson {
        steps = List.copyOf(steps);
        promises = List.copyOf(promises);
    }

    /** One step of the lesson, the narration shown with it ("" when none), and its line in the file. */
    public record Item(ScriptStep step, String narration, int line) {
    }

    /** "At the end, {@code socket}'s {@code notification} counter is {@code count}." */
    public record Promise(SocketName socket, Notification notification, int count, int line) {
    }
}
