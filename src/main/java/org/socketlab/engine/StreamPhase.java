package org.socketlab.engine;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where a client or worker socket is in its life, and every way it can move on: the state machine of a
 * stream socket in one place. Whether our own output is shut down and which notifications are armed or
 * posted are independent of this and kept as flags by {@link StreamEndpoint}.
 */
enum StreamPhase {
    /** Initialized: open, non-blocking, not connected. */
    OPEN(true),
    /** connect() returned false; the handshake is under way. */
    CONNECTING(true),
    /** Connected: data can flow both ways. */
    CONNECTED(true),
    /** A read() returned -1: the peer sent FIN and everything it sent has been read. */
    PEER_CLOSED(true),
    /** A call saw the peer's reset (RST), or a Send met it as "Broken pipe" (EPIPE). */
    RESET(true),
    /** Closed by its own Close. */
    CLOSED(false),
    /** Closed by its own Abort (SO_LINGER 0: RST). */
    ABORTED(false),
    /** The connect failed; Java closed the channel. */
    CONNECT_FAILED(false),
    /** Nobody answered the connect in time; SocketLab gave up and closed it. */
    TIMED_OUT(false);

    /** What can happen to a stream socket. */
    enum Event { CONNECT_PENDING, CONNECTED, CONNECT_FAILED, CONNECT_TIMED_OUT, END_OF_STREAM, RESET, CLOSE, ABORT }

    private static final Map<StreamPhase, Map<Event, StreamPhase>> TRANSITIONS = new EnumMap<>(StreamPhase.class);

    static {
        allow(OPEN, Event.CONNECT_PENDING, CONNECTING);
        allow(OPEN, Event.CONNECTED, CONNECTED);
        allow(OPEN, Event.CONNECT_FAILED, CONNECT_FAILED);
        allow(CONNECTING, Event.CONNECTED, CONNECTED);
        allow(CONNECTING, Event.CONNECT_FAILED, CONNECT_FAILED);
        allow(CONNECTING, Event.CONNECT_TIMED_OUT, TIMED_OUT);
        allow(CONNECTED, Event.END_OF_STREAM, PEER_CLOSED);
        allow(CONNECTED, Event.RESET, RESET);
        // After the peer's FIN a Send is still taken; the closed peer answers it with RST, which a later Send meets.
        allow(PEER_CLOSED, Event.RESET, RESET);
        for (StreamPhase open : new StreamPhase[] {OPEN, CONNECTING, CONNECTED, PEER_CLOSED, RESET}) {
            allow(open, Event.CLOSE, CLOSED);
            allow(open, Event.ABORT, ABORTED);
        }
    }

    private final boolean open;

    StreamPhase(boolean open) {
        this.open = open;
    }

    private static void allow(StreamPhase from, Event event, StreamPhase to) {
        TRANSITIONS.computeIfAbsent(from, f -> new EnumMap<>(Event.class)).put(event, to);
    }

    /** The phase after {@code event}, or empty when the event cannot happen in this phase. */
    Optional<StreamPhase> after(Event event) {
        return Optional.ofNullable(TRANSITIONS.getOrDefault(this, Map.of()).get(event));
    }

    /** Every transition, for the test that walks them all. */
    static Map<StreamPhase, Map<Event, StreamPhase>> transitions() {
        Map<StreamPhase, Map<Event, StreamPhase>> copy = new EnumMap<>(StreamPhase.class);
        TRANSITIONS.forEach((from, to) -> copy.put(from, Map.copyOf(to)));
        return copy;
    }

    /** Why a call on a closed channel failed, as an explanation key (taking the socket's name), if known. */
    Optional<String> closedKey() {
        return switch (this) {
            case CONNECT_FAILED -> Optional.of("error.closed.after.refusal");
            case TIMED_OUT -> Optional.of("error.closed.after.timeout");
            case CLOSED, ABORTED -> Optional.of("error.closed.by.you");
            default -> Optional.empty();
        };
    }

    /** True while the socket's channel is open. */
    boolean isOpen() {
        return open;
    }

    /** Connected, or was: data may still be read (after a reset, what arrived before it). */
    boolean hasConnection() {
        return this == CONNECTED || this == PEER_CLOSED || this == RESET;
    }
}
