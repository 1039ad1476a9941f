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

    /** The outcome a word names ({@code ok}, {@code would-block}, {@code error}), if it names one. */
    public static java.util.Optional<Outcome> ofWord(String word) {
        for (Outcome o : values()) {
            if (o.word.equals(word)) {
                return java.util.Optional.of(o);
            }
        }
        return java.util.Optional.empty();
    }
}
