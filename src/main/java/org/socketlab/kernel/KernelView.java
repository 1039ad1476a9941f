package org.socketlab.kernel;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.socketlab.engine.SocketName;

/**
 * The kernel's picture of the lab at one moment: each socket's TCP state and queues, the connections
 * waiting in the listener's accept queue, and the connections the lab closed that the kernel still keeps.
 *
 * @param labVersion the version of the lab snapshot it was matched against
 * @param sockets    one entry per socket of the lab, in name order
 * @param earlier    sockets the lab forgot (a Reset) whose connection the kernel still keeps: after-close rows
 * @param accepting  connections in the accept queue (finished handshakes, not the SYN queue's), oldest first
 *                   (empty where the source does not list them: {@link KernelSource#listsAcceptQueue()}; the
 *                   listener's Recv-Q then counts them)
 * @param source     where the view was read, and so what it can show; {@link KernelSource#INFERRED} when no
 *                   kernel table could be read and states were inferred
 */
public record KernelView(long labVersion, Instant time, List<KernelSocket> sockets, List<KernelSocket> earlier,
                         List<QueuedConnection> accepting, KernelSource source) {
    public static final KernelView EMPTY = new KernelView(0, Instant.EPOCH, List.of(), List.of(), List.of(), false);

    /** A view read from Linux's table, or inferred. */
    public KernelView(long labVersion, Instant time, List<KernelSocket> sockets, List<KernelSocket> earlier,
                      List<QueuedConnection> accepting, boolean inferred) {
        this(labVersion, time, sockets, earlier, accepting, inferred ? KernelSource.INFERRED : KernelSource.PROC_NET_TCP);
    }

    public KernelView {
        sockets = List.copyOf(sockets);
        earlier = List.copyOf(earlier);
        accepting = List.copyOf(accepting);
        Objects.requireNonNull(source, "source");
    }

    /** True when no kernel table could be read here and the states were inferred from the lab's events. */
    public boolean inferred() {
        return source == KernelSource.INFERRED;
    }

    /**
     * How many connections wait in {@code listener}'s accept queue: those listed, or, where the system does not
     * list them (macOS), the count it gives as the listener's Recv-Q.
     */
    public long waiting(KernelSocket listener) {
        return source.listsAcceptQueue() ? accepting.size() : Math.max(0, listener.recvQueue());
    }

    public Optional<KernelSocket> socket(SocketName name) {
        return sockets.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /**
     * True while something in the kernel moves by itself or waits in a queue: a handshake or a close under
     * way, TIME_WAIT, bytes in a queue, a connection waiting to be accepted. Only then is it sampled on a timer.
     */
    public boolean isTransitional() {
        return !accepting.isEmpty() || !earlier.isEmpty()
                || sockets.stream().anyMatch(KernelSocket::isTransitional);
    }

    /** Whether a connection here waits for its peer's kernel to acknowledge a SYN or a FIN ({@link TcpState#awaitsAck}). */
    public boolean awaitsAck() {
        return connections().anyMatch(k -> k.state().awaitsAck()) || accepting.stream().anyMatch(q -> q.state().awaitsAck());
    }

    /**
     * Whether something waits in a send queue here: bytes written and not yet acknowledged by the peer's
     * kernel (some perhaps not yet sent), or a SYN or FIN not yet acknowledged.
     */
    public boolean holdsUnacknowledged() {
        return connections().anyMatch(k -> k.sendQueue() > 0);
    }

    /** Whether every connection's send and receive queues are as in {@code other}. */
    public boolean sameQueues(KernelView other) {
        return other != null && queues().equals(other.queues());
    }

    private List<List<Object>> queues() {
        return connections().map(k -> List.<Object>of(k.name(), k.local(), k.remote(), k.sendQueue(), k.recvQueue()))
                .toList();
    }

    /** The lab's sockets' connections and those the kernel keeps after their sockets were forgotten. */
    private Stream<KernelSocket> connections() {
        return Stream.concat(sockets.stream(), earlier.stream());
    }
}
