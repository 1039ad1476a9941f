package org.socketlab.engine;

import org.socketlab.os.OsKind;

/**
 * The operating system refused what a lab needs at start: its selector or its thread. Says what happened
 * and what the person at the PC can allow ({@link #explanation()}), with the OS's own words as detail.
 */
public final class LabStartException extends RuntimeException {
    /** What the OS refused. */
    public enum Refused {
        /** {@code Selector.open()} failed (Windows: "Unable to establish loopback connection"). */
        SELECTOR,
        /** The selector thread did not start. */
        THREAD
    }

    private final Refused refused;
    private final OsKind os;

    LabStartException(Refused refused, OsKind os, Throwable cause) {
        super("the operating system refused the lab its " + refused.name().toLowerCase(java.util.Locale.ROOT)
                + ": " + cause, cause);
        this.refused = refused;
        this.os = os;
    }

    public Refused refused() {
        return refused;
    }

    /** What happened and what can be allowed, for the OS the lab runs on; the OS's text is its argument. */
    public Explanation explanation() {
        String detail = ErrorCodes.describe(getCause()); // quoted as the system said it, not read
        if (refused == Refused.THREAD) {
            return Explanation.of("error.start.thread", detail);
        }
        return Explanation.of(os == OsKind.WINDOWS ? "error.start.selector.windows" : "error.start.selector", detail);
    }
}
