package org.socketlab.ui.window;

import java.time.Duration;

/** Runs something later on the UI thread (auto-play's pause between steps). */
@FunctionalInterface
public interface Ticker {
    void schedule(Duration delay, Runnable action);
}
