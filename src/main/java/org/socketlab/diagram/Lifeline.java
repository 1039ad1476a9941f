package org.socketlab.diagram;

import java.util.Objects;

/**
 * One socket's lifeline in the sequence diagram: {@code server}, {@code client1}, {@code worker1}, or a peer
 * outside the lab (a netcat on another machine) named by its address.
 *
 * @param id   the lab's socket name, or the outside peer's address
 * @param role what kind of socket it is (its colour)
 */
public record Lifeline(String id, Role role) {
    /** The three kinds of the lab's sockets, and a peer the lab does not own. */
    public enum Role {
        SERVER, CLIENT, WORKER, PEER;

        /** {@code server}, {@code client}, {@code worker}, {@code peer}: a style class suffix. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Lifeline {
        Objects.requireNonNull(id);
        Objects.requireNonNull(role);
    }
}
