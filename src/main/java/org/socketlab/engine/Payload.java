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

    Payload DEFAULT = new Default();
}
