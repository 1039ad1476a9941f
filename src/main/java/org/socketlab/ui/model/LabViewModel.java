package org.socketlab.ui.model;

import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.socketlab.engine.Lab;
import org.socketlab.engine.LabReset;
import org.socketlab.engine.LabSnapshot;
import org.socketlab.engine.LabUpdate;
import org.socketlab.engine.NotificationEvent;
import org.socketlab.engine.ScriptStep;
import org.socketlab.engine.SelectorReport;
import org.socketlab.engine.Operation;
import org.socketlab.engine.SocketKind;
import org.socketlab.engine.SocketName;
import org.socketlab.lesson.Lesson;
import org.socketlab.engine.SocketView;
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
    private final SocketViewModel server;
    private final ObservableList<SocketViewModel> clients = FXCollections.observableArrayList();
    private final ObservableList<SocketViewModel> workers = FXCollections.observableArrayList();
    // One read-only view each, kept: a wrapper made per call would be collected with its listeners.
    private final ObservableList<SocketViewModel> clientsView = FXCollections.unmodifiableObservableList(clients);
    private final ObservableList<SocketViewModel> workersView = FXCollections.unmodifiableObservableList(workers);
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
        this.server = socket(SocketName.SERVER);
        this.lesson = new LessonViewModel(lab::submit, ticker, this::prepareForLesson, text, () -> shown);
        clients.add(socket(SocketName.client(1)));
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

    private SocketViewModel socket(SocketName name) {
        return new SocketViewModel(name, lab::submit, settings::payload, text);
    }

    /** Runs a numbered step of the seed dialog (1–7), as if its button had been clicked. */
    public void runNumbered(int number) {
        StepLanguage.numbered(number).ifPresent(step -> find(step.socket()).ifPresentOrElse(
                socket -> socket.perform(step.operation()),
                () -> lab.submit(step))); // no panel yet (worker1 before Accept): the lab says so
    }

    /** Adds a client panel; its socket exists once its Initialize is clicked. */
    public SocketViewModel addClient() {
        int next = clients.stream().mapToInt(c -> c.name().number()).max().orElse(0) + 1;
        SocketViewModel client = socket(SocketName.client(next));
        clients.add(client);
        return client;
    }

    /** The server sends the payload to every connected client, one Send per worker. */
    public void broadcast() {
        workers.stream()
                .filter(w -> w.connectedProperty().get() && !w.peerGoneProperty().get())
                .forEach(w -> w.send(settings.payload()));
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
        allSockets().forEach(s -> s.showSelector(""));
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
                addPanels(r.after()); // the step may have made its socket: its status needs the panel now
                find(r.step().socket()).ifPresent(vm -> vm.apply(r));
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
        allSockets().forEach(s -> s.showSelector(""));
        for (SelectorReport.Row row : report.rows()) {
            find(row.socket()).ifPresent(s -> s.showSelector(java.text.MessageFormat.format(
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
        for (SocketViewModel s : allSockets()) {
            s.markNext(s.name().equals(socket) ? op : null);
        }
    }

    private List<SocketViewModel> allSockets() {
        List<SocketViewModel> all = new java.util.ArrayList<>();
        all.add(server);
        all.addAll(clients);
        all.addAll(workers);
        return all;
    }

    private void forgetAll() {
        workers.clear();
        clients.retainAll(clients.get(0));
        clients.get(0).clear();
        server.clear();
        lastStatus.set(StatusView.NONE);
        lastStep.set(text.getString("log.reset"));
        var current = lesson.lessonProperty().get();
        if (current != null && lesson.positionProperty().get() == 0) {
            narration.introduce(current.title(), current.intro());
        } else {
            narration.clear();
        }
    }

    /** Adds a panel, in name order, for every client or worker of the snapshot that has none yet. */
    private void addPanels(LabSnapshot snapshot) {
        for (SocketView view : snapshot.sockets().values()) {
            if (view.name().kind() != SocketKind.SERVER && find(view.name()).isEmpty()) {
                ObservableList<SocketViewModel> list = view.name().kind() == SocketKind.WORKER ? workers : clients;
                int at = 0;
                while (at < list.size() && list.get(at).name().compareTo(view.name()) < 0) {
                    at++;
                }
                list.add(at, socket(view.name()));
            }
        }
    }

    private void show(LabSnapshot snapshot) {
        shown = snapshot;
        addPanels(snapshot);
        server.apply(snapshot.socket(SocketName.SERVER).orElse(null));
        clients.forEach(c -> c.apply(snapshot.socket(c.name()).orElse(null)));
        workers.forEach(w -> w.apply(snapshot.socket(w.name()).orElse(null)));
        connectedClients.set((int) workers.stream()
                .filter(w -> w.connectedProperty().get() && !w.peerGoneProperty().get()).count());
    }

    private Optional<SocketViewModel> find(SocketName name) {
        if (name.kind() == SocketKind.SERVER) {
            return Optional.of(server);
        }
        ObservableList<SocketViewModel> list = name.kind() == SocketKind.WORKER ? workers : clients;
        return list.stream().filter(vm -> vm.name().equals(name)).findFirst();
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
        return server;
    }

    public ObservableList<SocketViewModel> clients() {
        return clientsView;
    }

    public ObservableList<SocketViewModel> workers() {
        return workersView;
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
