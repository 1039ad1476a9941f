package org.socketlab.ui;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Hands values produced on another thread to the UI thread, newest only: while one hand-over is pending,
 * a newer value replaces the waiting one (each value is a whole picture, so nothing is lost).
 */
final class LatestBridge<T> implements Consumer<T> {
    private final Executor uiThread;
    private final Consumer<T> target;
    private final AtomicReference<T> waiting = new AtomicReference<>();

    LatestBridge(Executor uiThread, Consumer<T> target) {
        this.uiThread = uiThread;
        this.target = target;
    }

    @Override
    public void accept(T value) {
        if (waiting.getAndSet(value) == null) {
            uiThread.execute(() -> target.accept(waiting.getAndSet(null)));
        }
    }
}
