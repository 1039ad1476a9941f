package org.socketlab.engine;

/** How a call ended, in the terms the lab teaches. */
public enum Outcome {
    OK("ok"),
    /** The call is fine but could not complete now: EAGAIN / EINPROGRESS / WSAEWOULDBLOCK. */
    WOULD_BLOCK("would-block"),
    ERROR("error");

    private final String word;

    Outcome(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
