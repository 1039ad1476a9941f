package org.socketlab.ui.window;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.application.Platform;
import org.socketlab.engine.LabListener;
import org.socketlab.engine.LabUpdate;

/**
 * The one place that hops threads: the lab publishes on its selector thread, this queues the updates
 * and hands them in order, in batches, to the view model on the UI executor. While a batch is pending,
 * further updates join it, so a flood of notifications is one {@code runLater}, not thousands. A hand-over
 * keeps the UI thread about {@link #SLICE_NANOS} at most: it takes as many updates as the last hand-over's
 * time per update says fit, the first of a burst {@link #FIRST_CHUNK} and each later one at most twice as
 * many as the one before, and leaves the rest to a hand-over of its own, queued behind the pulse that draws
 * what was applied, so a burst of thousands never freezes the window. For
 * pictures that replace each other (the kernel sampler's views) {@link #newestOnly} hands over only the
 * newest; {@link #coalesced} runs an action once however often it is asked for meanwhile (a redraw).
 * {@link #FX} is the FX thread as an executor: the only {@code Platform.runLater} of the window, also for work
 * already on the FX thread that must wait until the current layout pass is over.
 */
public final class UiBridge implements LabListener {
    /** The FX thread: runs an action after the current event or pulse. */
    public static final Executor FX = Platform::runLater;
    /** How long one hand-over may keep the UI thread (a 60 Hz frame is 16.7 ms; the pulse needs the rest). */
    static final long SLICE_NANOS = 10_000_000;
    /**
     * How many updates the first hand-over of a burst takes: a burst may bring updates the window has not
     * applied before (a first Broadcast), whose code the JIT has not compiled yet. Each hand-over may take
     * twice as many as the one before, as far as the slice allows.
     */
    static final int FIRST_CHUNK = 8;
    /** What an update is taken to cost at least, so that one quick hand-over does not make the next one huge. */
    private static final long LEAST_NANOS_PER_UPDATE = 20_000;

    private final Executor uiThread;
    private final Consumer<List<LabUpdate>> target;
    private final long sliceNanos;
    private final LongSupplier clock;

    private final ConcurrentLinkedQueue<LabUpdate> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    /** What an update cost in the last hand-over, and how many the next may take (used on the UI thread only). */
    private long nanosPerUpdate = LEAST_NANOS_PER_UPDATE;
    private int chunk = FIRST_CHUNK;

    public UiBridge(Executor uiThread, Consumer<List<LabUpdate>> target) {
        this(uiThread, target, SLICE_NANOS, System::nanoTime);
    }

    /**
     * @param sliceNanos how long a hand-over may take ({@link Long#MAX_VALUE}: all that waits, in one)
     * @param clock      the time in nanoseconds
     */
    UiBridge(Executor uiThread, Consumer<List<LabUpdate>> target, long sliceNanos, LongSupplier clock) {
        this.uiThread = uiThread;
        this.target = target;
        this.sliceNanos = sliceNanos;
        this.clock = clock;
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
        List<LabUpdate> batch = take(sliceNanos == Long.MAX_VALUE ? Integer.MAX_VALUE
                : (int) Math.max(1, Math.min(chunk, sliceNanos / nanosPerUpdate)));
        if (!batch.isEmpty()) {
            long began = clock.getAsLong();
            target.accept(batch);
            nanosPerUpdate = Math.max(LEAST_NANOS_PER_UPDATE, (clock.getAsLong() - began) / batch.size());
        }
        if (pending.isEmpty()) {
            chunk = FIRST_CHUNK; // the burst is over: the next one starts small again
        } else {
            chunk = (int) Math.min(Integer.MAX_VALUE / 2, 2L * Math.max(1, batch.size()));
            if (scheduled.compareAndSet(false, true)) {
                uiThread.execute(this::deliver); // the rest after the pulse that draws this part
            }
        }
    }

    /**
     * Whether every update published so far has been applied (asked on the UI thread, between hand-overs): a
     * burst may take several.
     */
    public boolean idle() {
        return pending.isEmpty();
    }

    private List<LabUpdate> take(int most) {
        List<LabUpdate> batch = new ArrayList<>();
        LabUpdate u;
        while (batch.size() < most && (u = pending.poll()) != null) {
            batch.add(u);
        }
        return batch;
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
