package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.SelectionKey;
import org.junit.jupiter.api.Test;

/**
 * What the listener answers and shows: an Accept with nothing waiting, the backlog its Listen asked for, and
 * its interest set: OP_ACCEPT while listening, none while OnAccept is posted, again after the re-enabling Accept.
 */
class AcceptRepliesTest {

    @Test
    void anAcceptWithNothingWaitingWouldBlock() {
        try (LabFixture f = new LabFixture()) {
            f.clicks("1", "2");
            StepResult r = f.step("5");
            assertThat(r.outcome()).as(r.message()).isEqualTo(Outcome.WOULD_BLOCK);
            assertThat(r.errno()).isEqualTo("EAGAIN");
            assertThat(r.explanations()).containsExactly(Explanation.of("server.accept.none"));
            assertThat(f.lab.snapshot().socket(SocketName.worker(1))).isEmpty();
        }
    }

    @Test
    void theBacklogIsShownWhileListeningOnly() {
        try (LabFixture f = new LabFixture(new LabSettings("127.0.0.1", 0, 7, LabSettings.DEFAULT_RECEIVE_BUFFER))) {
            assertThat(f.step("1").after().socket(SocketName.SERVER).orElseThrow().backlog()).isZero();
            assertThat(f.step("2").after().socket(SocketName.SERVER).orElseThrow().backlog()).isEqualTo(7);
            assertThat(f.step("server.close").after().socket(SocketName.SERVER).orElseThrow().backlog()).isZero();
        }
    }

    @Test
    void aPostedOnAcceptStopsTheWatchUntilTheNextAccept() {
        try (LabFixture f = new LabFixture()) {
            f.clicks("1");
            assertThat(f.lab.interestOps()).containsEntry(SocketName.SERVER, 0);
            f.clicks("2");
            assertThat(f.lab.interestOps()).containsEntry(SocketName.SERVER, SelectionKey.OP_ACCEPT);
            f.clicks("3", "4");
            f.await("server", c -> c.accept() == 1);
            assertThat(f.lab.interestOps()).as("OnAccept posted").containsEntry(SocketName.SERVER, 0);
            f.clicks("5");
            assertThat(f.lab.interestOps()).as("re-enabled by the Accept")
                    .containsEntry(SocketName.SERVER, SelectionKey.OP_ACCEPT);
        }
    }
}
