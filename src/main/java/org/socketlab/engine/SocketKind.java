package org.socketlab.engine;

import java.util.EnumSet;
import java.util.Set;

/** The three roles a socket plays in the lab, and the operations each role offers. */
public enum SocketKind {
    SERVER("server", EnumSet.of(Operation.INIT, Operation.LISTEN, Operation.ACCEPT, Operation.CLOSE)),
    CLIENT("client", EnumSet.of(Operation.INIT, Operation.CONNECT, Operation.RECEIVE, Operation.SEND,
            Operation.SHUTDOWN, Operation.CLOSE, Operation.ABORT)),
    WORKER("worker", EnumSet.of(Operation.SEND, Operation.RECEIVE, Operation.SHUTDOWN, Operation.CLOSE,
            Operation.ABORT));

    private final String prefix;
    private final Set<Operation> operations;

    SocketKind(String prefix, Set<Operation> operations) {
        this.prefix = prefix;
        this.operations = operations;
    }

    public String prefix() {
        return prefix;
    }

    public boolean offers(Operation operation) {
        return operations.contains(operation);
    }

    public Set<Operation> operations() {
        return EnumSet.copyOf(operations);
    }
}
