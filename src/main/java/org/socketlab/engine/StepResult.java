package org.socketlab.engine;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The answer to one step: the outcome; every call SocketLab made for it, in order, with what each
 * returned or threw (none when the step made no call); the POSIX errno name and the Winsock code (""
 * and {@link Wsa#NONE} when none); the explanation as keys and arguments; for send/receive the bytes
 * moved (at most the first {@value #SHOWN_BYTES} are kept); whether a read() returned -1; and for a Send
 * the bytes of its payload still waiting for the next Send.
 */
public record StepResult(Step step, Outcome outcome, List<Call> calls, String errno, Wsa wsa,
                         List<Explanation> explanations, long bytes, byte[] data, boolean endOfStream,
                         long unsent, Instant time, String thread, LabSnapshot after) implements LabUpdate {
    /** How many of the bytes one step moved are kept for display. */
    public static final int SHOWN_BYTES = 4096;

    public StepResult {
        calls = List.copyOf(calls);
        explanations = List.copyOf(explanations);
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /** The first {@code moved} bytes of {@code from} (from its position), at most {@link #SHOWN_BYTES} of them. */
    static byte[] shown(java.nio.ByteBuffer from, int moved) {
        byte[] first = new byte[Math.min(moved, SHOWN_BYTES)];
        from.duplicate().get(first);
        return first;
    }

    /** True when the step was answered without calling anything (e.g. the socket does not exist). */
    public boolean noCallMade() {
        return calls.isEmpty();
    }

    /** The calls as one line, e.g. {@code read(1024-byte buffer) returned 24}. */
    public String java() {
        if (calls.isEmpty()) {
            return "(no call made)";
        }
        return calls.stream().map(Call::text).collect(Collectors.joining("; "));
    }

    /** The explanation, formatted. */
    public String message() {
        return explanations.stream().map(Explain::text).collect(Collectors.joining(" "));
    }
}
