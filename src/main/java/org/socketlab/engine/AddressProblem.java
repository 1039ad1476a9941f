package org.socketlab.engine;

import java.util.List;

/** A host or bind address that cannot be used in the chosen IP family; says why, as a typed explanation. */
final class AddressProblem extends Exception {
    private final String errno;
    private final Wsa wsa;
    private final Explanation why;

    AddressProblem(String errno, Wsa wsa, String key, Object... args) {
        super(Explain.text(key, args));
        this.errno = errno;
        this.wsa = wsa;
        this.why = Explanation.of(key, args);
    }

    /** The step's answer: no socket call was made, because the call needs an address. */
    Reply reply() {
        return new Reply(Outcome.ERROR, errno, wsa, List.of(why), 0, new byte[0], false, 0);
    }
}
