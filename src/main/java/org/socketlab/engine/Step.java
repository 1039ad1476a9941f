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
        return base + suffix(payload);
    }

    private static String suffix(Payload payload) {
        if (payload instanceof Payload.UntilWouldBlock u) {
            return "*" + suffix(u.each());
        }
        if (payload instanceof Payload.Text t) {
            return "=" + t.text();
        }
        if (payload instanceof Payload.Bulk b) {
            return "#" + b.size();
        }
        return "";
    }
}
