package org.socketlab.engine;

/** What an endpoint answers to a step, before the core stamps it with time, thread and snapshot. */
record Reply(Outcome outcome, String java, String errno, int wsa, String message, long bytes, byte[] data) {
    private static final byte[] NONE = new byte[0];

    static Reply ok(String java, String message) {
        return new Reply(Outcome.OK, java, "", 0, message, 0, NONE);
    }

    static Reply wouldBlock(String java, String errno, String message) {
        return new Reply(Outcome.WOULD_BLOCK, java, errno, ErrorCodes.WSAEWOULDBLOCK, message, 0, NONE);
    }

    static Reply error(String java, String errno, int wsa, String message) {
        return new Reply(Outcome.ERROR, java, errno, wsa, message, 0, NONE);
    }

    /** A failed call: what Java threw, mapped to errno / WSA, with the explanation for it. */
    static Reply failed(String call, Throwable t) {
        Failure f = ErrorCodes.classify(t);
        return error(call + " threw " + ErrorCodes.describe(t), f.errno(), f.wsa(), Explain.text(f.explanationKey()));
    }

    Reply withData(long count, byte[] moved) {
        return new Reply(outcome, java, errno, wsa, message, count, moved);
    }
}
