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
 * lab update (updates arriving while a sample is pending share it), at most once per {@link #SPACING}, and,
 * only while the view is transitional ({@link KernelView#isTransitional()}), again every {@link #PERIOD}. A
 * lab that is idle and stable leaves no timer running, so the sampler's thread sleeps without waking. A burst
 * of updates (a class sending, a script) is so read 10 times a second, not once per update: each read walks
 * the kernel's table of every connection.
 */
public final class KernelSampler implements LabListener, AutoCloseable {
    /** How often a transitional view is sampled again: 4 Hz. */
    public static final Duration PERIOD = Duration.ofMillis(250);
    /** The least time from one sample to the next an update asks for: at most 10 a second. */
    public static final Duration SPACING = Duration.ofMillis(100);
    public static final String THREAD_NAME = "socketlab-kernel";

    private final KernelReader reader;
    private final long spacingNanos;
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
    /** When the last sample began ({@link System#nanoTime()}); 0 before the first. */
    private volatile long lastSample;

    public KernelSampler(KernelReader reader) {
        this(reader, SPACING);
    }

    /** @param spacing the least time between a sample and the next one an update asks for (zero: none) */
    KernelSampler(KernelReader reader, Duration spacing) {
        this.reader = reader;
        this.spacingNanos = spacing.toNanos();
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

    /** Asks for a sample of the latest snapshot soon (within {@link #SPACING} of the last one), e.g. at start. */
    public void request() {
        if (pending.compareAndSet(false, true)) {
            try {
                long wait = lastSample == 0 ? 0 : lastSample + spacingNanos - System.nanoTime();
                if (wait > 0) {
                    thread.schedule(this::sample, wait, TimeUnit.NANOSECONDS);
                } else {
                    thread.execute(this::sample);
                }
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
        lastSample = System.nanoTime();
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
