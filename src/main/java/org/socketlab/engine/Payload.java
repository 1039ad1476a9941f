package org.socketlab.engine;

import java.nio.charset.StandardCharsets;

/** What a Send sends. */
public sealed interface Payload {

    /** The current time of day, as the seed dialog sends; or the rest of an unfinished send. */
    record Default() implements Payload {
    }

    /** UTF-8 text typed by the user. */
    record Text(String text) implements Payload {
        public byte[] bytes() {
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** N bytes of a readable repeating pattern, to fill the send buffer and show back-pressure. */
    record Bulk(long size) implements Payload {
        public Bulk {
            if (size < 1) {
                throw new IllegalArgumentException("bulk size must be at least 1 byte");
            }
        }
    }

    /**
     * Send repeated until it would block ({@code SOCKET.send*}): each repetition is one Send, one write(),
     * of {@code each} (the first) and then of its rest; when all of it was taken, the next repetition offers
     * {@code each} again. At most {@link #MAX_WRITES} writes, so it ends even where the buffer never fills.
     */
    record UntilWouldBlock(Payload each) implements Payload {
        /** The most writes one such step makes. */
        public static final int MAX_WRITES = 1000;

        public UntilWouldBlock {
            if (each == null || each instanceof UntilWouldBlock) {
                throw new IllegalArgumentException("a repeated send repeats a plain, text or bulk send");
            }
        }
    }

    Payload DEFAULT = new Default();
}
