package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rows of docs/semantics.md ("Each call, each state") that can happen on Linux: outcome, calls, errno, WSA code. */
class CallResultsTest {
    private LabFixture f;

    @BeforeEach
    void start() {
        f = new LabFixture();
    }

    @AfterEach
    void stop() {
        f.close();
    }

    private static void assertResult(StepResult r, Outcome outcome, String javaContains, String errno, int wsa) {
        assertThat(r.outcome()).as("outcome of %s: %s", r.step().text(), r.message()).isEqualTo(outcome);
        assertThat(r.java()).contains(javaContains);
        assertThat(r.errno()).isEqualTo(errno);
        assertThat(r.wsa().code()).isEqualTo(wsa);
        assertThat(r.message()).isNotBlank();
    }

    @Test
    void serverInitOpensANonBlockingChannelWithNoInterest() {
        assertResult(f.step("1"), Outcome.OK, "ServerSocketChannel.open(INET)", "", 0);
        assertThat(f.lab.interestOps()).containsEntry(SocketName.SERVER, 0);
    }

    @Test
    void acceptBeforeListenIsNotYetBound() {
        assertResult(f.steps("1", "5"), Outcome.ERROR, "NotYetBoundException", "EINVAL", 10022);
        assertThat(f.lab.interestOps()).as("an unbound listener keeps interest 0").containsEntry(SocketName.SERVER, 0);
    }

    @Test
    void listenBindsAndListens() {
        assertResult(f.steps("1", "2"), Outcome.OK, "bind(", "", 0);
    }

    @Test
    void listenOnAPortInUseIsAddressInUse() throws IOException {
        try (ServerSocketChannel other = ServerSocketChannel.open()) {
            other.bind(new InetSocketAddress("127.0.0.1", 0));
            int port = ((InetSocketAddress) other.getLocalAddress()).getPort();
            f.lab.updateSettings(f.lab.settings().withPort(port));
            assertResult(f.steps("1", "2"), Outcome.ERROR, "BindException: Address already in use", "EADDRINUSE",
                    10048);
        }
    }

    @Test
    void listenTwiceIsAlreadyBound() {
        assertResult(f.steps("1", "2", "2"), Outcome.ERROR, "AlreadyBoundException", "EINVAL", 10022);
    }

    @Test
    void clientInitOpensANonBlockingChannelWithNoInterest() {
        assertResult(f.step("3"), Outcome.OK, "SocketChannel.open(INET)", "", 0);
        assertThat(f.lab.interestOps()).containsEntry(SocketName.client(1), 0);
    }

    @Test
    void connectWhilePendingIsConnectionPending() {
        // With backlog 1 and nobody accepting, the kernel drops further SYNs: client3's connect stays pending.
        f.lab.updateSettings(f.lab.settings().withBacklog(1));
        f.clicks("1", "2", "3", "client2.init", "client3.init", "4", "client2.connect");
        f.await("client2", c -> c.connect() == 1);
        f.clicks("client3.connect");
        f.settle();
        assertThat(f.counters("client3").connect()).as("client3 is still pending").isZero();
        assertResult(f.step("client3.connect"), Outcome.ERROR, "ConnectionPendingException", "EALREADY", 10037);
    }

    @Test
    void connectWhenConnectedIsAlreadyConnected() {
        f.clicks("1", "2", "3", "4");
        f.await("client1", c -> c.connect() == 1);
        assertResult(f.step("4"), Outcome.ERROR, "AlreadyConnectedException", "EISCONN", 10056);
    }

    @Test
    void acceptWithNothingWaitingWouldBlock() {
        assertResult(f.steps("1", "2", "5"), Outcome.WOULD_BLOCK, "accept() returned null", "EAGAIN", 10035);
    }

    @Test
    void acceptedChannelIsMadeNonBlockingAndRegistered() {
        f.clicks("1", "2", "3", "4");
        assertResult(f.step("5"), Outcome.OK, "accept() returned a SocketChannel; configureBlocking(false) returned; register(selector, 0) returned a SelectionKey", "", 0);
        f.await("worker1", c -> c.send() == 1);
        f.settle();
        assertThat(f.lab.interestOps().get(SocketName.worker(1)))
                .as("after OnSend only OP_READ stays: no spin").isEqualTo(java.nio.channels.SelectionKey.OP_READ);
    }

    @Test
    void sendWritesAllBytes() {
        f.clicks("1", "2", "3", "4", "5");
        StepResult r = f.step("worker1.send=hello");
        assertResult(r, Outcome.OK, "write(5 bytes) returned 5", "", 0);
        assertThat(r.bytes()).isEqualTo(5);
    }

    @Test
    void sendIntoAFullBufferWritesAShortCountThenNothing() {
        f.clicks("1", "2", "3", "4", "5");
        StepResult partial = f.step("worker1.send#8388608");
        assertResult(partial, Outcome.OK, "write(8388608 bytes) returned ", "", 0);
        assertThat(partial.calls()).as("one click, one write()").hasSize(1);
        assertThat(partial.bytes()).isBetween(1L, 8388607L);
        assertThat(partial.message()).contains("wrote " + String.format("%,d", partial.bytes()) + " of 8,388,608 bytes");
        // The kernel may free some space as loopback moves data to the idle receiver; continuing the same
        // send soon finds both buffers full, and write() takes nothing: that is the would-block.
        StepResult next = f.step("worker1.send");
        for (int i = 0; i < 200 && next.bytes() > 0; i++) {
            assertThat(next.outcome()).isEqualTo(Outcome.OK);
            next = f.step("worker1.send");
        }
        assertResult(next, Outcome.WOULD_BLOCK, "returned 0", "EAGAIN", 10035);
        assertThat(next.calls()).hasSize(1);
        assertThat(next.bytes()).isZero();
    }

    @Test
    void sendAfterPeerResetFailsWithConnectionReset() {
        f.clicks("1", "2", "3", "4", "5", "client1.abort");
        f.await("worker1", c -> c.close() == 1);
        assertThat(f.counters("worker1").closeError()).isEqualTo(10054);
        StepResult r = f.step("worker1.send=x");
        assertThat(r.outcome()).isEqualTo(Outcome.ERROR);
        // The selector thread's read() (which counted OnClose) met the reset first, so Linux answers EPIPE.
        assertThat(r.errno()).isIn("ECONNRESET", "EPIPE");
        assertThat(r.wsa().code()).isEqualTo(10054);
    }

    @Test
    void sendAfterOwnShutdownIsShutdown() {
        f.clicks("1", "2", "3", "4", "5");
        assertResult(f.step("worker1.shutdown"), Outcome.OK, "shutdownOutput()", "", 0);
        assertResult(f.step("worker1.send=x"), Outcome.ERROR, "AsynchronousCloseException", "EPIPE", 10058);
        Counters c = f.await("client1", k -> k.close() == 1);
        assertThat(c.closeError()).isZero();
        assertThat(f.step("client1.send=still").outcome()).as("the peer can still send").isEqualTo(Outcome.OK);
        f.await("worker1", k -> k.receive() == 1);
        assertThat(f.step("worker1.receive").outcome()).as("and this side can still read").isEqualTo(Outcome.OK);
        f.settle();
        assertThat(f.counters("worker1").close()).as("no OnClose before the peer's FIN").isZero();
    }

    @Test
    void sendAndReceiveOnAnUnconnectedSocketAreNotConnected() {
        f.step("3");
        assertResult(f.step("client1.send=x"), Outcome.ERROR, "NotYetConnectedException", "ENOTCONN", 10057);
        assertResult(f.step("7"), Outcome.ERROR, "NotYetConnectedException", "ENOTCONN", 10057);
    }

    @Test
    void receiveWithNoDataWouldBlock() {
        f.clicks("1", "2", "3", "4", "5");
        assertResult(f.step("7"), Outcome.WOULD_BLOCK, "read(buffer of 1024 bytes) returned 0", "EAGAIN", 10035);
    }

    @Test
    void anyCallOnAClosedChannelIsClosedChannel() {
        f.clicks("1", "2", "3", "4", "5", "client1.close");
        assertResult(f.step("client1.send=x"), Outcome.ERROR, "ClosedChannelException", "EBADF", 10038);
        assertResult(f.step("7"), Outcome.ERROR, "ClosedChannelException", "EBADF", 10038);
        assertResult(f.step("4"), Outcome.ERROR, "ClosedChannelException", "EBADF", 10038);
        assertResult(f.step("client1.abort"), Outcome.ERROR, "ClosedChannelException", "EBADF", 10038);
        assertResult(f.step("client1.shutdown"), Outcome.ERROR, "ClosedChannelException", "EBADF", 10038);
        f.step("server.close");
        assertResult(f.step("2"), Outcome.ERROR, "ClosedChannelException", "EBADF", 10038);
        assertResult(f.step("5"), Outcome.ERROR, "ClosedChannelException", "EBADF", 10038);
    }

    @Test
    void aSocketThatDoesNotExistIsAnOrdinaryError() {
        StepResult r = f.step("client2.connect");
        assertResult(r, Outcome.ERROR, "(no call made)", "EBADF", 10038);
        assertThat(r.message()).contains("client2 does not exist");
        assertThat(f.step("6").message()).contains("Accept");
        assertThat(f.lab.snapshot().sockets()).isEmpty();
    }
}
