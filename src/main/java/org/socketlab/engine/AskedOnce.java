package org.socketlab.engine;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * An answer asked for once, on a short-lived daemon thread of its own, and waited for with a bound: whatever
 * goes wrong while asking (an exception, no thread to ask on), the answer is then {@code fallback}, so no
 * one waits for ever. {@link ErrorTexts} keeps one for this system's error texts.
 */
final class AskedOnce<T> {
    private final String threadName;
    private final Supplier<T> ask;
    private final T fallback;
    private final CompletableFuture<T> answer = new CompletableFuture<>();
    private final AtomicBoolean asked = new AtomicBoolean();

    AskedOnce(String threadName, Supplier<T> ask, T fallback) {
        this.threadName = threadName;
        this.ask = ask;
        this.fallback = fallback;
    }

    /** Starts asking, the first time only. */
    void start() {
        if (asked.compareAndSet(false, true)) {
            Thread asking = new Thread(() -> {
                try {
                    answer.complete(ask.get());
                } finally {
                    answer.complete(fallback);
                }
            }, threadName);
            asking.setDaemon(true);
            try {
                asking.start();
            } catch (OutOfMemoryError | SecurityException e) {
                answer.complete(fallback);
            }
        }
    }

    /** Starts asking if no one did, then waits at most {@code bound}: true once the answer is there. */
    boolean await(Duration bound) {
        start();
        try {
            answer.get(bound.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The answer, waited for at most {@code bound}; {@code fallback} if it is not there by then. */
    T get(Duration bound) {
        return await(bound) ? answer.join() : fallback;
    }
}
