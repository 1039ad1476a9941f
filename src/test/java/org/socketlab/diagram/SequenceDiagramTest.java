package org.socketlab.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.socketlab.diagram.DiagramLab.hasWire;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.socketlab.engine.Notification;
import org.socketlab.engine.Outcome;
import org.socketlab.engine.StepResult;

/** The sequence diagram of real loopback sessions, checked on the model the recorder builds. */
class SequenceDiagramTest {
    @BeforeAll
    static void linux() {
        assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")), "no /proc/net/tcp here: the wire would be inferred");
    }

    @Test
    void theSeedsSevenStepsDrawTheHandshakeTheDataAndEveryNotification() {
        try (DiagramLab k = new DiagramLab()) {
            StepResult sent = k.seed();
            SequenceDiagram d = k.recorder.diagram();
            assertThat(d.lifelineIds()).containsExactly("server", "client1", "worker1");
            assertThat(d.inferred()).isFalse();
            assertThat(d.of(DiagramItem.Call.class)).extracting(DiagramItem.Call::lifeline, DiagramItem.Call::label,
                    DiagramItem.Call::result, DiagramItem.Call::outcome).containsExactly(
                    tuple("server", "1 Initialize", "ok", Outcome.OK),
                    tuple("server", "2 Listen", "ok", Outcome.OK),
                    tuple("client1", "3 Initialize", "ok", Outcome.OK),
                    tuple("client1", "4 Connect", "would block (EINPROGRESS)", Outcome.WOULD_BLOCK),
                    tuple("server", "5 Accept", "ok", Outcome.OK),
                    tuple("worker1", "6 Send", sent.bytes() + " bytes sent", Outcome.OK),
                    tuple("client1", "7 Receive", sent.bytes() + " bytes received", Outcome.OK));
            List<DiagramItem.Wire> wires = d.of(DiagramItem.Wire.class);
            assertThat(wires).extracting(DiagramItem.Wire::from, DiagramItem.Wire::to, DiagramItem.Wire::label)
                    .containsExactly(tuple("client1", "server", "SYN"), tuple("server", "client1", "SYN-ACK"),
                            tuple("client1", "server", "ACK"), tuple("worker1", "client1", sent.bytes() + " bytes"));
            assertThat(wires.get(3).bytes()).isEqualTo(sent.bytes()).isPositive();
            assertThat(d.of(DiagramItem.Mark.class)).extracting(DiagramItem.Mark::lifeline, DiagramItem.Mark::label)
                    .contains(tuple("server", "OnAccept"), tuple("client1", "OnConnect 0"), tuple("client1", "OnSend"),
                            tuple("worker1", "OnSend"), tuple("client1", "OnReceive"));
            // Time order: the kernel's handshake right after Connect, before its notifications and Accept.
            List<DiagramItem> items = d.items();
            int connect = indexOf(items, "4 Connect");
            assertThat(items.get(connect + 1)).isEqualTo(wires.get(0));
            assertThat(items.indexOf(wires.get(2))).isLessThan(markIndex(items, Notification.CONNECT))
                    .isLessThan(indexOf(items, "5 Accept"));
            assertThat(d.of(DiagramItem.Note.class)).extracting(DiagramItem.Note::lifeline, DiagramItem.Note::text)
                    .containsExactly(tuple("server", "client1 in accept queue"));
            assertThat(items.indexOf(wires.get(3))).isGreaterThan(indexOf(items, "6 Send"))
                    .isLessThan(markIndex(items, Notification.RECEIVE));
        }
    }

    @Test
    void theClientClosesFirstFinBothWaysAndTimeWaitOnTheClient() {
        try (DiagramLab k = new DiagramLab()) {
            SequenceDiagram d = k.clientClosesFirst();
            assertThat(hasWire(d, "client1", "worker1", Segment.FIN)).isTrue();
            assertThat(hasWire(d, "worker1", "client1", Segment.FIN)).isTrue();
            assertThat(d.of(DiagramItem.Wire.class)).noneMatch(w -> w.segment() == Segment.RST);
            assertThat(d.of(DiagramItem.Note.class)).filteredOn(n -> n.text().equals("TIME_WAIT"))
                    .extracting(DiagramItem.Note::lifeline).containsExactly("client1");
        }
    }

    @Test
    void anAbortSendsRstAndLeavesNoTimeWait() {
        try (DiagramLab k = new DiagramLab()) {
            k.seed();
            k.clicks("client1.abort");
            SequenceDiagram d = k.await("worker1's OnClose 10054", x -> x.of(DiagramItem.Mark.class).stream()
                    .anyMatch(m -> m.label().equals("OnClose 10054")));
            k.clicks("worker1.close");
            k.await("the kernel idle", x -> !k.sampler.view().isTransitional() && k.sampler.view().labVersion()
                    >= k.lab.snapshot().version());
            d = k.recorder.diagram();
            assertThat(hasWire(d, "client1", "worker1", Segment.RST)).isTrue();
            assertThat(d.of(DiagramItem.Wire.class)).noneMatch(w -> w.segment() == Segment.FIN);
            assertThat(d.of(DiagramItem.Note.class)).noneMatch(n -> n.text().contains("TIME_WAIT"));
        }
    }

    @Test
    void aCloseWithUnreadDataIsDrawnAsRst() {
        try (DiagramLab k = new DiagramLab()) {
            k.seed();
            k.clicks("worker1.send=unread");
            k.await("client1's Recv-Q seen", d -> k.sampler.view().socket(org.socketlab.engine.SocketName.client(1))
                    .map(s -> s.recvQueue() > 0).orElse(false));
            k.clicks("client1.close");
            SequenceDiagram d = k.await("worker1's OnClose 10054", x -> x.of(DiagramItem.Mark.class).stream()
                    .anyMatch(m -> m.label().equals("OnClose 10054")));
            assertThat(hasWire(d, "client1", "worker1", Segment.RST)).isTrue();
            assertThat(hasWire(d, "client1", "worker1", Segment.FIN)).isFalse();
        }
    }

    private static int indexOf(List<DiagramItem> items, String label) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof DiagramItem.Call c && c.label().equals(label)) {
                return i;
            }
        }
        throw new AssertionError("no call " + label);
    }

    private static int markIndex(List<DiagramItem> items, Notification n) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof DiagramItem.Mark m && m.notification() == n) {
                return i;
            }
        }
        throw new AssertionError("no mark " + n);
    }
}
