package org.socketlab.engine;

/** The CAsyncSocket notifications the counters show. */
public enum Notification {
    ACCEPT("accept", "OnAccept"),
    CONNECT("connect", "OnConnect"),
    SEND("send", "OnSend"),
    RECEIVE("receive", "OnReceive"),
    CLOSE("close", "OnClose"),
    /** Never posted: Java NIO cannot observe TCP urgent data (no POLLPRI, no MSG_OOB). */
    OOB("oob", "OnOutOfBandData");

    private final String word;
    private final String mfcName;

    Notification(String word, String mfcName) {
        this.word = word;
        this.mfcName = mfcName;
    }

    public String word() {
        return word;
    }

    public String mfcName() {
        return mfcName;
    }
}
