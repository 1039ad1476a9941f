package org.socketlab.ui.window;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.socketlab.engine.LabListener;
import org.socketlab.engine.LabUpdate;

/**
 * The one place that hops threads: the lab publishes on its selector thread, this queues the updates
 * and hands them in order, in batches, to the view model on the UI executor. While a batch is pending,
 * further updates join it, so a flood of notifications is one {@code runLater}, not thousands. For
 * pictures that replace each other (the kernel sampler's views) {@link #newestOnly} hands over only the
 * newest; {@link #coalesced} runs an action once however often it is asked for meanwhile (a redraw).
 * {@link #FX} is the FX thread as an executor: the only {@code Platform.runLater} of the window, also for work
 * already on the FX thread that must wait until the current layout pass is over.
 */
public final class UiBridge implements LabListener {
    /** The FX thread: runs an action after the current event or pulse. */
    public static final Executor FX = Platform::runLater;

    private final Executor uiThread;
    private final Consumer<List<LabUpdate>> target;
    private final ConcurrentLinkedQueue<LabUpdate> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    public UiBridge(Executor uiThread, Consumer<List<LabUpdate>> target) {
        this.uiThread = uiThread;
        this.target = target;
    }

    @Override
    public void onUpdate(LabUpdate update) {
        pending.add(update);
        if (scheduled.compareAndSet(false, true)) {
            uiThread.execute(this::deliver);
        }
    }

    private void deliver() {
        scheduled.set(false);
        List<LabUpdate> batch = new ArrayList<>();
        LabUpdate u;
        while ((u = pending.poll()) != null) {
            batch.add(u);
        }
        if (!batch.isEmpty()) {
            target.accept(batch);
        }
    }

    /**
     * Hands values produced on another thread to the UI thread, newest only: while one hand-over is
     * pending, a newer value replaces the waiting one (each value is a whole picture, so nothing is lost).
     */
    public static <T> Consumer<T> newestOnly(Executor uiThread, Consumer<T> target) {
        AtomicReference<T> waiting = new AtomicReference<>();
        return value -> {
            if (waiting.getAndSet(value) == null) {
                uiThread.execute(() -> target.accept(waiting.getAndSet(null)));
            }
        };
    }

    /** Runs {@code action} on the UI thread once however often it is asked for before it runs. */
    public static Runnable coalesced(Executor uiThread, Runnable action) {
        Consumer<Boolean> once = newestOnly(uiThread, asked -> action.run());
        return () -> once.accept(Boolean.TRUE);
    }
}
