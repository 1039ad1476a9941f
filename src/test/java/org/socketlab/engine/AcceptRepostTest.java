package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * OnAccept is posted again by the Accept itself whenever another connection still waits (Windows re-enables
 * FD_ACCEPT and posts it again), not only at the selector's next round: Accepts that come faster than the
 * selector thread's rounds lose no re-post.
 */
class AcceptRepostTest {

    private static void threeWaiting(LabFixture f) {
        f.clicks("1", "2", "3", "client2.init", "client3.init", "4", "client2.connect", "client3.connect");
        f.await("server", c -> c.accept() == 1);
        f.settle();
    }

    @Test
    void twoAcceptsInOnePassEachPostOnAcceptAgainWhileConnectionsWait() throws Exception {
        try (LabFixture f = new LabFixture()) {
            threeWaiting(f);
            ReceiveBeforeSelectorTest.OnePass pass = ReceiveBeforeSelectorTest.inOnePass(f, "5", "5");
            assertThat(pass.results()).allSatisfy(r -> assertThat(r.outcome()).isEqualTo(Outcome.OK));
            f.settle();
            assertThat(f.counters("server").accept()).as("1, then one re-post after each Accept that left a "
                    + "connection waiting").isEqualTo(3);
            f.clicks("5");
            assertThat(f.counters("server").accept()).as("the last Accept leaves none waiting").isEqualTo(3);
            assertThat(f.step("5").outcome()).isEqualTo(Outcome.WOULD_BLOCK);
        }
    }

    @Test
    void theRepostComesRightAfterTheAcceptBeforeAnySelect() throws Exception {
        try (LabFixture f = new LabFixture()) {
            threeWaiting(f);
            // the report is made in the same pass, before the selector thread's next select()
            ReceiveBeforeSelectorTest.OnePass pass = ReceiveBeforeSelectorTest.inOnePass(f, "5");
            assertThat(pass.report().after().counters(SocketName.SERVER).accept()).isEqualTo(2);
        }
    }

    @Test
    void theListenerClosesAtOnceAndItsProbeWithIt() throws Exception {
        try (LabFixture f = new LabFixture()) {
            threeWaiting(f);
            long selectors = OpenSockets.selectors();
            f.clicks("5");
            assertThat(OpenSockets.selectors()).as("the accept-queue probe's selector").isEqualTo(selectors + 1);
            String local = f.lab.snapshot().socket(SocketName.SERVER).orElseThrow().local();
            int port = Integer.parseInt(local.substring(local.lastIndexOf(':') + 1));
            f.clicks("server.close");
            assertThat(OpenSockets.selectors()).as("closed with its listener").isEqualTo(selectors);
            try (java.net.ServerSocket again = new java.net.ServerSocket()) {
                again.setReuseAddress(true);
                // a listener whose close waited for the probe's key would still hold the port
                again.bind(new java.net.InetSocketAddress("127.0.0.1", port));
            }
        }
    }
}
