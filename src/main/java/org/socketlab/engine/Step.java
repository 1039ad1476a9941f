package org.socketlab.engine;

import java.util.Objects;

/** One operation on one socket, with the payload for a Send. */
public record Step(SocketName socket, Operation operation, Payload payload) {
    public Step {
        Objects.requireNonNull(socket);
        Objects.requireNonNull(operation);
        Objects.requireNonNull(payload);
    }

    public Step(SocketName socket, Operation operation) {
        this(socket, operation, Payload.DEFAULT);
    }

    /** The step in the step language, e.g. {@code worker1.send=hello}. */
    public String text() {
        String base = socket + "." + operation.word();
        if (payload instanceof Payload.Text t) {
            return base + "=" + t.text();
        }
        if (payload instanceof Payload.Bulk b) {
            return base + "#" + b.size();
        }
        return base;
    }
}
