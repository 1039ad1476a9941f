package org.socketlab.engine;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * When the lab last published an update, and how many it has published: what threads that wait for the
 * lab (the player, tests) wait on. The selector thread calls {@link #noted()} after each update's
 * listeners have run; deadlines are {@link System#nanoTime()} values.
 */
final class Publications {
    private final Object lock = new Object();
    private long lastNanos = System.nanoTime();
    private long count;

    /** An update has been published. */
    void noted() {
        synchronized (lock) {
            lastNanos = System.nanoTime();
            count++;
            lock.notifyAll();
        }
    }

    /** How many updates have been published so far. */
    long count() {
        synchronized (lock) {
            return count;
        }
    }

    /** Waits until nothing has been published for {@code quiet}; false when the deadline came first. */
    boolean awaitQuiet(Duration quiet, long deadline) {
        synchronized (lock) {
            while (true) {
                long now = System.nanoTime();
                long quietUntil = lastNanos + quiet.toNanos();
                if (now >= quietUntil) {
                    return true;
                }
                if (now >= deadline || !await(Math.min(quietUntil, deadline) - now)) {
                    return false;
                }
            }
        }
    }

    /** Waits until something is published after the {@code seen}-th update, or until the deadline. */
    void awaitAfter(long seen, long deadline) {
        awaitUntil(() -> count != seen, deadline);
    }

    /** Waits until {@code condition} holds, checked after each update; false when the deadline came first. */
    boolean awaitUntil(BooleanSupplier condition, long deadline) {
        synchronized (lock) {
            while (!condition.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !await(left)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Waits on the lock at most {@code nanos}; false when interrupted. */
    private boolean await(long nanos) {
        try {
            TimeUnit.NANOSECONDS.timedWait(lock, Math.max(nanos, 1));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
