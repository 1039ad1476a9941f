package org.socketlab.diagram;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.socketlab.engine.LabSnapshot;
import org.socketlab.engine.Notification;
import org.socketlab.engine.NotificationEvent;
import org.socketlab.engine.Operation;
import org.socketlab.engine.Outcome;
import org.socketlab.engine.SocketKind;
import org.socketlab.engine.SocketName;
import org.socketlab.engine.SocketState;
import org.socketlab.engine.SocketView;
import org.socketlab.engine.StepResult;
import org.socketlab.engine.Wsa;
import org.socketlab.kernel.KernelSocket;
import org.socketlab.kernel.TcpState;

/**
 * What the lab's own updates add to the diagram: every step as a call with its result, every notification
 * as a mark, and the wire the steps cause (docs/semantics.md, "Click sequences"):
 * <ul>
 * <li>a Send that moved bytes: a data segment with its byte count to the peer; to a peer the lab has closed,
 * that peer's kernel answers with RST;</li>
 * <li>Shutdown: FIN. Abort: RST. Close of a connection: FIN, or RST when the kernel still held unread
 * bytes for the closer (Linux resets the connection then); the peer's OnClose code (0 graceful, 10054
 * reset) corrects that guess;</li>
 * <li>an OnClose that no drawn segment explains (a peer outside the lab, a listener closed with
 * connections in its queue): the FIN or RST it reports, from the peer;</li>
 * <li>OnConnect 10061: the SYN and the refusing RST;</li>
 * <li>without a kernel table, TIME_WAIT (inferred) on the side whose FIN went first, once both FINs are drawn.</li>
 * </ul>
 */
final class LabRules {
    private final Timeline timeline;
    private final DiagramTexts texts;
    private final KernelRules kernel;
    /** The last FIN or RST drawn toward each lifeline that its OnClose has not explained yet. */
    private final Map<String, Timeline.Entry> toward = new HashMap<>();
    /** Of those, the ones a Close guessed (FIN or RST by the kernel's Recv-Q): the peer's OnClose decides. */
    private final Set<Timeline.Entry> guessed = new HashSet<>();
    /** Connections (their two addresses) and the side whose FIN was drawn: "a b|a". */
    private final Set<String> fins = new HashSet<>();

    LabRules(Timeline timeline, DiagramTexts texts, KernelRules kernel) {
        this.timeline = timeline;
        this.texts = texts;
        this.kernel = kernel;
    }

    void reset() {
        toward.clear();
        guessed.clear();
        fins.clear();
    }

    /** A step's result; {@code before} is the lab as it was before the step. */
    void step(StepResult r, LabSnapshot before) {
        SocketName name = r.step().socket();
        Lifeline self = Peers.of(name);
        long seq = r.seq();
        timeline.add(seq, Timeline.SELF, new DiagramItem.Call(seq, self.id(), name,
                texts.call(name.kind(), r.step().operation()), texts.result(r), r.outcome()), self);
        if (name.kind() == SocketKind.SERVER || r.outcome() == Outcome.ERROR) {
            return;
        }
        Operation op = r.step().operation();
        if (op == Operation.CONNECT) {
            kernel.connected(name, seq);
        }
        Peers peers = new Peers(before);
        Optional<Lifeline> peer = peers.peerOf(name);
        if (peer.isEmpty()) {
            return;
        }
        if (op == Operation.SEND && r.bytes() > 0) {
            wire(seq, 0, self, peer.get(), Segment.DATA, r.bytes());
            if (peers.closed(peer.get())) {
                toward.put(self.id(), wire(seq, 1, peer.get(), self, Segment.RST, 0));
            }
        } else if (op == Operation.SHUTDOWN || op == Operation.CLOSE || op == Operation.ABORT) {
            closing(r, before.socket(name).orElseThrow(), self, peer.get());
        }
    }

    private void closing(StepResult r, SocketView was, Lifeline self, Lifeline peer) {
        Operation op = r.step().operation();
        SocketState state = was.state();
        boolean open = state == SocketState.CONNECTED || state == SocketState.OUTPUT_SHUT
                || state == SocketState.PEER_CLOSED;
        if (!open || op == Operation.SHUTDOWN && state != SocketState.CONNECTED) {
            return;
        }
        boolean unread = unread(was.name());
        Segment s = op == Operation.ABORT || op == Operation.CLOSE && unread ? Segment.RST : Segment.FIN;
        if (s == Segment.FIN && state == SocketState.OUTPUT_SHUT) {
            return; // its FIN went with the Shutdown
        }
        Timeline.Entry entry = wire(r.seq(), 0, self, peer, s, 0);
        toward.put(peer.id(), entry);
        if (op == Operation.CLOSE) {
            guessed.add(entry);
        }
        if (s == Segment.FIN) {
            finished(r.seq(), was, peer);
        }
    }

    /** Bytes the kernel holds for the socket that no Receive took (the peer's FIN counts one in CLOSE_WAIT). */
    private boolean unread(SocketName name) {
        Optional<KernelSocket> k = kernel.last().socket(name);
        return k.filter(s -> !s.inferred()).map(s -> s.recvQueue() - (s.state() == TcpState.CLOSE_WAIT ? 1 : 0) > 0)
                .orElse(false);
    }

    /** Notes that this side sent FIN; without a kernel table, the peer whose FIN went first keeps TIME_WAIT. */
    private void finished(long seq, SocketView was, Lifeline peer) {
        String tuple = was.local().compareTo(was.remote()) < 0 ? was.local() + " " + was.remote()
                : was.remote() + " " + was.local();
        fins.add(tuple + "|" + was.local());
        if (fins.contains(tuple + "|" + was.remote()) && kernel.last().inferred()) {
            timeline.add(seq, Timeline.AFTER + 2, new DiagramItem.Note(seq, peer.id(),
                    texts.state(TcpState.TIME_WAIT.name(), true), true), peer);
        }
    }

    /** A notification; {@code before} is the lab as it was before it. */
    void notification(NotificationEvent e, LabSnapshot before) {
        Lifeline self = Peers.of(e.socket());
        long seq = e.seq();
        Optional<Lifeline> peer = new Peers(before).peerOf(e.socket());
        if (e.notification() == Notification.CONNECT && e.error() == Wsa.WSAECONNREFUSED && peer.isPresent()) {
            wire(seq, -1, self, peer.get(), Segment.SYN, 0);
            wire(seq, -1, peer.get(), self, Segment.RST, 0);
        } else if (e.notification() == Notification.CLOSE) {
            closed(e, self, peer);
        }
        timeline.add(seq, Timeline.SELF, new DiagramItem.Mark(seq, self.id(), e.notification(),
                texts.mark(e.notification(), e.error())), self);
    }

    /** OnClose reports FIN (0) or RST (an error): it confirms, corrects or adds the segment that ended it. */
    private void closed(NotificationEvent e, Lifeline self, Optional<Lifeline> peer) {
        Segment seen = e.error() == Wsa.NONE ? Segment.FIN : Segment.RST;
        Timeline.Entry drawn = toward.remove(self.id());
        if (drawn != null && drawn.item() instanceof DiagramItem.Wire w && w.segment() != seen) {
            if (guessed.remove(drawn)) {
                timeline.replace(drawn, w.as(seen, texts.wire(seen, 0)));
                return;
            }
            drawn = null;
        }
        if (drawn == null && peer.isPresent()) {
            wire(e.seq(), -1, peer.get(), self, seen, 0);
        }
    }

    /** Draws a segment at {@code seq}: offset -1 just before the update's own item, 0 and up after it. */
    private Timeline.Entry wire(long seq, int offset, Lifeline from, Lifeline to, Segment s, long bytes) {
        boolean inferred = kernel.last().inferred();
        return timeline.add(seq, offset < 0 ? Timeline.BEFORE : Timeline.AFTER + offset,
                new DiagramItem.Wire(seq, from.id(), to.id(), s, bytes, texts.wire(s, bytes), inferred), from, to);
    }
}
