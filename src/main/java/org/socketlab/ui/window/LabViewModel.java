package org.socketlab.ui.window;

import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import javafx.beans.binding.BooleanBinding;
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
import org.socketlab.engine.SelectorReport;
import org.socketlab.engine.Role;
import org.socketlab.engine.SocketState;
import org.socketlab.engine.SocketView;
import org.socketlab.lesson.Lesson;
import org.socketlab.engine.Step;
import org.socketlab.engine.StepLanguage;
import org.socketlab.engine.StepResult;
import org.socketlab.ui.cards.ButtonNames;
import org.socketlab.ui.cards.SocketPanels;
import org.socketlab.ui.cards.SocketViewModel;
import org.socketlab.ui.cards.StatusView;
import org.socketlab.ui.kernel.KernelViewModel;
import org.socketlab.ui.lesson.LessonGuide;
import org.socketlab.ui.lesson.LessonViewModel;
import org.socketlab.ui.log.EventLogViewModel;
import org.socketlab.ui.narration.NarrationViewModel;
import org.socketlab.ui.predict.PredictViewModel;
import org.socketlab.ui.settings.SessionViewModel;
import org.socketlab.ui.settings.SettingsViewModel;

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
    private final ReadOnlyIntegerWrapper connections = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<StatusView> lastStatus = new ReadOnlyObjectWrapper<>(StatusView.NONE);
    private final ReadOnlyStringWrapper lastStep = new ReadOnlyStringWrapper("");
    private final NarrationViewModel narration;
    private final LessonViewModel lesson;
    private final LessonGuide guide;
    private final PredictViewModel predict;
    private final ButtonNames names;
    private long shownVersion;
    /** Step results applied so far, lab-wide: each one's click number. */
    private long clicks;
    private final RoleHints roleHints;
    private final BooleanBinding serverSide;
    private final BooleanBinding clientSide;
    private LabSnapshot shown = LabSnapshot.EMPTY;
    private final StateFollower states;
    private final KernelViewModel kernel;
    private final ClassActionsViewModel classActions;
    private SessionViewModel session;
    private final ShowingPace pace;
    /** The last step applied and not yet shown in the status bar (null: none), and its click number. */
    private StepResult answered;
    private long answeredNumber;

    /**
     * @param ticker runs auto-play's next step later, on the same thread as {@link #apply(List)}
     */
    public LabViewModel(Lab lab, ResourceBundle text, Ticker ticker) {
        this(lab, text, ticker, System::nanoTime);
    }

    /** @param clock the time in nanoseconds, for the pace of what a burst shows ({@link ShowingPace}) */
    LabViewModel(Lab lab, ResourceBundle text, Ticker ticker, LongSupplier clock) {
        this.pace = new ShowingPace(clock);
        this.lab = lab;
        this.text = text;
        this.settings = new SettingsViewModel(lab.settings(), text, lab::updateSettings);
        this.log = new EventLogViewModel(text);
        this.predict = new PredictViewModel(lab::submit, text, this::buttonName,
                this::lessonQuestion, this::replaying);
        this.panels = new SocketPanels(name -> new SocketViewModel(name, predict::submit, settings::payload, text));
        this.states = new StateFollower(panels);
        this.roleHints = new RoleHints(text);
        this.narration = new NarrationViewModel(text);
        this.names = new ButtonNames(text);
        this.kernel = new KernelViewModel(panels::all, text);
        this.serverSide = settings.roleProperty().isNotEqualTo(Role.CLIENT);
        this.clientSide = settings.roleProperty().isNotEqualTo(Role.SERVER);
        this.classActions = new ClassActionsViewModel(panels, log, narration, predict, settings, text, serverSide);
        this.lesson = new LessonViewModel(predict::submit, ticker, this::prepareForLesson, text, () -> shown);
        lesson.lessonProperty().addListener(o -> predict.newSheet());
        predict.askedSocketProperty().addListener((o, was, now) ->
                panels.all().forEach(s -> s.markAsked(s.name().equals(now))));
        this.guide = new LessonGuide(lesson, panels, narration);
        // A new role or family starts from a clean lab: sockets of the old kind must not linger (a lesson
        // putting in its own settings resets the lab itself).
        settings.roleProperty().addListener(o -> resetUnlessLessonSets());
        settings.familyProperty().addListener(o -> resetUnlessLessonSets());
    }

    /** A step as its button is named, e.g. "Client 2 · Receive" (predict mode's own questions). */
    private String buttonName(Step step) {
        return names.of(step);
    }

    /** True while Step back replays a lesson's earlier steps: they are not asked again. */
    private boolean replaying() {
        return lesson.replayingProperty().get();
    }

    /** The lesson's number and question for a step that is the lesson's next one. */
    private Optional<PredictViewModel.Asked> lessonQuestion(Step step) {
        return lesson.itemFor(step).map(e -> new PredictViewModel.Asked(e.getKey(), e.getValue().question()));
    }

    private void resetUnlessLessonSets() {
        if (!settings.applyingLesson()) {
            reset();
        }
    }

    /**
     * Runs a numbered step of the seed dialog (1–7), as if its button had been clicked. A step for a side
     * this window's role does not play (3, 4, 7 in the server-only role; 1, 2, 5, 6 in the clients-only
     * role) asks nothing of the lab and touches no panel: the last status becomes a hint saying so (see
     * {@link #lastStatusProperty()}).
     */
    public void runNumbered(int number) {
        StepLanguage.numbered(number).ifPresent(step -> {
            var hint = roleHints.forKey(settings.roleProperty().get(), number, step.socket());
            if (hint.isPresent()) {
                lastStep.set(roleHints.keyName(number));
                lastStatus.set(hint.get());
                return;
            }
            panels.find(step.socket()).ifPresentOrElse(
                    socket -> socket.perform(step.operation()),
                    () -> predict.submit(step)); // no panel yet (worker1 before Accept): the lab says so
        });
    }

    /** Adds a client panel; its socket exists once its Initialize is clicked. */
    public SocketViewModel addClient() {
        return panels.addClient();
    }

    /** Closes every socket and zeroes every counter; during a lesson, goes back to its first step. */
    public void reset() {
        if (lesson.lessonProperty().get() != null) {
            lesson.restart();
        } else {
            lab.reset();
        }
    }

    /**
     * Whether a connection is live: a client or worker connecting, connected, or with a peer that has only
     * half closed. Reset asks before it ends them.
     */
    public boolean hasLiveConnections() {
        return shown.sockets().values().stream().map(SocketView::state).anyMatch(state -> state.isConnected()
                || state == SocketState.CONNECTING || state == SocketState.PEER_CLOSED);
    }

    /** Leaves the lesson (free play): resets the lab and puts back the user's own settings. */
    public void leaveLesson() {
        lesson.forget();
        narration.clear();
        lab.reset();
        settings.restoreUser();
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
        panels.hideSelector();
    }

    /** Closes every socket and stops the selector thread. */
    public void close() {
        lab.close();
    }

    /**
     * Puts off showing what only the newest state needs while {@code moreComing} (more updates wait to be
     * applied) and it was shown within the pace ({@link ShowingPace}): a burst applied in many hand-overs shows
     * its counters at each, the rest 10 times a second and, at its last hand-over, as it ends.
     */
    public void paceWhile(BooleanSupplier moreComing) {
        pace.whileMoreComing(moreComing);
    }

    /** Applies what the lab published, in order; counters and states from the newest snapshot. */
    public void apply(List<LabUpdate> updates) {
        LabSnapshot newest = null;
        Optional<org.socketlab.lesson.Question> asked = Optional.empty();
        LabSnapshot unfollowed = null;
        boolean showing = true;
        narration.hold(); // put into words once, from the batch's newest step (each card, too: applyHeld)
        log.hold(); // the batch's rows in one change of the log
        try {
            for (LabUpdate update : updates) {
                log.add(update);
                if (update instanceof LabReset) {
                    forgetAll();
                    answered = null;
                } else if (update instanceof StepResult r) {
                    if (unfollowed != null) { // changes so far are put down to the step before this one
                        states.follow(unfollowed, clicks);
                        unfollowed = null;
                    }
                    // the step may have made its socket: its status needs the panel (the others come with show)
                    panels.addIfMissing(r.after(), r.step().socket());
                    panels.applyHeld(r, ++clicks); // each card words only the answers it shows
                    answered = r;
                    answeredNumber = clicks;
                    narration.onResult(r, lesson.onResult(r));
                    asked = predict.onResult(r);
                } else if (update instanceof NotificationEvent e) {
                    narration.onEvent(e);
                } else if (update instanceof SelectorReport report) {
                    panels.showSelector(report, text);
                }
                session().apply(update); // after the narration: the lesson's words for a step are known
                asked.ifPresent(session()::asked);
                asked = Optional.empty();
                states.named(update); // after the follow before it: a step's changes are its own
                if (update.after().version() > shownVersion) {
                    newest = update.after();
                    unfollowed = newest;
                    shownVersion = newest.version();
                }
            }
        } finally {
            ShowingPace.Moment moment = pace.next();
            panels.release(moment.now(), ShowingPace.NANOS, moment.moreComing()); // each card at its own pace
            showing = moment.due();
            if (showing) { // else it stays held for the next hand-over, at the latest the burst's last
                log.release();
                narration.release();
            }
        }
        if (showing && answered != null) { // the status bar shows the last answer, put into words once
            lastStatus.set(StatusView.of(answered, text, answeredNumber));
            lastStep.set(names.of(answered.step()));
            answered = null;
        }
        if (newest != null) {
            show(newest);
            states.followAll(newest, clicks); // after show: the panels it added follow too; all, once per batch
        }
        lesson.check(shown);
        guide.guide();
    }

    private void forgetAll() {
        predict.cancel();
        panels.clear();
        states.forget();
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
        connections.set(panels.connectedWorkers().size());
    }

    /** Whether this window shows the server side (server and workers). */
    public BooleanBinding serverSideProperty() {
        return serverSide;
    }

    /** Whether this window shows the client side. */
    public BooleanBinding clientSideProperty() {
        return clientSide;
    }

    /** Whether Add client has a use: the client side is shown (role Both or Clients only). */
    public BooleanBinding canAddClient() {
        return clientSide;
    }

    /** Broadcast, Receive all and Close departed (see {@link ClassActionsViewModel}). */
    public ClassActionsViewModel classActions() {
        return classActions;
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

    /** The kernel's TCP states and queues (see {@link KernelViewModel}). */
    public KernelViewModel kernel() {
        return kernel;
    }

    public LessonViewModel lesson() {
        return lesson;
    }

    /** Predict mode: the class predicts each step's outcome before the real call runs. */
    public PredictViewModel predict() {
        return predict;
    }

    /** The session since the last Reset, to save as a lesson or export as Markdown (made on first use). */
    public SessionViewModel session() {
        if (session == null) {
            session = new SessionViewModel(text, settings, narration::lessonWords);
        }
        return session;
    }

    /** The accepted connections whose client is still there (one worker each): the toolbar's "Connections: N". */
    public ReadOnlyIntegerProperty connectionsProperty() {
        return connections.getReadOnlyProperty();
    }

    /**
     * The window's last answer, for the status bar: the latest step's status ({@link StatusView#NONE} after
     * Reset), or, when a numbered key belongs to a side this window's role does not play, a hint: a
     * {@link StatusView} with no outcome whose {@link StatusView#isHint()} is true and whose explanation is
     * the plain sentence (its {@code headline()} is that sentence too; {@link #lastStepProperty()} is then
     * "Key N"). Every answer and every hint is a new, non-equal value, so a view can flash it.
     */
    public ReadOnlyObjectProperty<StatusView> lastStatusProperty() {
        return lastStatus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastStepProperty() {
        return lastStep.getReadOnlyProperty();
    }

    /** Runs any step (the player's language; used by tests and lessons); asked first in predict mode. */
    public void submit(Step step) {
        predict.submit(step);
    }
}
