package org.socketlab.kernel;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.socketlab.engine.LabListener;
import org.socketlab.engine.LabSnapshot;
import org.socketlab.engine.LabUpdate;

/**
 * Samples the kernel's view of the lab on a thread of its own, never the selector thread: once after every
 * lab update (updates arriving while a sample is pending share it) and, only while the view is
 * transitional ({@link KernelView#isTransitional()}), again every {@link #PERIOD}. A lab that is idle and
 * stable leaves no timer running, so the sampler's thread sleeps without waking.
 */
public final class KernelSampler implements LabListener, AutoCloseable {
    /** How often a transitional view is sampled again: 4 Hz. */
    public static final Duration PERIOD = Duration.ofMillis(250);
    public static final String THREAD_NAME = "socketlab-kernel";

    private final KernelReader reader;
    private final ScheduledThreadPoolExecutor thread = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, THREAD_NAME);
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<LabSnapshot> latest = new AtomicReference<>(LabSnapshot.EMPTY);
    private final AtomicBoolean pending = new AtomicBoolean();
    private final AtomicLong samples = new AtomicLong();
    private final List<Consumer<KernelView>> listeners = new CopyOnWriteArrayList<>();
    /** The next timed sample; touched on the sampler's thread only. */
    private ScheduledFuture<?> timer;
    private volatile KernelView view = KernelView.EMPTY;

    public KernelSampler(KernelReader reader) {
        this.reader = reader;
        thread.setRemoveOnCancelPolicy(true); // a cancelled timer leaves the queue at once
    }

    /** Receives every view sampled, on the sampler's thread. */
    public void addListener(Consumer<KernelView> listener) {
        listeners.add(listener);
    }

    /** Called on the selector thread: notes the snapshot and asks for a sample; returns at once. */
    @Override
    public void onUpdate(LabUpdate update) {
        LabSnapshot after = update.after();
        latest.accumulateAndGet(after, (old, now) -> now.version() >= old.version() ? now : old);
        request();
    }

    /** Asks for a sample of the latest snapshot soon, e.g. at start. */
    public void request() {
        if (pending.compareAndSet(false, true)) {
            try {
                thread.execute(this::sample);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                pending.set(false); // closed
            }
        }
    }

    /** The latest view sampled. */
    public KernelView view() {
        return view;
    }

    /** How many samples were taken: a stable lab stops adding to it. */
    public long samples() {
        return samples.get();
    }

    /** True while a timed sample is scheduled (only while the view is transitional). */
    public boolean timerRunning() {
        try {
            return thread.submit(() -> timer != null && !timer.isDone()).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            return false;
        }
    }

    /** How many timed samples are scheduled now: at most one, however many updates arrive meanwhile. */
    public int timersScheduled() {
        try {
            return thread.submit(() -> thread.getQueue().size()).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            return 0;
        }
    }

    private void tick() {
        timer = null;
        sample();
    }

    private void sample() {
        pending.set(false);
        KernelView now = reader.read(latest.get());
        samples.incrementAndGet();
        view = now;
        for (Consumer<KernelView> listener : listeners) {
            listener.accept(now);
        }
        if (now.isTransitional()) {
            if (timer == null || timer.isDone()) {
                timer = thread.schedule(this::tick, PERIOD.toMillis(), TimeUnit.MILLISECONDS);
            }
        } else if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
