package org.socketlab.engine;

/** What the engine publishes: step results and notifications, each with the lab as it was after it. */
public sealed interface LabUpdate permits StepResult, NotificationEvent, LabReset, SelectorReport {
    LabSnapshot after();

    /** When it happened. */
    java.time.Instant time();

    /**
     * The engine's sequence number of this update: the version of its {@link #after()} snapshot, which grows
     * by one with every publication. A step's result has a smaller number than the notifications its own
     * calls caused, so ordering by it reads cause before effect. (A {@link SelectorReport} publishes no new
     * snapshot: it carries the number of the update before it and is not an event.)
     */
    default long seq() {
        return after().version();
    }
}
