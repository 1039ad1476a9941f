package org.socketlab.engine;

/** A host or bind address that cannot be used in the chosen IP family; says why in plain words. */
final class AddressProblem extends Exception {
    private final String errno;
    private final int wsa;

    AddressProblem(String errno, int wsa, String message) {
        super(message);
        this.errno = errno;
        this.wsa = wsa;
    }

    Reply reply(String call) {
        return Reply.error("(no call made: " + call + " needs an address)", errno, wsa, getMessage());
    }
}
