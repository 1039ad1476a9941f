package org.socketlab.ui.settings;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.socketlab.engine.NotificationEvent;
import org.socketlab.engine.StepResult;
import org.socketlab.lesson.NarratedStep;
import org.socketlab.lesson.Narrator;
import org.socketlab.ui.cards.ButtonNames;
import org.socketlab.ui.narration.Sentences;

/**
 * The narration of every step since the last Reset, told as the narration panel tells it (the button, the
 * lesson's words, what the call did less what the lesson said, the notifications since), kept for the
 * Markdown export. A step keeps its first {@value #EVENTS_KEPT} notifications and counts the rest. What the
 * narration says is chosen as the step comes and put into words when the export reads it: a class's burst
 * words nothing.
 */
final class SessionNarration {
    static final int EVENTS_KEPT = 20;

    private final ResourceBundle text;
    private final Narrator narrator;
    private final ButtonNames names;
    private final List<Told> steps = new ArrayList<>();

    SessionNarration(ResourceBundle text) {
        this.text = text;
        this.narrator = new Narrator(text.getLocale());
        this.names = new ButtonNames(text);
    }

    void onResult(StepResult r, String lessonWords) {
        steps.add(new Told(names.of(r.step()), lessonWords, narrator.unworded(r)));
    }

    void onEvent(NotificationEvent e) {
        if (steps.isEmpty()) {
            return;
        }
        Told last = steps.get(steps.size() - 1);
        if (last.events.size() < EVENTS_KEPT) {
            last.events.add(narrator.unworded(e));
        } else {
            last.more++;
        }
    }

    void clear() {
        steps.clear();
    }

    boolean isEmpty() {
        return steps.isEmpty();
    }

    List<NarratedStep> steps() {
        List<NarratedStep> all = new ArrayList<>();
        for (Told t : steps) {
            List<String> events = new ArrayList<>(t.events.stream().map(narrator::word).toList());
            if (t.more > 0) {
                events.add(MessageFormat.format(text.getString("session.markdown.more"), t.more));
            }
            all.add(new NarratedStep(t.heading, t.lessonWords,
                    Sentences.without(narrator.word(t.explanation), t.lessonWords), events));
        }
        return all;
    }

    /** One step told so far; its notifications grow until the next step. */
    private static final class Told {
        final String heading;
        final String lessonWords;
        final Narrator.Unworded explanation;
        final List<Narrator.Unworded> events = new ArrayList<>();
        int more;

        Told(String heading, String lessonWords, Narrator.Unworded explanation) {
            this.heading = heading;
            this.lessonWords = lessonWords;
            this.explanation = explanation;
        }
    }
}
