package org.socketlab.ui.narration;

import java.text.MessageFormat;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.socketlab.engine.NotificationEvent;
import org.socketlab.engine.SocketName;
import org.socketlab.engine.StepResult;
import org.socketlab.lesson.CodeEquivalents;
import org.socketlab.lesson.Narrator;
import org.socketlab.ui.cards.ButtonNames;
import org.socketlab.ui.cards.ClassAction;

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
     * A class action starts (a broadcast, Receive all, Close departed): the steps of these workers are narrated
     * as one action, a summary of all of them, with the notifications they cause gathered under it.
     */
    public void beginGroup(ClassAction action, Collection<SocketName> workers) {
        group = workers.isEmpty() ? null : new GroupTally(action, Set.copyOf(workers));
    }

    /** The steps of a class action so far: how many, and how they went. */
    private static final class GroupTally {
        final ClassAction action;
        final Set<SocketName> waiting;
        final int size;
        int ok;
        int wouldBlock;
        int failed;
        long bytes;

        GroupTally(ClassAction action, Set<SocketName> workers) {
            this.action = action;
            waiting = new HashSet<>(workers);
            size = workers.size();
        }

        int done() {
            return ok + wouldBlock + failed;
        }
    }

    private GroupTally group;
    private final NarrationDraft draft = new NarrationDraft(EVENTS_KEPT);
    /** The draft's notifications in words, as last published. */
    private Map<NotificationEvent, String> narrated = new IdentityHashMap<>();
    private boolean held;

    /** The step by its button name, the lesson's words, and what the call did, less what the lesson already said. */
    public void onResult(StepResult r, String lessonWords) {
        if (group != null && r.step().operation() == group.action.operation()
                && group.waiting.remove(r.step().socket())) {
            tally(r);
        } else {
            startStep(names.of(r.step()), lessonWords, r);
            draft.explain(() -> Sentences.without(narrator.narrate(r), lessonWords));
        }
        publishUnlessHeld();
    }

    /** A new heading: the lesson's words, no notifications yet, and the code of {@code r}'s call. */
    private void startStep(String title, String lessonWords, StepResult r) {
        draft.start(title, lessonWords, r.step());
    }

    /** One step of the class action: the narration sums them all up, under one heading. */
    private void tally(StepResult r) {
        GroupTally t = group;
        if (t.done() == 0) {
            startStep(MessageFormat.format(text.getString(t.action.headingKey()), t.size), "", r);
        }
        switch (r.outcome()) {
            case OK -> {
                t.ok++;
                t.bytes += r.bytes();
            }
            case WOULD_BLOCK -> t.wouldBlock++;
            default -> t.failed++;
        }
        Object[] tally = {t.done(), t.size, t.ok, t.bytes, t.wouldBlock, t.failed}; // as of this step
        draft.explain(() -> MessageFormat.format(text.getString(t.action.summaryKey()), tally));
        if (t.waiting.isEmpty()) {
            group = null;
        }
    }

    public void onEvent(NotificationEvent e) {
        draft.event(e);
        publishUnlessHeld();
    }

    /** Shows a lesson's introduction before its first step. */
    public void introduce(String title, String intro) {
        group = null;
        draft.start(title, intro, null);
        publishUnlessHeld();
    }

    public void clear() {
        introduce("", "");
    }

    /**
     * From now until {@link #release()}, steps and notifications only change what the narration will show: a
     * batch of a thousand updates is put into words and onto the screen once, from its newest step.
     */
    public void hold() {
        held = true;
    }

    /** Shows what the held updates left: the newest step, its code and the notifications since. */
    public void release() {
        held = false;
        publish();
    }

    /** The lesson's words for the newest step, shown or still held. */
    public String lessonWords() {
        return draft.lessonWords;
    }

    private void publishUnlessHeld() {
        if (!held) {
            publish();
        }
    }

    private void publish() {
        heading.set(draft.heading);
        lessonText.set(draft.lessonWords);
        explanation.set(draft.explanation());
        if (draft.eventsChanged) {
            // each notification put into words once, however many publishes it stays among the newest
            Map<NotificationEvent, String> words = new IdentityHashMap<>();
            draft.events.forEach(e -> words.put(e, narrated.computeIfAbsent(e, narrator::narrate)));
            narrated = words;
            List<String> now = draft.events.stream().map(words::get).toList();
            if (!now.equals(events)) {
                events.setAll(now);
            }
            draft.eventsChanged = false;
        }
        if (draft.codeChanged) {
            List<CodeSnippet> snippets = draft.codeOf == null ? List.of() : equivalents.of(draft.codeOf).entrySet()
                    .stream().map(e -> new CodeSnippet(equivalents.name(e.getKey()), e.getValue())).toList();
            if (!snippets.equals(code)) {
                code.setAll(snippets);
            }
            draft.codeChanged = false;
        }
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
