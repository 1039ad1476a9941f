package org.socketlab.diagram;

/** A TCP segment drawn on the wire: the handshake, data, and the two ways a connection ends. */
public enum Segment {
    SYN("SYN"), SYN_ACK("SYN-ACK"), ACK("ACK"), DATA("DATA"), FIN("FIN"), RST("RST");

    private final String label;

    Segment(String label) {
        this.label = label;
    }

    /** How the segment is named on the wire: {@code SYN-ACK}. */
    public String label() {
        return label;
    }

    /** A style class suffix: {@code syn}, {@code syn-ack}, {@code data}, {@code fin}, {@code rst}. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** True for the segments that end a connection or one direction of it. */
    public boolean closes() {
        return this == FIN || this == RST;
    }
}
