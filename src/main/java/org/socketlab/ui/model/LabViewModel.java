package org.socketlab.ui.model;

import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import org.socketlab.engine.Lab;
import org.socketlab.engine.LabReset;
import org.socketlab.engine.LabSnapshot;
import org.socketlab.engine.LabUpdate;
import org.socketlab.engine.NotificationEvent;
import org.socketlab.engine.ScriptStep;
import org.socketlab.engine.SelectorReport;
import org.socketlab.engine.Operation;
import org.socketlab.engine.SocketName;
import org.socketlab.lesson.Lesson;
import org.socketlab.engine.Step;
import org.socketlab.engine.StepLanguage;
import org.socketlab.engine.StepResult;

/**
 * The whole window's state: settings, the server, clients and workers, the event log, the last status.
 * Verbs queue steps to the lab; {@link #apply(List)} takes what the lab published (on the FX thread in
 * the app, via the bridge). Knows no controls.
 */
public final class LabViewModel {
    private final Lab lab;
    private final ResourceBundle text;
    private final SettingsViewModel settings;
    private final SocketPanels panels;
    private final EventLogViewModel log;
    private final ReadOnlyIntegerWrapper connectedClients = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<StatusView> lastStatus = new ReadOnlyObjectWrapper<>(StatusView.NONE);
    private final ReadOnlyStringWrapper lastStep = new ReadOnlyStringWrapper("");
    private final NarrationViewModel narration = new NarrationViewModel();
    private final LessonViewModel lesson;
    private long shownVersion;
    private LabSnapshot shown = LabSnapshot.EMPTY;

    /**
     * @param ticker runs auto-play's next step later, on the same thread as {@link #apply(List)}
     */
    public LabViewModel(Lab lab, ResourceBundle text, Ticker ticker) {
        this.lab = lab;
        this.text = text;
        this.settings = new SettingsViewModel(lab.settings(), text, lab::updateSettings);
        this.log = new EventLogViewModel(text);
        this.panels = new SocketPanels(name -> new SocketViewModel(name, lab::submit, settings::payload, text));
        this.lesson = new LessonViewModel(lab::submit, ticker, this::prepareForLesson, text, () -> shown);
        // A new role or family starts from a clean lab: sockets of the old kind must not linger.
        settings.roleProperty().addListener(o -> reset());
        settings.familyProperty().addListener(o -> reset());
        lesson.guidedProperty().addListener(o -> guide());
        lesson.nextProperty().addListener(o -> guide());
        lesson.lessonProperty().addListener((o, was, now) -> {
            if (now != null) {
                narration.introduce(now.title(), now.intro());
            }
        });
    }

    /** Runs a numbered step of the seed dialog (1–7), as if its button had been clicked. */
    public void runNumbered(int number) {
        StepLanguage.numbered(number).ifPresent(step -> panels.find(step.socket()).ifPresentOrElse(
                socket -> socket.perform(step.operation()),
                () -> lab.submit(step))); // no panel yet (worker1 before Accept): the lab says so
    }

    /** Adds a client panel; its socket exists once its Initialize is clicked. */
    public SocketViewModel addClient() {
        return panels.addClient();
    }

    /** The server sends the payload to every connected client, one Send per worker. */
    public void broadcast() {
        panels.connectedWorkers().forEach(w -> w.send(settings.payload()));
    }

    /** Closes every socket and zeroes every counter; during a lesson, goes back to its first step. */
    public void reset() {
        if (lesson.lessonProperty().get() != null) {
            lesson.restart();
        } else {
            lab.reset();
        }
    }

    /** Leaves the lesson (free play) and resets the lab. */
    public void leaveLesson() {
        lesson.forget();
        narration.clear();
        lab.reset();
        settings.useLesson(Lesson.Setup.DEFAULT);
    }

    /** A lesson starts on a reset lab with its own settings, never with what free play left behind. */
    private void prepareForLesson(Lesson l) {
        lab.reset();
        settings.useLesson(l.setup());
    }

    /** Asks the lab what a naive level-triggered loop would see; each panel shows its line. */
    public void refreshSelectorView() {
        lab.selectorReport();
    }

    public void hideSelectorView() {
        panels.all().forEach(s -> s.showSelector(""));
    }

    /** Closes every socket and stops the selector thread. */
    public void close() {
        lab.close();
    }

    /** Applies what the lab published, in order; counters and states from the newest snapshot. */
    public void apply(List<LabUpdate> updates) {
        LabSnapshot newest = null;
        for (LabUpdate update : updates) {
            log.add(update);
            if (update instanceof LabReset) {
                forgetAll();
            } else if (update instanceof StepResult r) {
                panels.addMissing(r.after()); // the step may have made its socket: its status needs the panel
                panels.find(r.step().socket()).ifPresent(vm -> vm.apply(r));
                lastStatus.set(StatusView.of(r, text));
                lastStep.set(r.step().text());
                narration.onResult(r, lesson.onResult(r));
            } else if (update instanceof NotificationEvent e) {
                narration.onEvent(e);
            } else if (update instanceof SelectorReport report) {
                showSelector(report);
            }
            if (update.after().version() > shownVersion) {
                newest = update.after();
                shownVersion = newest.version();
            }
        }
        if (newest != null) {
            show(newest);
        }
        lesson.check(shown);
        guide();
    }

    private void showSelector(SelectorReport report) {
        panels.all().forEach(s -> s.showSelector(""));
        for (SelectorReport.Row row : report.rows()) {
            panels.find(row.socket()).ifPresent(s -> s.showSelector(java.text.MessageFormat.format(
                    text.getString("selector.line"), SelectorReport.opsText(row.interestOps()),
                    SelectorReport.opsText(row.readyNow()), row.naivePerSecond())));
        }
    }

    /** In guided mode, marks the button of the lesson's next step. */
    private void guide() {
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

    private void forgetAll() {
        panels.clear();
        lastStatus.set(StatusView.NONE);
        lastStep.set(text.getString("log.reset"));
        var current = lesson.lessonProperty().get();
        if (current != null && lesson.positionProperty().get() == 0) {
            narration.introduce(current.title(), current.intro());
        } else {
            narration.clear();
        }
    }

    private void show(LabSnapshot snapshot) {
        shown = snapshot;
        panels.show(snapshot);
        connectedClients.set(panels.connectedWorkers().size());
    }

    /** Whether this window shows the server side (server and workers). */
    public javafx.beans.binding.BooleanBinding serverSideProperty() {
        return settings.roleProperty().isNotEqualTo(org.socketlab.engine.Role.CLIENT);
    }

    /** Whether this window shows the client side. */
    public javafx.beans.binding.BooleanBinding clientSideProperty() {
        return settings.roleProperty().isNotEqualTo(org.socketlab.engine.Role.SERVER);
    }

    public SettingsViewModel settings() {
        return settings;
    }

    public SocketViewModel server() {
        return panels.server();
    }

    public ObservableList<SocketViewModel> clients() {
        return panels.clients();
    }

    public ObservableList<SocketViewModel> workers() {
        return panels.workers();
    }

    public EventLogViewModel log() {
        return log;
    }

    public NarrationViewModel narration() {
        return narration;
    }

    public LessonViewModel lesson() {
        return lesson;
    }

    /** Workers whose client is still there. */
    public ReadOnlyIntegerProperty connectedClientsProperty() {
        return connectedClients.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StatusView> lastStatusProperty() {
        return lastStatus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastStepProperty() {
        return lastStep.getReadOnlyProperty();
    }

    /** Runs any step directly (the player's language; used by tests and lessons). */
    public void submit(Step step) {
        lab.submit(step);
    }
}
