package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.lang.reflect.Field;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.channels.SelectableChannel;
import java.nio.channels.Selector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The checks the random-step property and the soak run share. */
final class SoakChecks {
    /** Every wait has this bound; none is a fixed sleep. */
    static final Duration BOUND = Duration.ofSeconds(30);


    private SoakChecks() {
    }

    /**
     * The step was answered, for this step, listing exactly the calls the engine counted for it, with
     * explanations the texts know, and (Send, Receive) with one call whose return value is the result.
     */
    static void assertAnswered(Step step, StepResult r, long callsCounted, int receiveBuffer) {
        assertThat(r.step()).as("the answer is for the step asked").isEqualTo(step);
        assertThat(r.calls()).as("calls listed by %s", step.text()).hasSize((int) callsCounted);
        for (Explanation e : r.explanations()) {
            assertThat(Explain.has(e.key())).as("%s: explanation key %s exists", step.text(), e.key()).isTrue();
            assertThat(e.key()).as("%s: the lab hit an internal error: %s", step.text(), r.message())
                    .isNotIn("lab.internal.error", "lab.recovered");
        }
        if (step.operation() != Operation.RECEIVE && step.operation() != Operation.SEND) {
            return;
        }
        assertThat(r.calls()).as("one click, at most one call: %s", r.java()).hasSizeLessThanOrEqualTo(1)
                .extracting(Call::method).isSubsetOf("read", "write");
        if (r.calls().isEmpty() || r.calls().get(0).failed()) {
            assertThat(r.bytes()).as("%s moved nothing: %s", step.text(), r.java()).isZero();
            return;
        }
        long returned = Long.parseLong(r.calls().get(0).returned());
        assertThat(r.outcome()).as("%s: only a call that moved nothing would block: %s", step.text(), r.java())
                .isEqualTo(returned == 0 ? Outcome.WOULD_BLOCK : Outcome.OK);
        assertThat(r.bytes()).as("%s: bytes shown are what the call returned", step.text())
                .isEqualTo(Math.max(returned, 0));
        assertThat(r.data()).as("%s: the bytes kept for display", step.text())
                .hasSize((int) Math.min(r.bytes(), StepResult.SHOWN_BYTES));
        if (step.operation() == Operation.RECEIVE) {
            assertThat(returned).as("read() into a buffer of %d bytes", receiveBuffer)
                    .isLessThanOrEqualTo(receiveBuffer);
            assertThat(r.endOfStream()).as("end of stream is read() returning -1").isEqualTo(returned < 0);
        } else {
            assertThat(returned).as("write() offers at most %d bytes", StreamEndpoint.MAX_WRITE)
                    .isBetween(0L, (long) StreamEndpoint.MAX_WRITE);
        }
    }

    /**
     * After Reset: the lab holds no socket, keeps no view and no interest set, its selector has no key
     * left, the process holds no more socket descriptors than before the lab, and one selector thread runs.
     */
    static void assertResetLeftNothing(Lab lab, long socketsBefore) {
        assertThat(lab.openChannels()).as("sockets the lab holds open after Reset").isZero();
        assertThat(lab.snapshot().sockets()).as("sockets the lab shows after Reset").isEmpty();
        assertThat(lab.interestOps()).as("interest sets after Reset").isEmpty();
        assertThat(selectorKeys(lab)).as("keys registered with the selector after Reset").isZero();
        assertThat(OpenSockets.count()).as("socket descriptors after Reset").isEqualTo(socketsBefore);
        assertThat(OpenSockets.selectorThreads()).as("selector threads after Reset").isEqualTo(1);
        assertThat(lab.unexpectedFailures()).as("failure: %s", lab.lastUnexpectedFailure()).isZero();
    }

    /** Resets and waits (bounded) for it to finish. */
    static void reset(Lab lab) {
        try {
            lab.reset().get(BOUND.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError("Reset did not finish within " + BOUND, e);
        }
    }


    // The internals below are read, never changed, through reflection: the engine keeps them private
    // and the tests must not widen src/main for a check.

    private static Object field(Object owner, String name) {
        try {
            Field f = owner.getClass().getDeclaredField(name);
            f.setAccessible(true);
            return f.get(owner);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("the test reads " + owner.getClass().getSimpleName() + "." + name
                    + ", which is gone; update " + SoakChecks.class.getSimpleName(), e);
        }
    }

    private static Selector selector(Lab lab) {
        return ((SelectorLoop) field(lab, "loop")).selector();
    }

    /**
     * How many keys the lab's selector still has. Read from the test thread while no step runs: after a
     * finished Reset the selector thread only blocks in select() (an idle lab does not wake).
     */
    static int selectorKeys(Lab lab) {
        lab.sync();
        return selector(lab).keys().size();
    }

    /**
     * Weak references to every socket the lab holds now (the endpoint and its channel). Call only between
     * steps: steps alone change the lab's map of sockets, and none runs then.
     */
    static List<WeakReference<Object>> socketRefs(Lab lab) {
        lab.sync();
        Map<?, ?> endpoints = (Map<?, ?>) field(field(lab, "core"), "endpoints");
        List<WeakReference<Object>> refs = new ArrayList<>();
        for (Object e : List.copyOf(endpoints.values())) {
            refs.add(new WeakReference<>(e));
            SelectableChannel channel = ((Endpoint<?>) e).channel();
            if (channel != null) {
                refs.add(new WeakReference<>(channel));
            }
        }
        return refs;
    }

    /**
     * Collects garbage until every reference is cleared (a full collection clears a weak reference whose
     * object nothing else holds), at most {@code bound}; returns how many are still set.
     */
    static long awaitCollected(Collection<? extends WeakReference<?>> refs, Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        long left;
        int rounds = 0;
        do {
            System.gc();
            rounds++;
            left = refs.stream().filter(r -> r.get() != null).count();
        } while (left > 0 && (rounds < 3 || System.nanoTime() < deadline) && rounds < 50);
        return left;
    }

    /** Heap in use after full collections, once it stops shrinking (bytes). */
    static long usedHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            long used = memory.getHeapMemoryUsage().getUsed();
            if (used >= best - 64 * 1024 && i >= 2) {
                return Math.min(best, used);
            }
            best = Math.min(best, used);
        }
        return best;
    }
}
