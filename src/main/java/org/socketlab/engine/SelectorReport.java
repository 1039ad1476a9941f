package org.socketlab.engine;

import java.time.Instant;
import java.util.List;

/**
 * What the selector sees, per open socket: the interest set SocketLab keeps, the ready set a naive
 * level-triggered loop (interest in every operation) would get right now, and how many times per
 * second such a loop would report the socket (measured with {@code selectNow()} calls).
 */
public record SelectorReport(List<Row> rows, Instant time, LabSnapshot after) implements LabUpdate {
    public SelectorReport {
        rows = List.copyOf(rows);
    }

    /** How many {@code selectNow()} calls in a row the probe makes to see what a naive loop would see. */
    public static final int ROUNDS = 200;

    /**
     * @param naiveReports of the probe's {@link #ROUNDS} calls, how many reported this socket: all of them
     *                     when a naive loop would spin on it
     */
    public record Row(SocketName socket, int interestOps, int naiveInterestOps, int readyNow, int naiveReports,
                      long naivePerSecond) {
    }

    /** {@code READ | WRITE}, or {@code none}. */
    public static String opsText(int ops) {
        if (ops <= 0) {
            return "none";
        }
        StringBuilder s = new StringBuilder();
        String[] names = {"READ", "WRITE", "CONNECT", "ACCEPT"};
        int[] bits = {1, 4, 8, 16};
        for (int i = 0; i < bits.length; i++) {
            if ((ops & bits[i]) != 0) {
                s.append(s.length() == 0 ? "" : " | ").append(names[i]);
            }
        }
        return s.toString();
    }
}
