package org.socketlab.ui.window;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/** Stands in for the FX thread: tasks wait here until the test thread runs them with {@link #drain()}. */
public final class QueueExecutor implements Executor {
    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicInteger handedOver = new AtomicInteger();

    @Override
    public void execute(Runnable task) {
        handedOver.incrementAndGet();
        tasks.add(task);
    }

    /** How many tasks were handed to this executor so far, each one a {@code Platform.runLater} on the FX thread. */
    public int handedOver() {
        return handedOver.get();
    }

    public void drain() {
        Runnable task;
        while ((task = tasks.poll()) != null) {
            task.run();
        }
    }
}
