package org.socketlab.engine;

/** What the engine publishes: step results and notifications, each with the lab as it was after it. */
public sealed interface LabUpdate permits StepResult, NotificationEvent, LabReset, SelectorReport {
    LabSnapshot after();

    /** When it happened. */
    java.time.Instant time();
}
