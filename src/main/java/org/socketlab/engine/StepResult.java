package org.socketlab.engine;

import java.time.Instant;

/**
 * The answer to one step: the outcome, what Java returned or threw, the POSIX errno name and the
 * Winsock code (both empty/0 when none), a one-line explanation, and for send/receive the bytes moved.
 */
public record StepResult(Step step, Outcome outcome, String java, String errno, int wsa, String message,
                         long bytes, byte[] data, Instant time, String thread, LabSnapshot after)
        implements LabUpdate {

    public StepResult {
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }
}
