package org.socketlab.kernel;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
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

    /**
     * Whether a connection here waits for its peer's kernel to acknowledge a SYN or a FIN ({@link TcpState#awaitsAck})
     * that it will acknowledge soon by itself: not a connect of {@code held} (see {@link #connectsToTheLab}), not a
     * FIN {@linkplain KernelSocket#finBehindBytes behind unsent bytes} (those wait for a program or a clock).
     */
    public boolean awaitsAck(Set<SocketName> held) {
        return connections().anyMatch(k -> k.state().awaitsAck() && !held.contains(k.name()) && !k.finBehindBytes())
                || accepting.stream().anyMatch(q -> q.state().awaitsAck());
    }

    /**
     * The lab's clients whose connect waits on one of the lab's own listeners: its SYN is unanswered (SYN_SENT, or
     * a row not told apart from others). A listener on this machine answers a SYN at once unless the kernel
     * dropped it; the client's kernel then sends it again on its own clock (Linux: 1 s, then 3 s, 7 s… after the
     * connect). Empty where no table is read.
     */
    public Set<SocketName> connectsToTheLab() {
        return connectsToListeners(l -> true);
    }

    /**
     * Of {@link #connectsToTheLab}, those whose listener's accept queue is full: Linux drops every SYN while the
     * queue holds more than the backlog (its Recv-Q against its limit), so only an Accept that makes room, and
     * then the client's next try, lets such a connect finish. Empty where the table does not give the queue
     * against its limit (only Linux's is read for this; Windows refuses such a connect at once).
     */
    public Set<SocketName> connectsHeldByFullQueue() {
        if (source != KernelSource.PROC_NET_TCP) {
            return Set.of();
        }
        return connectsToListeners(l -> l.backlog() > 0 && l.recvQueue() > l.backlog());
    }

    private Set<SocketName> connectsToListeners(Predicate<KernelSocket> which) {
        if (inferred()) {
            return Set.of();
        }
        List<KernelSocket> listeners = sockets.stream().filter(k -> k.state() == TcpState.LISTEN && which.test(k))
                .toList();
        Set<SocketName> held = new HashSet<>();
        if (listeners.isEmpty()) {
            return held;
        }
        for (KernelSocket k : sockets) {
            boolean unanswered = k.state() == TcpState.SYN_SENT || k.unmatched();
            if (unanswered && listeners.stream().anyMatch(l -> KernelReader.serves(l.local(), k.remote()))) {
                held.add(k.name());
            }
        }
        return held;
    }

    /**
     * Whether something waits in a send queue here: bytes written and not yet acknowledged by the peer's
     * kernel (some perhaps not yet sent), or a SYN or FIN not yet acknowledged; but for the connects of
     * {@code held}, whose SYN waits for the kernel's clock (see {@link #connectsToTheLab}).
     */
    public boolean holdsUnacknowledged(Set<SocketName> held) {
        return connections().anyMatch(k -> k.sendQueue() > 0 && !(held.contains(k.name()) && k.state() == TcpState.SYN_SENT));
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
