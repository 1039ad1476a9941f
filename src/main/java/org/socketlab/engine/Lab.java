package org.socketlab.engine;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.socketlab.os.OsKind;

/**
 * The socket lab: a server, clients and workers on real non-blocking sockets, driven one step at a time.
 * Thread-safe: every method may be called from any thread. Each call is queued to the selector thread,
 * which alone touches sockets and counters; results come back as immutable records.
 */
public final class Lab implements AutoCloseable {
    /** The selector thread's name; one per lab. */
    public static final String THREAD_NAME = "socketlab-selector";
    private static final Duration CALL_BOUND = Duration.ofSeconds(60);

    private final SelectorLoop loop;
    private final LabCore core;
    private final List<LabListener> listeners = new CopyOnWriteArrayList<>();
    private final Publications publications = new Publications();
    private volatile LabSettings settings;

    private Lab(LabSettings settings, LabResources os) {
        this.settings = settings;
        SocketCalls.warmUp();
        ErrorTexts.prepare();
        try {
            loop = new SelectorLoop(THREAD_NAME, os);
        } catch (IOException | RuntimeException e) {
            throw new LabStartException(LabStartException.Refused.SELECTOR, OsKind.current(), e);
        }
        core = new LabCore(loop::selector, settings, this::publish, loop::fail);
        try {
            loop.start(core::onReady, core::millisToNextDeadline, core::expireConnects, core::noteFailure,
                    core::reset, core::shutdown);
        } catch (OutOfMemoryError | RuntimeException e) {
            loop.abandon();
            throw new LabStartException(LabStartException.Refused.THREAD, OsKind.current(), e);
        }
    }

    /**
     * Starts a lab and its selector thread.
     *
     * @throws LabStartException when the operating system refuses the selector or the thread
     */
    public static Lab start(LabSettings settings) {
        return start(settings, LabResources.SYSTEM);
    }

    /** Starts a lab on what {@code os} gives it (tests stand in for a PC that refuses). */
    public static Lab start(LabSettings settings, LabResources os) {
        return new Lab(settings, os);
    }

    /**
     * Waits at most {@code bound} until the system's error texts are known (they are asked for on a thread of
     * their own when the lab starts): the player waits before its first step, so that a failure even then, or
     * one that leaves no descriptor to load the native access with, is named. True once they are known.
     */
    public boolean awaitErrorTexts(Duration bound) {
        return ErrorTexts.await(bound);
    }

    public void addListener(LabListener listener) {
        listeners.add(listener);
    }

    public void removeListener(LabListener listener) {
        listeners.remove(listener);
    }

    /** Queues one step; the future completes with its result once the selector thread has run it. */
    public CompletableFuture<StepResult> submit(Step step) {
        return call(() -> {
            loop.catchUp(); // what happened before the step is posted before it
            return core.run(step);
        });
    }

    /** Runs one step and waits for its result. */
    public StepResult run(Step step) {
        return await(submit(step));
    }

    /** Closes every socket, zeroes every counter and forgets clients and workers. */
    public CompletableFuture<Void> reset() {
        return call(() -> {
            core.reset();
            return null;
        });
    }

    /** New settings apply to the steps after this call. */
    public void updateSettings(LabSettings newSettings) {
        settings = newSettings;
        loop.execute(() -> core.settings(newSettings));
    }

    public LabSettings settings() {
        return settings;
    }

    /** The latest picture of every socket (published by the selector thread after each change). */
    public LabSnapshot snapshot() {
        return core.snapshot();
    }

    /** Each socket's interest set as the selector has it (-1 when its key is gone). */
    public Map<SocketName, Integer> interestOps() {
        return await(call(core::interestOps));
    }

    /**
     * Measures, for every open socket, the interest set SocketLab keeps against what a naive
     * level-triggered loop would be told; also published to listeners.
     */
    public CompletableFuture<SelectorReport> selectorReport() {
        return call(core::selectorReport);
    }

    /**
     * How many socket calls the engine has made: {@code [0]} for steps (each listed in its result's
     * calls), {@code [1]} on the selector thread's own account (telling data from end of stream).
     */
    long[] callCounts() {
        return await(call(core::callCounts));
    }

    /** How many sockets the lab holds open. */
    public int openChannels() {
        return await(call(core::openChannels));
    }

    /**
     * Waits until the selector thread has handled every readiness the kernel reported up to now: the
     * returned snapshot includes the effects of all completed steps.
     */
    public LabSnapshot sync() {
        return await(call(core::snapshot));
    }

    /**
     * Waits until nothing has been published for {@code quiet} (so the notifications a step caused have
     * arrived), at most {@code bound}. Returns whether it got quiet in time.
     */
    public boolean awaitQuiet(Duration quiet, Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        long version = -1;
        // Round trips through the selector until one handles no readiness at all.
        while (System.nanoTime() < deadline) {
            long now = sync().version();
            if (now == version) {
                break;
            }
            version = now;
        }
        return publications.awaitQuiet(quiet, deadline);
    }

    /**
     * Waits until the lab is settled, judged by the kernel rather than by a clock: on the selector thread,
     * {@code selectNow()} finds nothing ready after what was ready has been handled, twice in a row, and no
     * connect is still waiting for its peer. A connect that is (to a remote host, or to a full backlog) is
     * waited for until an update arrives, at most {@code bound} in all. Returns whether it settled in time.
     */
    public boolean awaitSettled(Duration bound) {
        return awaitSettled(bound, Set::of);
    }

    /**
     * As {@link #awaitSettled(Duration)}, but the connects {@code notAwaited} names are not waited for: the
     * caller knows the kernel will not finish them by itself (their peer's accept queue is full, say). Asked, on
     * the calling thread, each time only a connect is left to wait for: a connect that finishes can fill the
     * queue for the rest.
     */
    public boolean awaitSettled(Duration bound, Supplier<Set<SocketName>> notAwaited) {
        long deadline = System.nanoTime() + bound.toNanos();
        int calm = 0;
        Set<SocketName> held = Set.of();
        while (System.nanoTime() - deadline < 0) {
            long before = publications.count();
            Set<SocketName> notNow = held;
            Settled now = await(call(() -> new Settled(loop.settle(), core.connecting(notNow))));
            if (now.handled() != 0) {
                calm = 0;
            } else if (!now.connecting()) {
                if (++calm == 2) {
                    return true;
                }
            } else {
                calm = 0;
                Set<SocketName> asked = notAwaited.get();
                if (asked.equals(held)) {
                    publications.awaitAfter(before, deadline);
                } else {
                    held = Set.copyOf(asked); // ask the lab again, without those
                }
            }
        }
        return false;
    }

    private record Settled(int handled, boolean connecting) { }

    /**
     * Waits until {@code socket}'s counter for {@code notification} reaches {@code count}, at most
     * {@code bound}. Returns whether it did.
     */
    public boolean awaitCounter(SocketName socket, Notification notification, int count, Duration bound) {
        return publications.awaitUntil(() -> snapshot().counters(socket).count(notification) >= count,
                System.nanoTime() + bound.toNanos());
    }

    /** How many times select() has returned: an idle lab must not spin. */
    public long selectorWakeups() {
        return loop.wakeups();
    }

    /** How many unexpected exceptions the selector thread caught (always 0 unless there is a bug). */
    public int unexpectedFailures() {
        return loop.failures();
    }

    public Throwable lastUnexpectedFailure() {
        return loop.lastFailure();
    }

    public boolean isRunning() {
        return loop.isAlive();
    }

    /** Closes every socket and stops the selector thread; waits for it to end. */
    @Override
    public void close() {
        try {
            loop.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private <T> CompletableFuture<T> call(Supplier<T> work) {
        CompletableFuture<T> future = new CompletableFuture<>();
        try {
            loop.execute(() -> {
                try {
                    future.complete(work.get());
                } catch (RuntimeException | Error e) {
                    future.completeExceptionally(e);
                    throw e;
                }
            });
        } catch (RejectedExecutionException e) {
            future.completeExceptionally(e);
        }
        return future;
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(CALL_BOUND.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the selector thread", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the selector thread failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the selector thread did not answer within " + CALL_BOUND, e);
        }
    }

    private void publish(LabUpdate update) {
        for (LabListener listener : listeners) {
            try {
                listener.onUpdate(update);
            } catch (RuntimeException | Error e) {
                loop.fail(e); // a listener's failure must not stop the network thread

            }
        }
        publications.noted();
    }
}
