package org.socketlab.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import org.socketlab.engine.Lab;
import org.socketlab.lesson.Expect;
import org.socketlab.lesson.Lesson;
import org.socketlab.lesson.SessionRecord;
import org.socketlab.engine.LabSnapshot;
import org.socketlab.engine.LabUpdate;
import org.socketlab.engine.NotificationEvent;
import org.socketlab.engine.ScriptStep;
import org.socketlab.engine.SocketName;
import org.socketlab.engine.SocketState;
import org.socketlab.engine.SocketView;
import org.socketlab.engine.StepResult;
import org.socketlab.kernel.KernelReader;
import org.socketlab.kernel.KernelView;

/**
 * Runs steps on a lab and prints one JSON line per step: the result, every socket's counters, and the
 * notifications since the previous line. After each step it waits until the notifications the step
 * caused have arrived (quiet for {@link #QUIET}, at most {@link #QUIET_BOUND}).
 */
final class Player {
    static final Duration QUIET = Duration.ofMillis(50);
    static final Duration QUIET_BOUND = Duration.ofSeconds(2);
    /** How long an await=SOCKET.COUNTER=N step waits for the peer. */
    static final Duration AWAIT_BOUND = Duration.ofSeconds(60);

    private final Lab lab;
    private final PrintStream out;
    private final LinkedBlockingQueue<LabUpdate> updates = new LinkedBlockingQueue<>();
    private final KernelReader kernel;
    private final List<Consumer<KernelView>> kernelListeners = new ArrayList<>();
    private LabSnapshot latest = LabSnapshot.EMPTY;
    /** The lab as the previous line showed it. */
    private LabSnapshot printed = LabSnapshot.EMPTY;
    /** Where what runs is recorded (play --record), or null. */
    private SessionRecord record;

    Player(Lab lab, PrintStream out) {
        this(lab, out, KernelReader.system());
    }

    Player(Lab lab, PrintStream out, KernelReader kernel) {
        this.lab = lab;
        this.out = out;
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

    /** Runs steps that were all parsed before the first one ran. */
    void play(List<ScriptStep> steps) {
        steps.forEach(this::play);
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
        for (int i = 0; i < lesson.steps().size() && failed.isEmpty(); i++) {
            Lesson.Item item = lesson.steps().get(i);
            StepResult r = play(item.step(), item.narration());
            if (r != null && !item.expect().accepts(r)) {
                failed = "step " + (i + 1) + " (" + item.step().text() + ", line " + item.line() + ") returned "
                        + Expect.actual(r) + "; the lesson says " + item.expect().shown(r);
            }
        }
        lab.awaitQuiet(QUIET, QUIET_BOUND);
        List<NotificationEvent> events = drain();
        List<String> broken = failed.isEmpty() ? lesson.brokenPromises(lab.snapshot()) : List.of(failed);
        String verdict = broken.isEmpty() ? "held" : String.join(", ", broken);
        JsonLine line = JsonLine.of("promises", broken.isEmpty() ? "ok" : "error", "(no call made)", "", 0,
                broken.isEmpty() ? "Every counter the lesson promised holds."
                        : !failed.isEmpty() ? "The lesson stopped: " + failed
                        : "Counters differ from the lesson's promise (promised in brackets): " + verdict, 0, "");
        line.counters(latest).events(events);
        out.println(line.tcp(kernel(latest), latest.sockets().keySet()).promises(verdict).text()); // the summary lists all
        out.flush();
        return broken.isEmpty();
    }

    void play(ScriptStep step) {
        play(step, "");
    }

    /** Runs one item and prints its line; returns the step's result, or null for a wait. */
    private StepResult play(ScriptStep step, String narration) {
        JsonLine line;
        StepResult result = null;
        if (step instanceof ScriptStep.Action action) {
            result = lab.run(action.step());
            lab.awaitQuiet(QUIET, QUIET_BOUND);
            line = JsonLine.of(result);
        } else if (step instanceof ScriptStep.Await await) {
            boolean reached = lab.awaitCounter(await.socket(), await.notification(), await.count(), AWAIT_BOUND);
            lab.awaitQuiet(QUIET, QUIET_BOUND);
            String what = await.socket() + " " + await.notification().mfcName() + " = " + await.count();
            line = reached
                    ? JsonLine.of(await.text(), "ok", "", "", 0, "reached " + what, 0, "")
                    : JsonLine.of(await.text(), "error", "", "ETIMEDOUT", 0, "waited " + AWAIT_BOUND.toSeconds()
                            + " s and " + what + " never happened", 0, "");
        } else {
            ScriptStep.Wait wait = (ScriptStep.Wait) step;
            pause(wait.millis());
            lab.awaitQuiet(QUIET, QUIET_BOUND);
            line = JsonLine.of(wait.text(), "ok", "", "", 0, "waited " + wait.millis() + " ms", 0, "");
        }
        List<NotificationEvent> events = drain();
        if (record != null && result == null) {
            record.note(step); // a wait or await: the lab publishes nothing for it
        }
        LabSnapshot listed = shown();
        line.counters(listed).events(events).tcp(kernel(latest), listed.sockets().keySet());
        if (!narration.isEmpty()) {
            line.narration(narration);
        }
        out.println(line.text());
        out.flush();
        return result;
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

    /** Reads the kernel's view of the lab as the line shows it, and hands it to the listeners. */
    private KernelView kernel(LabSnapshot snapshot) {
        KernelView view = kernel.read(snapshot);
        kernelListeners.forEach(l -> l.accept(view));
        return view;
    }

    /** Prints an error line for something that was not run (a malformed step or a bad option). */
    void refuse(String step, String message) {
        out.println(JsonLine.refused(step, message).counters(latest)
                .events(drain()).text());
        out.flush();
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
