package org.socketlab.ui.lesson;

import org.socketlab.ui.window.WindowDriver;


/** Runs a shipped lesson in the test window, step by step and as fast as its sockets answer. */
public final class LessonRuns {
    private LessonRuns() {
    }

    /** Opens the lesson and steps it to its end: each step once the one before has been answered (what it
     * caused may still be on its way: {@code ui.settle()} waits for it). */
    public static void toTheEnd(WindowDriver ui, String name) {
        LessonViewModel lesson = ui.window.model().lesson();
        WindowDriver.fx(() -> lesson.openShipped(name));
        ui.settle();
        while (WindowDriver.fx(() -> lesson.nextProperty().get() != null)) {
            int before = WindowDriver.fx(() -> lesson.positionProperty().get());
            WindowDriver.fx(lesson::step);
            ui.waitUntil(name + " step " + (before + 1), () -> lesson.positionProperty().get() > before);
        }
        ui.waitUntil(name + " finished", () -> lesson.nextProperty().get() == null);
        ui.settle();
    }
}
