package org.socketlab.engine;

/** Where a socket is in its life, as the lab shows it. */
public enum SocketState {
    OPEN("open"),
    LISTENING("listening"),
    CONNECTING("connecting"),
    CONNECTED("connected"),
    /** Connected, but this side shut down its output (FIN sent); it can still receive. */
    OUTPUT_SHUT("output-shut"),
    /** The peer closed its side and everything it sent has been read. */
    PEER_CLOSED("peer-closed"),
    /** The connection was reset (RST). */
    RESET("reset"),
    CLOSED("closed");

    private final String word;

    SocketState(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** True while a connection exists and data can still flow both ways from the peer's side. */
    public boolean isConnected() {
        return this == CONNECTED || this == OUTPUT_SHUT;
    }
}
