package org.socketlab.engine;

/** An immutable picture of one socket: its name, state, counters and addresses ("" when none). */
public record SocketView(SocketName name, SocketState state, Counters counters, String local, String remote) {
}
