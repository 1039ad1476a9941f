package org.socketlab.kernel;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;
import org.socketlab.engine.SocketView;

/**
 * One line of {@code /proc/net/tcp} or {@code /proc/net/tcp6}, as the kernel documents it
 * (Documentation/networking/proc_net_tcp.rst): local and remote address, state, the transmit and receive
 * queues, and the active timer with the time left on it.
 *
 * @param local      the local address, shown as the lab shows addresses ({@code 127.0.0.1:11000})
 * @param remote     the remote address ({@code 0.0.0.0:0} for a listener)
 * @param sendQueue  {@code tx_queue}: bytes sent and not yet acknowledged
 * @param recvQueue  {@code rx_queue}: bytes received and not yet read; for a listener, the connections
 *                   waiting in its accept queue
 * @param timer      {@code tr}: 0 none, 1 retransmit, 2 keepalive (also the FIN_WAIT2 timer), 3 TIME_WAIT,
 *                   4 zero-window probe
 * @param timerTicks {@code tm->when}: time left on that timer, in clock ticks (USER_HZ, 100 a second)
 * @param inode      the socket's inode (0 for TIME_WAIT and half-open connections, which have no file)
 */
public record ProcTcpRow(String local, String remote, TcpState state, long sendQueue, long recvQueue, int timer,
                         long timerTicks, long inode) {
    /** Clock ticks per second in {@code /proc} (USER_HZ, 100 on every Linux architecture in use). */
    static final int TICKS_PER_SECOND = 100;

    /** Parses one data line; empty for the header line or anything malformed. */
    public static Optional<ProcTcpRow> parse(String line) {
        String[] f = line.trim().split("\\s+");
        if (f.length < 10 || !f[0].endsWith(":")) {
            return Optional.empty();
        }
        try {
            String[] queues = f[4].split(":");
            String[] timers = f[5].split(":");
            Optional<TcpState> state = TcpState.ofCode(Integer.parseInt(f[3], 16));
            if (state.isEmpty() || queues.length != 2 || timers.length != 2) {
                return Optional.empty();
            }
            return Optional.of(new ProcTcpRow(address(f[1]), address(f[2]), state.get(),
                    Long.parseLong(queues[0], 16), Long.parseLong(queues[1], 16), Integer.parseInt(timers[0], 16),
                    Long.parseLong(timers[1], 16), Long.parseLong(f[9])));
        } catch (NumberFormatException | UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** Milliseconds left on the active timer, or -1 when none runs. */
    public long timerMillis() {
        return timer == 0 ? -1 : timerTicks * 1000 / TICKS_PER_SECOND;
    }

    /**
     * {@code 0100007F:2AF8} → {@code 127.0.0.1:11000}. The address is printed as 32-bit words in the
     * machine's byte order, the port in host order. An IPv4-mapped IPv6 address reads as IPv4, as Java
     * shows it.
     */
    static String address(String field) throws UnknownHostException {
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
