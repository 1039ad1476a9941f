package org.socketlab.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * What an endpoint answers to a step, before the core adds the calls it recorded, the time, the thread
 * and the snapshot. The explanation stays typed (keys and arguments); nothing here is finished English.
 */
record Reply(Outcome outcome, String errno, Wsa wsa, List<Explanation> explanations, long bytes, byte[] data,
             boolean endOfStream, long unsent) {
    private static final byte[] NONE = new byte[0];

    Reply {
        explanations = List.copyOf(explanations);
    }

    static Reply ok(String key, Object... args) {
        return new Reply(Outcome.OK, "", Wsa.NONE, List.of(Explanation.of(key, args)), 0, NONE, false, 0);
    }

    static Reply wouldBlock(String errno, String key, Object... args) {
        return new Reply(Outcome.WOULD_BLOCK, errno, Wsa.WSAEWOULDBLOCK, List.of(Explanation.of(key, args)), 0,
                NONE, false, 0);
    }

    static Reply error(String errno, Wsa wsa, String key, Object... args) {
        return new Reply(Outcome.ERROR, errno, wsa, List.of(Explanation.of(key, args)), 0, NONE, false, 0);
    }

    /** A failed call: what Java threw, mapped to errno / WSA, with the explanation for it. */
    static Reply failed(Throwable t) {
        return failed(ErrorCodes.classify(t));
    }

    /** A failed call, as classified. */
    static Reply failed(Failure f) {
        return f.detail().isEmpty() ? error(f.errno(), f.wsa(), f.explanationKey())
                : error(f.errno(), f.wsa(), f.explanationKey(), f.detail());
    }

    Reply withData(long count, byte[] moved) {
        return new Reply(outcome, errno, wsa, explanations, count, moved, endOfStream, unsent);
    }

    /** Marks a Receive whose read() returned -1: the peer's end of stream. */
    Reply atEndOfStream() {
        return new Reply(outcome, errno, wsa, explanations, bytes, data, true, unsent);
    }

    /** Marks a Send whose payload is not all written: {@code rest} bytes wait for the next Send. */
    Reply unsent(long rest) {
        return new Reply(outcome, errno, wsa, explanations, bytes, data, endOfStream, rest);
    }

    /** Adds a sentence after the explanation. */
    Reply then(String key, Object... args) {
        List<Explanation> more = new ArrayList<>(explanations);
        more.add(Explanation.of(key, args));
        return new Reply(outcome, errno, wsa, more, bytes, data, endOfStream, unsent);
    }
}
