package org.socketlab.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.LockSupport;
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
import org.socketlab.kernel.KernelView;

/**
 * Runs steps on a lab and prints one JSON line per step: the result, every socket's counters, and the
 * notifications since the previous line. After each step it waits until the lab has settled: the kernel
 * reports nothing ready that has not been handled and no connect is waiting for its peer
 * ({@link Lab#awaitSettled}); when the line shows the kernel's view, also until the kernel has stopped
 * moving the lab's connections on its own (see {@link #settle}); at most {@link #SETTLE_BOUND} in all.
 */
final class Player {
    static final Duration SETTLE_BOUND = Duration.ofSeconds(2);
    /** How often the kernel's table is read while the kernel may still be moving the lab's connections. */
    private static final Duration KERNEL_POLL = Duration.ofMillis(2);
    /** How long queues holding unacknowledged bytes must keep still to count as settled. */
    private static final Duration KERNEL_STILL = Duration.ofMillis(60);
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
    /** Where what runs is recorded (play --record), or null. */
    private SessionRecord record;
    /** Which lines carry the kernel's view ({@code "tcp"}). */
    private TcpLines tcpLines = TcpLines.EACH;
    /** Whether a line written so far was lost (checked after each line). */
    private java.util.function.BooleanSupplier outputLost = () -> false;
    /** The outcomes predicted for steps by number (play --predict); empty when nothing is predicted. */
    private Map<Integer, Outcome> predictions = Map.of();
    /** How many steps have run (waits and awaits included): the number of the step running is this + 1. */
    private int played;
    private int right;
    private Duration awaitBound = AWAIT_BOUND;
    /** Whether an await= step waited out its bound without its counter being reached. */
    private boolean awaitFailed;

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
        this(lab, out, texts, KernelReader.system());
    }

    Player(Lab lab, PrintStream out, PlayerTexts texts, KernelReader kernel) {
        this.lab = lab;
        this.out = out;
        this.texts = texts;
        this.kernel = kernel;
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

    /** Whether an await= step of the run timed out (the run then exits non-zero). */
    boolean awaitFailed() {
        return awaitFailed;
    }

    /** How to tell that the output lost a line (the streams' error state); checked after each line. */
    void outputLost(java.util.function.BooleanSupplier lost) {
        this.outputLost = lost;
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
        KernelView settled = settle(tcpLines != TcpLines.OFF || !kernelListeners.isEmpty());
        List<NotificationEvent> events = drain();
        List<String> broken = failed.isEmpty() ? lesson.brokenPromises(lab.snapshot()) : List.of(failed);
        String verdict = broken.isEmpty() ? "held" : String.join(", ", broken);
        JsonLine line = JsonLine.of("promises", broken.isEmpty() ? "ok" : "error", "(no call made)", "", 0,
                broken.isEmpty() ? texts.text("promises.held")
                        : !failed.isEmpty() ? stoppedMessage
                        : texts.text("promises.broken", verdict), 0, "");
        line.counters(latest).events(events); // the summary lists all
        withKernel(line, settled, tcpLines != TcpLines.OFF, latest);
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
        KernelView settled = settle(tcp || !kernelListeners.isEmpty());
        List<NotificationEvent> events = drain();
        if (record != null && result == null) {
            record.note(step); // a wait or await: the lab publishes nothing for it
        }
        LabSnapshot listed = shown();
        line.counters(listed).events(events);
        withKernel(line, settled, tcp, listed);
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
     * The sockets a line lists: those that are open, and those that changed since the previous line (a
     * socket that closed meanwhile is listed once more, with its final counters). A long run's lines stay
     * short: sockets closed long ago are not repeated.
     */
    private LabSnapshot shown() {
        Map<SocketName, SocketView> listed = new TreeMap<>();
        latest.sockets().forEach((name, view) -> {
            if (view.state() != SocketState.CLOSED || !view.equals(printed.sockets().get(name))) {
                listed.put(name, view);
            }
        });
        printed = latest;
        return new LabSnapshot(latest.version(), listed);
    }

    /**
     * Waits until the lab has settled and, when the kernel is read ({@code kernelToo}), until the kernel has
     * stopped moving the lab's connections on its own, which it signals to no program: while a SYN or a FIN
     * waits for its ACK ({@link KernelView#awaitsAck}), and while bytes wait in a send queue
     * ({@link KernelView#holdsUnacknowledged}) until the queues have kept still for {@link #KERNEL_STILL} (the
     * peer's kernel may delay its ACK by up to 40 ms; a peer that reads nothing keeps them full for good).
     * The table is read again every {@link #KERNEL_POLL}. At most {@link #SETTLE_BOUND} in all. Returns the
     * last view read, or null when the kernel is not read.
     */
    private KernelView settle(boolean kernelToo) {
        long deadline = System.nanoTime() + SETTLE_BOUND.toNanos();
        lab.awaitSettled(SETTLE_BOUND);
        if (!kernelToo) {
            return null;
        }
        KernelView view = kernel.read(lab.snapshot());
        long still = System.nanoTime();
        while (deadline - System.nanoTime() > 0) {
            boolean bytesMayMove = view.holdsUnacknowledged() && System.nanoTime() - still < KERNEL_STILL.toNanos();
            if (!view.awaitsAck() && !bytesMayMove) {
                break;
            }
            LockSupport.parkNanos(KERNEL_POLL.toNanos());
            lab.awaitSettled(Duration.ofNanos(Math.max(deadline - System.nanoTime(), 0)));
            KernelView before = view;
            view = kernel.read(lab.snapshot());
            if (!view.sameQueues(before)) {
                still = System.nanoTime();
            }
        }
        return view;
    }

    /**
     * Hands the kernel's view of the lab as the line shows it to the listeners ({@code settled} when it was
     * read of that very snapshot), and puts it on the line for the {@code listed} sockets when {@code tcp}.
     * Nothing when the kernel was not read.
     */
    private void withKernel(JsonLine line, KernelView settled, boolean tcp, LabSnapshot listed) {
        if (settled == null) {
            return;
        }
        KernelView view = settled.labVersion() == latest.version() ? settled : kernel.read(latest);
        kernelListeners.forEach(l -> l.accept(view));
        if (tcp) {
            line.tcp(view, listed.sockets().keySet());
        }
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
