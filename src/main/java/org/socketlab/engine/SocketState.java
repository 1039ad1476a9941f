package org.socketlab.engine;

/** Where a socket is in its life, as the lab shows it. */
public enum SocketState {
    OPEN("open"),
    LISTENING("listening"),
    CONNECTING("connecting"),
    CONNECTED("connected"),
    CLOSED("closed");

    private final String word;

    SocketState(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
