package org.socketlab.engine;

import java.util.Locale;
import java.util.Optional;

/** One button of the lab: each runs exactly one non-blocking call on the selector thread. */
public enum Operation {
    INIT, LISTEN, ACCEPT, CONNECT, SEND, RECEIVE, SHUTDOWN, CLOSE, ABORT;

    /** The name used in the step language, e.g. {@code client1.connect}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Operation> fromWord(String word) {
        for (Operation op : values()) {
            if (op.word().equals(word)) {
                return Optional.of(op);
            }
        }
        return Optional.empty();
    }
}
