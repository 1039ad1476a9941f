package org.socketlab.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import org.socketlab.engine.Lab;
import org.socketlab.lesson.Expect;
import org.socketlab.lesson.Lesson;
import org.socketlab.lesson.SessionRecord;
import org.socketlab.engine.LabSnapshot;
import org.socketlab.engine.LabUpdate;
import org.socketlab.engine.NotificationEvent;
import org.socketlab.engine.Outcome;
import org.socketlab.engine.ScriptStep;
import org.socketlab.engine.SocketName;
import org.socketlab.engine.SocketState;
import org.socketlab.engine.SocketView;
import org.socketlab.engine.StepResult;
import org.socketlab.kernel.KernelReader;
import org.socketlab.kernel.KernelSocket;
import org.socketlab.kernel.KernelView;
import org.socketlab.kernel.TcpState;

/**
 * Runs steps on a lab and prints one JSON line per step: the result, the counters of the step's socket and of
 * every socket that changed (or of all, {@link CountersShown#ALL}), and the notifications since the previous line. After each step it waits until the lab has settled: the kernel
 * reports nothing ready that has not been handled and no connect is waiting for its peer, and, when the line
 * shows the kernel's view, the kernel has stopped moving the lab's connections on its own ({@link Settling}).
 */
final class Player {
    /** How long an await=SOCKET.COUNTER=N step waits for the peer. */
    static final Duration AWAIT_BOUND = Duration.ofSeconds(60);

    private final Lab lab;
    private final PrintStream out;
    private final PlayerTexts texts;
    private final LinkedBlockingQueue<LabUpdate> updates = new LinkedBlockingQueue<>();
    private final KernelReader kernel;
    private final List<Consumer<KernelView>> kernelListeners = new ArrayList<>();
    private LabSnapshot latest = LabSnapshot.EMPTY;
    /** The lab as the previous line showed it. */
    private LabSnapshot printed = LabSnapshot.EMPTY;
    /** Each connection as the previous line's kernel view showed it (by a map: a class holds thousands). */
    private Map<SocketName, Moves> printedMoves = Map.of();
    /** Where what runs is recorded (play --record), or null. */
    private SessionRecord record;
    /** Which lines carry the kernel's view ({@code "tcp"}). */
    private TcpLines tcpLines = TcpLines.EACH;
    private CountersShown countersShown = CountersShown.CHANGED;
    /** Whether a line written so far was lost (checked after each line). */
    private java.util.function.BooleanSupplier outputLost = () -> false;
    /** The outcomes predicted for steps by number (play --predict); empty when nothing is predicted. */
    private Map<Integer, Outcome> predictions = Map.of();
    /** How many steps have run (waits and awaits included): the number of the step running is this + 1. */
    private int played;
    private int right;
    private Duration awaitBound = AWAIT_BOUND;
    private final Settling settling;
    /** Whether an await= step waited out its bound without its counter being reached. */
    private boolean awaitFailed;

    /** Which sockets' counters a step's line lists. */
    enum CountersShown {
        /** the step's own socket and every socket that changed since the previous line (the default): a long
         *  script's output grows with its steps, not with steps times sockets */
        CHANGED,
        /** every open socket, and every socket that changed since the previous line */
        ALL
    }

    /** Which lines carry {@code "tcp"}: reading the kernel's table costs a walk of every connection it holds. */
    enum TcpLines {
        /** every line (the default) */
        EACH,
        /** only the last line of a run: a long script's steps stay fast */
        LAST,
        /** none */
        OFF
    }

    /** {@code texts}: the language of the lines' messages. */
    Player(Lab lab, PrintStream out, PlayerTexts texts) {
        this(lab, out, texts, KernelReader.following());
    }

    Player(Lab lab, PrintStream out, PlayerTexts texts, KernelReader kernel) {
        this.lab = lab;
        this.out = out;
        this.texts = texts;
        this.kernel = kernel;
        this.settling = new Settling(lab, kernel);
        lab.addListener(updates::add);
    }

    /** Receives the kernel's view read for each line, after the line's step. */
    void onKernel(Consumer<KernelView> listener) {
        kernelListeners.add(listener);
    }

    /** Records every step that runs from now on, with its result, in the order the lab answered. */
    void recordInto(SessionRecord into) {
        this.record = into;
    }

    /**
     * Predicted outcomes by step number (counting from 1 every step played, waits and awaits included): each
     * predicted step's line says what was predicted and whether the step did that; {@link #printScore} ends.
     */
    void predict(Map<Integer, Outcome> byStep) {
        this.predictions = Map.copyOf(byStep);
    }

    /** The last line of a predicted run: {@code {"score": R, "of": N}}; nothing when nothing was predicted. */
    void printScore() {
        if (!predictions.isEmpty()) {
            emit("{\"score\": " + right + ", \"of\": " + predictions.size() + "}");
        }
    }

    /** How long an await= step waits for its counter from now on (play --await-timeout). */
    void awaitBound(Duration bound) {
        this.awaitBound = bound;
    }

    /**
     * How long a step's line may wait for the lab and the kernel to settle ({@link Settling#BOUND} unless set):
     * a test sets it far beyond its own time limit, so that a wait for what will not come shows as a hang.
     */
    void settleBound(Duration bound) {
        settling.bound(bound);
    }

    /** Whether an await= step of the run timed out (the run then exits non-zero). */
    boolean awaitFailed() {
        return awaitFailed;
    }

    /** How to tell that the output lost a line (the streams' error state); checked after each line. */
    void outputLost(java.util.function.BooleanSupplier lost) {
        this.outputLost = lost;
    }

    /** Which sockets' counters the steps' lines list from now on. */
    void countersShown(CountersShown which) {
        this.countersShown = which;
    }

    /** Which lines carry the kernel's view from now on. */
    void tcpLines(TcpLines which) {
        this.tcpLines = which;
    }

    /** Runs steps that were all parsed before the first one ran. */
    void play(List<ScriptStep> steps) {
        for (int i = 0; i < steps.size(); i++) {
            play(steps.get(i), "", i == steps.size() - 1);
        }
    }

    /**
     * Runs a whole lesson with its settings, printing each step's line with the lesson's narration for
     * it, then a last line that says whether every step did what the lesson says and every counter it
     * promised holds. A step that did otherwise ends the lesson there, and the last line names it.
     * Returns whether the lesson held.
     */
    boolean play(Lesson lesson) {
        lab.updateSettings(lesson.setup().applyTo(lab.settings()));
        String failed = "";
        String stoppedMessage = "";
        for (int i = 0; i < lesson.steps().size() && failed.isEmpty(); i++) {
            Lesson.Item item = lesson.steps().get(i);
            StepResult r = play(item.step(), item.narration(), false);
            if (r != null && !item.expect().accepts(r)) {
                // "promises" is read by scripts: the same words in every language; the message is translated.
                failed = "step " + (i + 1) + " (" + item.step().text() + ", line " + item.line() + ") returned "
                        + Expect.actual(r) + "; the lesson says " + item.expect().shown(r);
                stoppedMessage = texts.text("promises.stopped", i + 1, item.step().text(), item.line(), Expect.actual(r),
                        item.expect().shown(r));
            }
        }
        KernelView settled = settling.settle(tcpLines != TcpLines.OFF || !kernelListeners.isEmpty());
        List<NotificationEvent> events = drain();
        List<String> broken = failed.isEmpty() ? lesson.brokenPromises(lab.snapshot()) : List.of(failed);
        String verdict = broken.isEmpty() ? "held" : String.join(", ", broken);
        JsonLine line = JsonLine.of("promises", broken.isEmpty() ? "ok" : "error", "(no call made)", "", 0,
                broken.isEmpty() ? texts.text("promises.held")
                        : !failed.isEmpty() ? stoppedMessage
                        : texts.text("promises.broken", verdict), 0, "");
        line.counters(latest).events(events); // the summary lists all
        withKernel(line, settled == null ? null : ofLatest(settled), tcpLines != TcpLines.OFF, latest.sockets().keySet());
        emit(line.promises(verdict).text());
        return broken.isEmpty();
    }

    void play(ScriptStep step) {
        play(step, "", false);
    }

    /** Runs one item and prints its line; returns the step's result, or null for a wait. */
    private StepResult play(ScriptStep step, String narration, boolean last) {
        JsonLine line;
        StepResult result = null;
        int number = ++played;
        if (step instanceof ScriptStep.Action action) {
            result = lab.run(action.step());
            kernel.acted(result.step().socket());
            line = JsonLine.of(result);
        } else if (step instanceof ScriptStep.Await await) {
            boolean reached = lab.awaitCounter(await.socket(), await.notification(), await.count(), awaitBound);
            String what = await.socket() + " " + await.notification().mfcName() + " = " + await.count();
            awaitFailed |= !reached;
            line = reached
                    ? JsonLine.of(await.text(), "ok", "", "", 0, texts.text("await.reached", what), 0, "")
                    : JsonLine.of(await.text(), "error", "", "ETIMEDOUT", 0,
                            texts.text("await.timeout", awaitBound.toMillis() / 1000.0, what), 0, "");
        } else {
            ScriptStep.Wait wait = (ScriptStep.Wait) step;
            pause(wait.millis());
            line = JsonLine.of(wait.text(), "ok", "", "", 0, texts.text("wait.done", wait.millis()), 0, "");
        }
        boolean tcp = tcpLines == TcpLines.EACH || tcpLines == TcpLines.LAST && last;
        KernelView settled = settling.settle(tcp || !kernelListeners.isEmpty());
        List<NotificationEvent> events = drain();
        if (record != null && result == null) {
            record.note(step); // a wait or await: the lab publishes nothing for it
        }
        KernelView view = settled == null ? null : ofLatest(settled);
        LabSnapshot listed = shown(result == null ? null : result.step().socket());
        line.counters(listed).events(events);
        withKernel(line, view, tcp, withMoved(listed.sockets().keySet(), view));
        if (!narration.isEmpty()) {
            line.narration(narration);
        }
        Outcome predicted = predictions.get(number);
        if (predicted != null) {
            boolean hit = predicted.word().equals(line.outcome());
            right += hit ? 1 : 0;
            line.predicted(predicted.word(), hit);
        }
        emit(line.text());
        return result;
    }

    /** Prints one line; a line that could not be written (a closed pipe, a full disk) stops the run. */
    private void emit(String text) {
        out.println(text);
        out.flush();
        if (outputLost.getAsBoolean()) {
            throw new OutputLost();
        }
    }

    /** The player's own output could not be written: the run stops, and says so on stderr. */
    static final class OutputLost extends RuntimeException {
        OutputLost() {
            super("the player's output could not be written", null, false, false);
        }
    }

    /**
     * The sockets whose counters a line lists: the step's own ({@code stepSocket}, null for a wait) and those that
     * changed since the previous line (a socket that closed meanwhile is listed once more, with its final
     * counters); with {@link CountersShown#ALL}, every open socket too. A long run's lines stay short.
     */
    private LabSnapshot shown(SocketName stepSocket) {
        Map<SocketName, SocketView> listed = new TreeMap<>();
        latest.sockets().forEach((name, view) -> {
            boolean open = view.state() != SocketState.CLOSED;
            if (name.equals(stepSocket) || countersShown == CountersShown.ALL && open
                    || !view.equals(printed.sockets().get(name))) {
                listed.put(name, view);
            }
        });
        printed = latest;
        return new LabSnapshot(latest.version(), listed);
    }


    /**
     * The sockets whose kernel view a line shows: those whose counters it lists, and those whose connection the
     * kernel moved since the previous line ({@code kernelNow}, when read).
     */
    private Set<SocketName> withMoved(Set<SocketName> listed, KernelView kernelNow) {
        Set<SocketName> shown = new TreeSet<>(listed);
        if (kernelNow != null) {
            for (KernelSocket k : kernelNow.sockets()) {
                if (!Moves.of(k).equals(printedMoves.get(k.name()))) {
                    shown.add(k.name());
                }
            }
        }
        return shown;
    }

    /** What of a connection the lines follow: its state and its queues. */
    private record Moves(TcpState state, long sendQueue, long recvQueue) {
        static Moves of(KernelSocket k) {
            return new Moves(k.state(), k.sendQueue(), k.recvQueue());
        }
    }

    /** {@code settled}, or the kernel read again when the lab has moved since it was read. */
    private KernelView ofLatest(KernelView settled) {
        return settled.labVersion() == latest.version() ? settled : kernel.read(latest);
    }

    /**
     * Hands the kernel's view of the lab as the line shows it to the listeners, and puts it on the line for the
     * {@code listed} sockets when {@code tcp}. Nothing when the kernel was not read ({@code view} null).
     */
    private void withKernel(JsonLine line, KernelView view, boolean tcp, Set<SocketName> listed) {
        if (view == null) {
            return;
        }
        kernelListeners.forEach(l -> l.accept(view));
        if (tcp) {
            line.tcp(view, listed);
        }
        Map<SocketName, Moves> moves = new HashMap<>();
        view.sockets().forEach(k -> moves.put(k.name(), Moves.of(k)));
        printedMoves = moves;
    }

    /** The notifications since the last line, and the newest snapshot among all updates seen. */
    private List<NotificationEvent> drain() {
        List<LabUpdate> drained = new ArrayList<>();
        updates.drainTo(drained);
        List<NotificationEvent> events = new ArrayList<>();
        for (LabUpdate u : drained) {
            if (record != null) {
                record.accept(u);
            }
            if (u instanceof NotificationEvent e) {
                events.add(e);
            }
            if (u.after().version() > latest.version()) {
                latest = u.after();
            }
        }
        return events;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
