package org.socketlab.engine;

/**
 * A failed call as the lab reports it: POSIX errno name, Winsock code, and the explanation's key; for a failure
 * nobody could classify, no errno, {@link Wsa#UNCLASSIFIED} (never 0, which is success), and the system's own
 * words as {@code detail}.
 */
record Failure(String errno, Wsa wsa, String explanationKey, String detail) {
    static final String UNCLASSIFIED = "error.unclassified";

    Failure(String errno, Wsa wsa, String explanationKey) {
        this(errno, wsa, explanationKey, "");
    }

    /** A failure whose error is not known: said so, with what the system said. */
    static Failure unclassified(String said) {
        return new Failure("", Wsa.UNCLASSIFIED, UNCLASSIFIED, said);
    }

    boolean isUnclassified() {
        return explanationKey.equals(UNCLASSIFIED);
    }
}
