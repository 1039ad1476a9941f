package org.socketlab.ui.lesson;

import org.socketlab.engine.Operation;
import org.socketlab.engine.ScriptStep;
import org.socketlab.engine.SocketName;
import org.socketlab.ui.cards.SocketPanels;
import org.socketlab.ui.cards.SocketViewModel;
import org.socketlab.ui.narration.NarrationViewModel;

/** Shows a lesson on the cards: its introduction when it opens, and in guided mode the next step's button. */
public final class LessonGuide {
    private final LessonViewModel lesson;
    private final SocketPanels panels;

    public LessonGuide(LessonViewModel lesson, SocketPanels panels, NarrationViewModel narration) {
        this.lesson = lesson;
        this.panels = panels;
        lesson.guidedProperty().addListener(o -> guide());
        lesson.nextProperty().addListener(o -> guide());
        lesson.lessonProperty().addListener((o, was, now) -> {
            if (now != null) {
                narration.introduce(now.title(), now.intro());
            }
        });
    }

    /** In guided mode, marks the button of the lesson's next step. */
    public void guide() {
        SocketName socket = null;
        Operation op = null;
        if (lesson.guidedProperty().get() && lesson.nextProperty().get() instanceof ScriptStep.Action a) {
            socket = a.step().socket();
            op = a.step().operation();
        }
        for (SocketViewModel s : panels.all()) {
            s.markNext(s.name().equals(socket) ? op : null);
        }
    }
}
