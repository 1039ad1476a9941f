package org.socketlab.ui.narration;

import java.text.MessageFormat;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.socketlab.engine.NotificationEvent;
import org.socketlab.engine.Operation;
import org.socketlab.engine.SocketName;
import org.socketlab.engine.StepResult;
import org.socketlab.lesson.CodeEquivalents;
import org.socketlab.lesson.Narrator;
import org.socketlab.ui.cards.ButtonNames;

/**
 * What the narration panel shows: the step just run, the lesson's words for it, what the call did and
 * why counters change or not, each notification since, and the call in four languages.
 */
public final class NarrationViewModel {
    static final int EVENTS_KEPT = 20;

    private final ResourceBundle text;
    private final Narrator narrator;
    private final CodeEquivalents equivalents;
    private final ButtonNames names;
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lessonText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper("");
    private final ObservableList<String> events = FXCollections.observableArrayList();
    private final ObservableList<String> eventsView = FXCollections.unmodifiableObservableList(events);
    private final ObservableList<CodeSnippet> code = FXCollections.observableArrayList();
    private final ObservableList<CodeSnippet> codeView = FXCollections.unmodifiableObservableList(code);

    public NarrationViewModel(ResourceBundle text) {
        this.text = text;
        narrator = new Narrator(text.getLocale());
        equivalents = new CodeEquivalents(text.getLocale());
        names = new ButtonNames(text);
    }

    /**
     * A broadcast starts: the Sends of these workers are narrated as one action, a summary of all of them,
     * with the notifications they cause gathered under it.
     */
    public void beginBroadcast(Collection<SocketName> workers) {
        broadcast = workers.isEmpty() ? null : new BroadcastTally(Set.copyOf(workers));
    }

    /** The Sends of a broadcast so far: how many, and how they went. */
    private static final class BroadcastTally {
        final Set<SocketName> waiting;
        final int size;
        int ok;
        int wouldBlock;
        int failed;
        long bytes;

        BroadcastTally(Set<SocketName> workers) {
            waiting = new HashSet<>(workers);
            size = workers.size();
        }

        int done() {
            return ok + wouldBlock + failed;
        }
    }

    private BroadcastTally broadcast;

    /** The step by its button name, the lesson's words, and what the call did, less what the lesson already said. */
    public void onResult(StepResult r, String lessonWords) {
        if (broadcast != null && r.step().operation() == Operation.SEND
                && broadcast.waiting.remove(r.step().socket())) {
            tally(r);
            return;
        }
        startStep(names.of(r.step()), lessonWords, r);
        explanation.set(Sentences.without(narrator.narrate(r), lessonWords));
    }

    /** A new heading: the lesson's words, no notifications yet, and the code of {@code r}'s call. */
    private void startStep(String title, String lessonWords, StepResult r) {
        heading.set(title);
        lessonText.set(lessonWords);
        events.clear();
        code.clear();
        for (Map.Entry<String, String> e : equivalents.of(r.step()).entrySet()) {
            code.add(new CodeSnippet(equivalents.name(e.getKey()), e.getValue()));
        }
    }

    /** One Send of the broadcast: the narration sums them all up, under one heading. */
    private void tally(StepResult r) {
        BroadcastTally t = broadcast;
        if (t.done() == 0) {
            startStep(MessageFormat.format(text.getString("narration.broadcast"), t.size), "", r);
        }
        switch (r.outcome()) {
            case OK -> {
                t.ok++;
                t.bytes += r.bytes();
            }
            case WOULD_BLOCK -> t.wouldBlock++;
            default -> t.failed++;
        }
        explanation.set(MessageFormat.format(text.getString("narration.broadcast.summary"), t.done(),
                t.size, t.ok, t.bytes, t.wouldBlock, t.failed));
        if (t.waiting.isEmpty()) {
            broadcast = null;
        }
    }

    public void onEvent(NotificationEvent e) {
        events.add(narrator.narrate(e));
        if (events.size() > EVENTS_KEPT) {
            events.remove(0);
        }
    }

    /** Shows a lesson's introduction before its first step. */
    public void introduce(String title, String intro) {
        broadcast = null;
        heading.set(title);
        lessonText.set(intro);
        explanation.set("");
        events.clear();
        code.clear();
    }

    public void clear() {
        introduce("", "");
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lessonTextProperty() {
        return lessonText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    public ObservableList<String> events() {
        return eventsView;
    }

    public ObservableList<CodeSnippet> code() {
        return codeView;
    }
}
