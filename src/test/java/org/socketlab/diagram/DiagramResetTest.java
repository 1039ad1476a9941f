package org.socketlab.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.socketlab.kernel.KernelView;
import org.socketlab.kernel.TcpState;

/**
 * A Reset starts a new diagram with nothing of the lab before it, though the kernel still keeps that lab's
 * connections (TIME_WAIT for a minute, under the same socket names) and a view of it may arrive late.
 */
class DiagramResetTest {
    @BeforeAll
    static void linux() {
        assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")), "no /proc/net/tcp here: nothing is kept after a Reset");
    }

    @Test
    void aNewClient1IsNotTaggedWithThePreviousLabsTimeWait() throws Exception {
        try (DiagramLab k = new DiagramLab()) {
            k.clientClosesFirst();

            k.lab.reset().get(DiagramLab.BOUND.toSeconds(), TimeUnit.SECONDS);
            k.clicks("1", "2", "3");
            long now = k.lab.snapshot().version();
            k.await("a view of the new client1 beside the old one's TIME_WAIT", d -> k.taken.get().labVersion() >= now
                    && k.taken.get().earlier().stream().anyMatch(e -> e.state() == TcpState.TIME_WAIT
                    && e.name().toString().equals("client1")));
            SequenceDiagram d = k.recorder.diagram();
            assertThat(d.lifelineIds()).containsExactly("server", "client1");
            assertThat(d.items()).as("only the three steps since the Reset").hasSize(3)
                    .allMatch(DiagramItem.Call.class::isInstance);
        }
    }

    @Test
    void aViewOfTheLabBeforeTheResetArrivingAfterItAddsNothing() throws Exception {
        try (DiagramLab k = new DiagramLab()) {
            k.seed();
            long seeded = k.lab.snapshot().version();
            k.await("a view of the seed's connection", d -> k.taken.get().labVersion() >= seeded);
            KernelView before = k.taken.get();
            assertThat(before.sockets()).extracting(s -> s.name().toString(), s -> s.state())
                    .contains(tuple("client1", TcpState.ESTABLISHED));

            k.lab.reset().get(DiagramLab.BOUND.toSeconds(), TimeUnit.SECONDS);
            k.await("the new, empty diagram", d -> d.lifelines().isEmpty());
            k.recorder.accept(before); // as a sample read just before the Reset and handed over just after it
            assertThat(k.recorder.diagram()).isEqualTo(SequenceDiagram.EMPTY);
        }
    }
}
