package org.socketlab.diagram;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.socketlab.engine.Clicks;
import org.socketlab.engine.Lab;
import org.socketlab.engine.LabSettings;
import org.socketlab.engine.StepResult;
import org.socketlab.kernel.KernelReader;
import org.socketlab.kernel.KernelSampler;
import org.socketlab.kernel.KernelView;

/**
 * A lab on 127.0.0.1 (OS-chosen port) recorded as the window records it: the recorder hears the lab's
 * updates and the kernel sampler's views of this machine's real tables. Waits for conditions, never sleeps.
 */
final class DiagramLab implements AutoCloseable {
    static final Duration BOUND = Duration.ofSeconds(20);

    final Lab lab;
    final KernelSampler sampler = new KernelSampler(KernelReader.system());
    final DiagramRecorder recorder = new DiagramRecorder();
    /** The newest kernel view the recorder has taken (the sampler hands each view to its listeners in order). */
    final AtomicReference<KernelView> taken = new AtomicReference<>(KernelView.EMPTY);

    DiagramLab() {
        lab = Lab.start(new LabSettings("127.0.0.1", 0, LabSettings.DEFAULT_BACKLOG, LabSettings.DEFAULT_RECEIVE_BUFFER));
        lab.addListener(recorder);
        sampler.addListener(recorder);
        sampler.addListener(taken::set);
        lab.addListener(sampler);
    }

    /** Runs the steps in order, each one's notifications arriving before the next; returns the last result. */
    StepResult clicks(String... texts) {
        return Clicks.run(lab, BOUND, texts);
    }

    /** Waits until the recorded diagram satisfies the condition; fails with the last diagram otherwise. */
    SequenceDiagram await(String what, Predicate<SequenceDiagram> condition) {
        long deadline = System.nanoTime() + BOUND.toNanos();
        SequenceDiagram last = recorder.diagram();
        while (!condition.test(last)) {
            if (System.nanoTime() > deadline) {
                return fail("the diagram never showed %s; last: %s", what, last);
            }
            lab.awaitQuiet(Duration.ofMillis(20), Duration.ofSeconds(1));
            last = recorder.diagram();
        }
        return last;
    }

    /** The seed's 1–7, waiting after 4 for the kernel's handshake and accept queue to be drawn. */
    StepResult seed() {
        clicks("1", "2", "3", "4");
        await("the accept queue note", d -> d.of(DiagramItem.Note.class).stream()
                .anyMatch(n -> n.text().equals("client1 in accept queue")));
        clicks("5");
        StepResult sent = clicks("6");
        clicks("7");
        return sent;
    }

    /** The seed's 1–7, then client1 closes first and worker1 answers: FIN both ways, client1 in TIME_WAIT. */
    SequenceDiagram clientClosesFirst() {
        seed();
        clicks("client1.close");
        await("worker1's OnClose", d -> d.of(DiagramItem.Mark.class).stream()
                .anyMatch(m -> m.label().equals("OnClose 0") && m.lifeline().equals("worker1")));
        clicks("worker1.close");
        return await("TIME_WAIT on client1", d -> d.of(DiagramItem.Note.class).stream()
                .anyMatch(n -> n.text().equals("TIME_WAIT") && n.lifeline().equals("client1")));
    }

    static boolean hasWire(SequenceDiagram d, String from, String to, Segment s) {
        return d.of(DiagramItem.Wire.class).stream()
                .anyMatch(w -> w.from().equals(from) && w.to().equals(to) && w.segment() == s);
    }

    @Override
    public void close() {
        sampler.close();
        lab.close();
    }
}
