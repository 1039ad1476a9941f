package org.socketlab.engine;

import java.util.Locale;
import java.util.Optional;

/** Which half of the lab this instance runs: both (default), only the server side, or only clients. */
public enum Role {
    BOTH, SERVER, CLIENT;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Servers and their workers belong to the server side; clients to the client side. */
    public boolean has(SocketKind kind) {
        return switch (this) {
            case BOTH -> true;
            case SERVER -> kind != SocketKind.CLIENT;
            case CLIENT -> kind == SocketKind.CLIENT;
        };
    }

    public static Optional<Role> fromWord(String word) {
        for (Role r : values()) {
            if (r.word().equals(word)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
