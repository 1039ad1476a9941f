package org.socketlab.diagram;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.socketlab.engine.LabSnapshot;
import org.socketlab.engine.SocketKind;
import org.socketlab.engine.SocketName;
import org.socketlab.kernel.KernelSocket;
import org.socketlab.kernel.KernelView;
import org.socketlab.kernel.QueuedConnection;
import org.socketlab.kernel.TcpState;

/**
 * What the kernel's views add to the diagram (docs/semantics.md, "The kernel's view"):
 * <ul>
 * <li>the handshake SYN, SYN-ACK, ACK when a client's kernel state moves past {@code SYN_SENT}
 * (on loopback before step 5: the listener's kernel answers), drawn right after the client's Connect or
 * after the last view that still showed it waiting, whichever is later;</li>
 * <li>a note on the listener for each connection that waits in its accept queue;</li>
 * <li>a {@code TIME_WAIT} note on a socket whose connection the kernel holds in TIME_WAIT: the side that
 * closed first.</li>
 * </ul>
 * An inferred view (no kernel table) follows the lab's own states, so the handshake then follows
 * OnConnect and is marked inferred.
 */
final class KernelRules {
    private final Timeline timeline;
    private final DiagramTexts texts;
    private final Set<String> handshaken = new HashSet<>();
    /** The latest lab version whose view still showed a client's connection not established. */
    private final Map<String, Long> waiting = new HashMap<>();
    /** Where each handshake was drawn, so its accept-queue note follows it. */
    private final Map<String, Long> anchors = new HashMap<>();
    private final Set<String> queued = new HashSet<>();
    private final Set<String> timeWait = new HashSet<>();
    /** The connections this diagram's sockets had: only theirs can be noted in TIME_WAIT. */
    private final Set<String> own = new HashSet<>();
    private final Map<SocketName, Long> connects = new HashMap<>();
    private KernelView last = KernelView.EMPTY;

    KernelRules(Timeline timeline, DiagramTexts texts) {
        this.timeline = timeline;
        this.texts = texts;
    }

    /** A client's Connect step ran at this sequence number. */
    void connected(SocketName client, long seq) {
        connects.put(client, seq);
    }

    /** The latest view, for the unread bytes a Close leaves behind. */
    KernelView last() {
        return last;
    }

    void reset() {
        handshaken.clear();
        waiting.clear();
        anchors.clear();
        queued.clear();
        timeWait.clear();
        own.clear();
        connects.clear();
        last = KernelView.EMPTY;
    }

    void apply(KernelView view, LabSnapshot lab) {
        last = view;
        Peers peers = new Peers(lab);
        long at = view.labVersion();
        for (KernelSocket k : view.sockets()) {
            if (k.name().kind() == SocketKind.CLIENT && !k.remote().isEmpty()) {
                client(k, peers, at, view.inferred());
            }
        }
        for (QueuedConnection q : view.accepting()) {
            queue(q, peers, at);
        }
        view.sockets().stream().filter(k -> !k.remote().isEmpty()).forEach(k -> own.add(k.local() + " " + k.remote()));
        // A connection the lab forgot at a Reset keeps its old socket's name (client1): a new client1 of this
        // diagram must not be tagged with the previous lab's TIME_WAIT.
        Stream.concat(view.sockets().stream(), view.earlier().stream())
                .filter(k -> k.state() == TcpState.TIME_WAIT && own.contains(k.local() + " " + k.remote()))
                .filter(k -> timeline.has(k.name().toString()))
                .filter(k -> timeWait.add(k.local() + " " + k.remote()))
                .forEach(k -> timeline.add(at, 7, new DiagramItem.Note(at, k.name().toString(),
                        texts.state(TcpState.TIME_WAIT.name(), view.inferred()), view.inferred())));
    }

    private void client(KernelSocket k, Peers peers, long at, boolean inferred) {
        String tuple = k.local() + " " + k.remote();
        if (k.local().isEmpty() || handshaken.contains(tuple)) {
            return; // a snapshot that does not know the client's port yet matched no row: that says nothing
        }
        if (k.state() == TcpState.SYN_SENT) {
            waiting.put(tuple, at); // still in the handshake at this point: it ends later
            return;
        }
        if (k.state() == TcpState.CLOSED) {
            // No row: not connected yet, or a row the table's read skipped (/proc/net/tcp is read in pieces
            // while connections come and go): it says no more than the first time.
            waiting.putIfAbsent(tuple, at);
            return;
        }
        long anchor = Math.max(connects.getOrDefault(k.name(), at), waiting.getOrDefault(tuple, 0L));
        handshake(tuple, Peers.of(k.name()), peers.peerOf(k.local(), k.remote()), anchor, inferred);
    }

    private void queue(QueuedConnection q, Peers peers, long at) {
        String tuple = q.remote() + " " + q.local();
        Optional<SocketName> ours = peers.clientAt(q.remote());
        if (queued.contains(tuple) || ours.isEmpty() && peers.addressPending()) {
            return; // drawn already, or one of the lab's clients may be it: its snapshot will tell
        }
        queued.add(tuple);
        Lifeline client = ours.map(Peers::of).orElse(new Lifeline(q.remote(), Lifeline.Role.PEER));
        Lifeline server = Peers.of(SocketName.SERVER);
        if (!handshaken.contains(tuple)) {
            // One of the lab's clients: its handshake follows its Connect (and any moment it was seen still
            // in it), not this view, which may have been read after its notifications.
            long after = ours.map(c -> Math.max(connects.getOrDefault(c, at), waiting.getOrDefault(tuple, 0L))).orElse(at);
            handshake(tuple, client, server, after, false);
        }
        long anchor = anchors.getOrDefault(tuple, at);
        String who = client.role() == Lifeline.Role.PEER ? q.remote() : client.id();
        timeline.add(anchor, Timeline.AFTER + 3, new DiagramItem.Note(anchor, server.id(), texts.queued(who), false),
                server);
    }

    private void handshake(String tuple, Lifeline client, Lifeline server, long anchor, boolean inferred) {
        handshaken.add(tuple);
        anchors.put(tuple, anchor);
        wire(anchor, client, server, Segment.SYN, inferred);
        wire(anchor, server, client, Segment.SYN_ACK, inferred);
        wire(anchor, client, server, Segment.ACK, inferred);
    }

    private void wire(long anchor, Lifeline from, Lifeline to, Segment s, boolean inferred) {
        timeline.add(anchor, Timeline.AFTER, new DiagramItem.Wire(anchor, from.id(), to.id(), s, 0, texts.wire(s, 0),
                inferred), from, to);
    }
}
