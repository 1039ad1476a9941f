package org.socketlab.kernel;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.socketlab.engine.SocketView;

/**
 * One line of {@code /proc/net/tcp} or {@code /proc/net/tcp6}, as the kernel documents it
 * (Documentation/networking/proc_net_tcp.rst): local and remote address, state, the transmit and receive
 * queues, and the active timer with the time left on it.
 *
 * @param local      the local address, shown as the lab shows addresses ({@code 127.0.0.1:11000})
 * @param remote     the remote address ({@code 0.0.0.0:0} for a listener)
 * @param sendQueue  {@code tx_queue}: bytes written and not yet acknowledged by the peer, some perhaps not
 *                   yet sent (the kernel's {@code write_seq - snd_una}, so an unacknowledged SYN or FIN counts one)
 * @param recvQueue  {@code rx_queue}: bytes received and not yet read; for a listener, the connections
 *                   waiting in its accept queue
 * @param timer      {@code tr}: 0 none, 1 retransmit, 2 keepalive (also the FIN_WAIT2 timer), 3 TIME_WAIT,
 *                   4 zero-window probe
 * @param timerTicks {@code tm->when}: time left on that timer, in clock ticks (USER_HZ, 100 a second)
 * @param inode      the socket's inode (0 for TIME_WAIT and half-open connections, which have no file)
 */
public record ProcTcpRow(String local, String remote, TcpState state, long sendQueue, long recvQueue, int timer,
                         long timerTicks, long inode) implements TcpRow {
    /** Clock ticks per second in {@code /proc} (USER_HZ, 100 on every Linux architecture in use). */
    static final int TICKS_PER_SECOND = 100;

    /** Parses one data line; empty for the header line or anything malformed. */
    public static Optional<ProcTcpRow> parse(String line) {
        return parse(line, ProcTcpRow::shown);
    }

    /**
     * Parses one data line, turning its address fields into the lab's notation with {@code addresses}
     * (which may remember them: a table read on every step repeats the same ones).
     */
    static Optional<ProcTcpRow> parse(String line, AddressNotation addresses) {
        String[] f = fields(line);
        if (f == null || !f[0].endsWith(":")) {
            return Optional.empty();
        }
        try {
            int queues = f[4].indexOf(':');
            int timers = f[5].indexOf(':');
            Optional<TcpState> state = TcpState.ofCode(Integer.parseInt(f[3], 16));
            if (state.isEmpty() || queues < 0 || timers < 0) {
                return Optional.empty();
            }
            return Optional.of(new ProcTcpRow(addresses.shown(f[1]), addresses.shown(f[2]), state.get(),
                    Long.parseLong(f[4], 0, queues, 16), Long.parseLong(f[4], queues + 1, f[4].length(), 16),
                    Integer.parseInt(f[5], 0, timers, 16), Long.parseLong(f[5], timers + 1, f[5].length(), 16),
                    Long.parseLong(f[9])));
        } catch (NumberFormatException | IndexOutOfBoundsException | UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** The port of an address as the lab shows it ({@code 127.0.0.1:11000} → 11000), or -1. */
    static int port(String shown) {
        int colon = shown.lastIndexOf(':');
        try {
            return colon < 0 ? -1 : Integer.parseInt(shown, colon + 1, shown.length(), 10);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Whether a data line's local or remote port (its second and third fields, {@code 0100007F:2AF8}) is one
     * {@code ports} accepts; read without parsing the line.
     */
    static boolean hasPort(String line, IntPredicate ports) {
        int field = 0;
        int i = 0;
        int length = line.length();
        while (field < 3) {
            while (i < length && line.charAt(i) <= ' ') {
                i++;
            }
            int start = i;
            while (i < length && line.charAt(i) > ' ') {
                i++;
            }
            if (start == i) {
                return false;
            }
            if (field > 0 && i - start > 5 && line.charAt(i - 5) == ':') {
                try {
                    if (ports.test(Integer.parseInt(line, i - 4, i, 16))) {
                        return true;
                    }
                } catch (NumberFormatException e) {
                    return false;
                }
            }
            field++;
        }
        return false;
    }

    /** Turns an address field ({@code 0100007F:2AF8}) into the lab's notation ({@code 127.0.0.1:11000}). */
    @FunctionalInterface
    interface AddressNotation {
        String shown(String field) throws UnknownHostException;
    }

    /** The first ten whitespace-separated fields of {@code line}, or null when it has fewer. */
    private static String[] fields(String line) {
        String[] f = new String[10];
        int n = 0;
        int i = 0;
        int length = line.length();
        while (n < f.length) {
            while (i < length && line.charAt(i) <= ' ') {
                i++;
            }
            if (i == length) {
                return null;
            }
            int start = i;
            while (i < length && line.charAt(i) > ' ') {
                i++;
            }
            f[n++] = line.substring(start, i);
        }
        return f;
    }

    /** Milliseconds left on the active timer, or -1 when none runs. */
    @Override
    public long timerMillis() {
        return timer == 0 ? -1 : timerTicks * 1000 / TICKS_PER_SECOND;
    }

    /**
     * {@code 0100007F:2AF8} → {@code 127.0.0.1:11000}. The address is printed as 32-bit words in the
     * machine's byte order, the port in host order. An IPv4-mapped IPv6 address reads as IPv4, as Java
     * shows it.
     */
    static String shown(String field) throws UnknownHostException {
        int colon = field.indexOf(':');
        String hex = field.substring(0, colon);
        int port = Integer.parseInt(field.substring(colon + 1), 16);
        if (hex.length() != 8 && hex.length() != 32) {
            throw new NumberFormatException("address of " + hex.length() + " hex digits");
        }
        ByteBuffer bytes = ByteBuffer.allocate(hex.length() / 2).order(ByteOrder.nativeOrder());
        for (int i = 0; i < hex.length(); i += 8) {
            bytes.putInt((int) Long.parseLong(hex.substring(i, i + 8), 16));
        }
        InetAddress inet = InetAddress.getByAddress(bytes.array());
        return SocketView.show(new InetSocketAddress(inet, port));
    }
}
