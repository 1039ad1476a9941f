package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * A lab on 127.0.0.1 with an OS-chosen port, driven by step-language text, with condition waits.
 * Every wait has a generous bound; none is a fixed sleep.
 */
final class LabFixture implements AutoCloseable {
    static final Duration BOUND = Duration.ofSeconds(20);
    static final Duration QUIET = Duration.ofMillis(100);

    final Lab lab;
    final List<LabUpdate> updates = new CopyOnWriteArrayList<>();

    LabFixture() {
        this(new LabSettings("127.0.0.1", 0, LabSettings.DEFAULT_BACKLOG, LabSettings.DEFAULT_RECEIVE_BUFFER));
    }

    LabFixture(LabSettings settings) {
        lab = Lab.start(settings);
        lab.addListener(updates::add);
    }

    /** Runs one step written in the step language, e.g. {@code "4"} or {@code "worker1.send=hi"}. */
    StepResult step(String text) {
        try {
            ScriptStep parsed = StepLanguage.parse(text);
            return lab.run(((ScriptStep.Action) parsed).step());
        } catch (StepSyntaxException e) {
            throw new AssertionError(text + ": " + e.getMessage(), e);
        }
    }

    /** Runs the steps in order and returns the last result. */
    StepResult steps(String... texts) {
        StepResult last = null;
        for (String text : texts) {
            last = step(text);
        }
        return last;
    }

    /** Runs the steps, letting each one's notifications arrive before the next (as a student clicks). */
    StepResult clicks(String... texts) {
        StepResult last = null;
        for (String text : texts) {
            last = step(text);
            settle();
        }
        return last;
    }

    Counters counters(String socket) {
        return lab.snapshot().counters(SocketName.parse(socket).orElseThrow());
    }

    /** Waits until the socket's counters satisfy the condition. */
    Counters await(String socket, Predicate<Counters> condition) {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (System.nanoTime() < deadline) {
            lab.awaitQuiet(Duration.ofMillis(20), Duration.ofSeconds(1));
            Counters c = counters(socket);
            if (condition.test(c)) {
                return c;
            }
        }
        return fail("%s never reached the expected counters; it has %s", socket, counters(socket));
    }

    /** Lets every notification already caused arrive, so a counter that must not change can be checked. */
    LabSnapshot settle() {
        Clicks.settle(lab, BOUND);
        return lab.snapshot();
    }

    static Counters counters(int accept, int connect, int send, int receive, int close) {
        return new Counters(accept, connect, send, receive, close, 0, 0, 0);
    }

    /** Compares the six counts only (error codes are checked separately). */
    static void assertCounts(Counters actual, int accept, int connect, int send, int receive, int close) {
        assertThat(new int[] {actual.accept(), actual.connect(), actual.send(), actual.receive(), actual.close(),
                actual.oob()})
                .as("accept, connect, send, receive, close, oob")
                .containsExactly(accept, connect, send, receive, close, 0);
    }

    @Override
    public void close() {
        assertThat(lab.unexpectedFailures()).as("unexpected failures on the selector thread: %s",
                lab.lastUnexpectedFailure()).isZero();
        lab.close();
    }
}
