package org.socketlab.ui.model;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;

/** Stands in for the FX thread: tasks wait here until the test thread runs them with {@link #drain()}. */
final class QueueExecutor implements Executor {
    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();

    @Override
    public void execute(Runnable task) {
        tasks.add(task);
    }

    void drain() {
        Runnable task;
        while ((task = tasks.poll()) != null) {
            task.run();
        }
    }
}
