package org.socketlab.ui.window;

import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * How often, at most, what only the newest state needs is shown while a burst goes on: 10 times a second
 * ({@link #NANOS}) while more updates wait to be applied, and at a burst's last hand-over. It paces the answers
 * beside the buttons (each card on its own), the status bar, the narration and its code, the log's new rows,
 * the received data and a connection's bytes; counters and states are shown at every hand-over.
 */
final class ShowingPace {
    static final long NANOS = 100_000_000;

    private final LongSupplier clock;
    /** Whether more updates wait to be applied (the bridge's queue): only then may showing be put off. */
    private BooleanSupplier moreComing = () -> false;
    private long lastShown;

    /** @param clock the time in nanoseconds */
    ShowingPace(LongSupplier clock) {
        this.clock = clock;
        this.lastShown = clock.getAsLong() - NANOS;
    }

    void whileMoreComing(BooleanSupplier moreComing) {
        this.moreComing = moreComing;
    }

    /**
     * The moment a hand-over ends: its time, whether more updates wait, and whether what is paced window-wide
     * is due (shown at least {@link #NANOS} ago, or nothing more waits); when due it counts as shown now.
     */
    Moment next() {
        long now = clock.getAsLong();
        boolean more = moreComing.getAsBoolean();
        boolean due = now - lastShown >= NANOS || !more;
        if (due) {
            lastShown = now;
        }
        return new Moment(now, more, due);
    }

    record Moment(long now, boolean moreComing, boolean due) {
    }
}
