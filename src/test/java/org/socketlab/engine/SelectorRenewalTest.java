package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A selector whose select() keeps failing is replaced after three failures in a row (each counted); a
 * replacement the OS refuses is counted too, tried again at the next failure, after a pause, not in a busy
 * loop.
 */
class SelectorRenewalTest {
    private static final long BOUND_SECONDS = 10;
    private static final IOException REFUSED = new IOException("no selector (scripted)");

    @Test
    void aSelectorFailingThreeTimesInARowIsReplacedAndTheCountStartsAgain() throws Exception {
        ScriptedSelector first = ScriptedSelector.broken();
        ScriptedSelector second = ScriptedSelector.broken();
        ScriptedSelector third = ScriptedSelector.working();
        SelectorLoop loop = new SelectorLoop("renewal", ScriptedResources.opening(first, second, third));
        BlockingQueue<Integer> failuresAtRenewal = new LinkedBlockingQueue<>();
        start(loop, () -> failuresAtRenewal.add(loop.failures()), failure -> { }, () -> { });
        try {
            assertThat(next(failuresAtRenewal)).as("renewed at the third failure").isEqualTo(3);
            assertThat(next(failuresAtRenewal)).as("the new selector gets three failures too").isEqualTo(6);
            awaitSelector(loop, third);
            // the loop takes the new selector first and closes the old one next: wait for that close
            awaitClosed(second);
            assertThat(first.isOpen()).as("the replaced selector is closed").isFalse();
            assertThat(second.isOpen()).isFalse();
            assertThat(loop.lastFailure()).hasMessage("select failed (scripted)");
        } finally {
            loop.stop();
        }
        assertThat(loop.failures()).isEqualTo(6);
    }

    @Test
    void aRefusedRenewalIsCountedAndTriedAgainAtTheNextFailure() throws Exception {
        ScriptedSelector broken = ScriptedSelector.broken();
        ScriptedSelector working = ScriptedSelector.working();
        SelectorLoop loop = new SelectorLoop("renewal", ScriptedResources.opening(broken, REFUSED, working));
        BlockingQueue<Integer> failuresAtRenewal = new LinkedBlockingQueue<>();
        BlockingQueue<Boolean> interruptedAtWake = new LinkedBlockingQueue<>();
        AtomicBoolean refused = new AtomicBoolean();
        // the hook interrupts the loop when the renewal is refused: the pause then ends at once
        start(loop, () -> failuresAtRenewal.add(loop.failures()), failure -> {
            if (failure == REFUSED) {
                refused.set(true);
                Thread.currentThread().interrupt();
            }
        }, () -> {
            if (refused.getAndSet(false)) {
                interruptedAtWake.add(Thread.currentThread().isInterrupted());
            }
        });
        try {
            assertThat(next(failuresAtRenewal)).isEqualTo(3);
            assertThat(next(interruptedAtWake)).as("the interrupt the pause met is kept for the loop").isTrue();
            assertThat(next(failuresAtRenewal)).as("refusal counted, renewal tried at the next failure")
                    .isEqualTo(5);
            awaitSelector(loop, working);
            awaitClosed(broken);
            assertThat(broken.isOpen()).isFalse();
        } finally {
            loop.stop();
        }
    }

    @Test
    void aRefusedRenewalPausesTheLoopRatherThanSpinning() throws Exception {
        ScriptedResources os = ScriptedResources.opening(ScriptedSelector.broken(), REFUSED);
        SelectorLoop loop = new SelectorLoop("renewal", os);
        start(loop, () -> { }, failure -> { }, () -> { });
        try {
            Thread thread = os.thread();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(BOUND_SECONDS);
            while (thread.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < deadline) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
            }
            assertThat(thread.getState()).as("the loop waits between refused renewals")
                    .isEqualTo(Thread.State.TIMED_WAITING);
        } finally {
            loop.stop();
        }
    }

    private static void start(SelectorLoop loop, Runnable renewal, Consumer<Throwable> failure, Runnable wake) {
        loop.start(key -> { }, () -> 0, wake, failure, renewal, () -> { });
    }

    private static <T> T next(BlockingQueue<T> queue) throws InterruptedException {
        return queue.poll(BOUND_SECONDS, TimeUnit.SECONDS);
    }

    private static void awaitClosed(ScriptedSelector selector) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(BOUND_SECONDS);
        while (selector.isOpen() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
    }

    private static void awaitSelector(SelectorLoop loop, ScriptedSelector expected) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(BOUND_SECONDS);
        while (loop.selector() != expected && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
        assertThat(loop.selector()).isSameAs(expected);
    }
}
