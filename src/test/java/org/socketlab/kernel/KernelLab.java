package org.socketlab.kernel;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.function.Predicate;
import org.socketlab.engine.Clicks;
import org.socketlab.engine.Lab;
import org.socketlab.engine.LabSettings;
import org.socketlab.engine.SocketName;
import org.socketlab.engine.StepResult;

/**
 * A lab on 127.0.0.1 (OS-chosen port) with a kernel reader over this machine's real tables, driven by
 * step-language text. Waits for kernel states with a generous bound; never a fixed sleep.
 */
final class KernelLab implements AutoCloseable {
    static final Duration BOUND = Duration.ofSeconds(20);

    final Lab lab;
    final KernelReader reader;

    KernelLab() {
        this(KernelReader.system());
    }

    KernelLab(KernelReader reader) {
        this(reader, LabSettings.DEFAULT_BACKLOG);
    }

    /** A lab whose Listen asks for {@code backlog}. */
    KernelLab(int backlog) {
        this(KernelReader.system(), backlog);
    }

    KernelLab(KernelReader reader, int backlog) {
        this.lab = Lab.start(new LabSettings("127.0.0.1", 0, backlog, LabSettings.DEFAULT_RECEIVE_BUFFER));
        this.reader = reader;
    }

    /** Runs the steps in order, each one's notifications arriving before the next, as a student clicks. */
    StepResult clicks(String... texts) {
        return Clicks.run(lab, BOUND, texts);
    }

    KernelView view() {
        return reader.read(lab.sync());
    }

    KernelSocket socket(String name) {
        return view().socket(SocketName.parse(name).orElseThrow()).orElseThrow();
    }

    /** Waits until the kernel's view satisfies the condition; fails with the last view otherwise. */
    KernelView await(String what, Predicate<KernelView> condition) {
        long deadline = System.nanoTime() + BOUND.toNanos();
        KernelView last = view();
        while (!condition.test(last)) {
            if (System.nanoTime() > deadline) {
                return fail("the kernel never showed %s; last view: %s", what, last);
            }
            lab.awaitQuiet(Duration.ofMillis(20), Duration.ofSeconds(1));
            last = view();
        }
        return last;
    }

    KernelView awaitState(String socket, TcpState state) {
        SocketName name = SocketName.parse(socket).orElseThrow();
        return await(socket + " in " + state,
                v -> v.socket(name).map(s -> s.state() == state).orElse(false));
    }

    @Override
    public void close() {
        lab.close();
    }
}
