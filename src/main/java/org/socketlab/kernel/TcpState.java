package org.socketlab.kernel;

import java.util.Optional;

/**
 * The kernel's TCP states, numbered as Linux numbers them in the {@code st} column of
 * {@code /proc/net/tcp} (include/net/tcp_states.h). {@link #CLOSED} also stands for "the kernel has no
 * such connection".
 */
public enum TcpState {
    ESTABLISHED(0x01, "ESTAB"),
    SYN_SENT(0x02, "SYN-SENT"),
    SYN_RECV(0x03, "SYN-RECV"),
    FIN_WAIT1(0x04, "FIN-WAIT-1"),
    FIN_WAIT2(0x05, "FIN-WAIT-2"),
    TIME_WAIT(0x06, "TIME-WAIT"),
    CLOSED(0x07, "UNCONN"),
    CLOSE_WAIT(0x08, "CLOSE-WAIT"),
    LAST_ACK(0x09, "LAST-ACK"),
    LISTEN(0x0A, "LISTEN"),
    CLOSING(0x0B, "CLOSING");

    /** A half-open connection waiting for the client's ACK: Linux lists it as 0x0C, we show SYN_RECV. */
    private static final int NEW_SYN_RECV = 0x0C;

    private final int code;
    private final String ssName;

    TcpState(int code, String ssName) {
        this.code = code;
        this.ssName = ssName;
    }

    /** The state for a {@code st} code, if it is one. */
    public static Optional<TcpState> ofCode(int code) {
        if (code == NEW_SYN_RECV) {
            return Optional.of(SYN_RECV);
        }
        for (TcpState s : values()) {
            if (s.code == code) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The word {@code ss -tan} prints for this state. */
    public String ssName() {
        return ssName;
    }

    /**
     * True for a state the kernel leaves as soon as the peer's kernel acknowledges what it sent (a SYN or a
     * FIN): within a round trip, or a delayed ACK's 40 ms on Linux, on a live path; no program acts in it.
     */
    public boolean awaitsAck() {
        return switch (this) {
            case SYN_SENT, SYN_RECV, FIN_WAIT1, CLOSING, LAST_ACK -> true;
            default -> false;
        };
    }

    /**
     * True for a state the kernel leaves by itself, on a timer or a packet: a connection on its way in or
     * out. A view holding one is sampled again soon.
     */
    public boolean isTransitional() {
        return switch (this) {
            case SYN_SENT, SYN_RECV, FIN_WAIT1, FIN_WAIT2, CLOSING, LAST_ACK, TIME_WAIT -> true;
            default -> false;
        };
    }

    /** True for the states in which the kernel keeps a connection that its program has closed. */
    public boolean outlivesClose() {
        return this == FIN_WAIT1 || this == FIN_WAIT2 || this == CLOSING || this == LAST_ACK || this == TIME_WAIT;
    }
}
