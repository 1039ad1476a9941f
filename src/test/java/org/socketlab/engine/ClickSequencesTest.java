package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socketlab.engine.LabFixture.assertCounts;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every click sequence of docs/semantics.md ("Click sequences"), on real loopback sockets. */
class ClickSequencesTest {
    private LabFixture f;

    @BeforeEach
    void start() {
        f = new LabFixture();
    }

    @AfterEach
    void stop() {
        f.close();
    }

    private static String text(StepResult r) {
        return new String(r.data(), StandardCharsets.UTF_8);
    }

    @Test
    void connectCompletesInTheKernelBeforeAccept() {
        StepResult connect = f.clicks("1", "2", "3", "4");
        assertThat(connect.outcome()).isEqualTo(Outcome.WOULD_BLOCK);
        assertThat(connect.errno()).isEqualTo("EINPROGRESS");
        assertThat(connect.wsa().code()).isEqualTo(10035);
        assertCounts(f.await("server", c -> c.accept() == 1), 1, 0, 0, 0, 0);
        Counters client = f.await("client1", c -> c.connect() == 1 && c.send() == 1);
        assertCounts(client, 0, 1, 1, 0, 0);
        assertThat(client.connectError()).isZero();
    }

    @Test
    void acceptMakesAWorkerThatMaySend() {
        StepResult accept = f.clicks("1", "2", "3", "4", "5");
        assertThat(accept.outcome()).isEqualTo(Outcome.OK);
        assertCounts(f.await("worker1", c -> c.send() == 1), 0, 0, 1, 0, 0);
        f.settle();
        assertCounts(f.counters("server"), 1, 0, 0, 0, 0);
    }

    @Test
    void sendPostsOnReceiveToThePeerButNotOnSendAgain() {
        StepResult send = f.clicks("1", "2", "3", "4", "5", "6");
        assertThat(send.outcome()).isEqualTo(Outcome.OK);
        assertThat(send.bytes()).isPositive();
        f.await("client1", c -> c.receive() == 1);
        f.settle();
        assertCounts(f.counters("worker1"), 0, 0, 1, 0, 0);
        assertCounts(f.counters("client1"), 0, 1, 1, 1, 0);
    }

    @Test
    void receiveShowsTheTextAndDoesNotRepost() {
        StepResult send = f.clicks("1", "2", "3", "4", "5", "6");
        f.await("client1", c -> c.receive() == 1);
        StepResult receive = f.clicks("7");
        assertThat(receive.outcome()).isEqualTo(Outcome.OK);
        assertThat(text(receive)).isEqualTo(text(send));
        assertThat(receive.bytes()).isEqualTo(send.bytes());
        assertThat(receive.java()).as("one read(), and what it returned")
                .isEqualTo("read(buffer of 1024 bytes) returned " + send.bytes());
        assertThat(receive.message()).startsWith("read() returned " + send.bytes() + ":");
        assertCounts(f.counters("client1"), 0, 1, 1, 1, 0);
    }

    @Test
    void aSecondSendDoesNotRepostAndOneReceiveReturnsBoth() {
        f.clicks("1", "2", "3", "4", "5", "worker1.send=first");
        f.await("client1", c -> c.receive() == 1);
        f.clicks("worker1.send=second");
        assertCounts(f.counters("client1"), 0, 1, 1, 1, 0);
        StepResult receive = f.clicks("7");
        assertThat(text(receive)).isEqualTo("firstsecond");
        assertCounts(f.counters("client1"), 0, 1, 1, 1, 0);
        StepResult again = f.clicks("7");
        assertThat(again.outcome()).isEqualTo(Outcome.WOULD_BLOCK);
        assertThat(again.errno()).isEqualTo("EAGAIN");
        assertThat(again.wsa().code()).isEqualTo(10035);
        assertCounts(f.counters("client1"), 0, 1, 1, 1, 0);
    }

    @Test
    void aSmallReceiveBufferRepostsOnReceiveForEachPartialRead() {
        f.lab.updateSettings(f.lab.settings().withReceiveBufferSize(4));
        f.clicks("1", "2", "3", "4", "5", "worker1.send=abcdefghij");
        f.await("client1", c -> c.receive() == 1);
        assertThat(text(f.clicks("7"))).isEqualTo("abcd");
        assertThat(f.counters("client1").receive()).isEqualTo(2);
        assertThat(text(f.clicks("7"))).isEqualTo("efgh");
        assertThat(f.counters("client1").receive()).isEqualTo(3);
        assertThat(text(f.clicks("7"))).isEqualTo("ij");
        assertThat(f.counters("client1").receive()).isEqualTo(3);
        assertThat(f.clicks("7").outcome()).isEqualTo(Outcome.WOULD_BLOCK);
    }

    @Test
    void receiveBeforeSendWouldBlockAndALaterSendPostsOnReceive() {
        f.clicks("1", "2", "3", "4", "5");
        f.await("worker1", c -> c.send() == 1);
        StepResult receive = f.clicks("7");
        assertThat(receive.outcome()).isEqualTo(Outcome.WOULD_BLOCK);
        assertThat(receive.java()).isEqualTo("read(buffer of 1024 bytes) returned 0");
        assertThat(receive.wsa().code()).isEqualTo(10035);
        assertCounts(f.counters("client1"), 0, 1, 1, 0, 0);
        f.clicks("6");
        f.await("client1", c -> c.receive() == 1);
    }

    @Test
    void connectWithNoListenerIsRefusedAndJavaClosesTheChannel() {
        int port = FreePort.find();
        f.lab.updateSettings(f.lab.settings().withPort(port));
        StepResult connect = f.clicks("3", "4");
        assertThat(connect.outcome()).isEqualTo(Outcome.WOULD_BLOCK);
        Counters c = f.await("client1", k -> k.connect() == 1);
        assertThat(c.connectError()).isEqualTo(10061);
        assertCounts(c, 0, 1, 0, 0, 0);
        assertThat(f.lab.snapshot().socket(SocketName.client(1)).orElseThrow().state()).isEqualTo(SocketState.CLOSED);
        StepResult again = f.clicks("4");
        assertThat(again.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(again.errno()).isEqualTo("EBADF");
        assertThat(again.wsa().code()).isEqualTo(10038);
        assertThat(again.message()).contains("Initialize it again (3)");
        StepResult reinit = f.clicks("3");
        assertThat(reinit.outcome()).isEqualTo(Outcome.OK);
    }

    @Test
    void clientCloseGivesTheWorkerOnCloseAndEndOfStream() {
        f.clicks("1", "2", "3", "4", "5", "6");
        f.await("client1", c -> c.receive() == 1);
        f.clicks("7", "client1.close");
        Counters w = f.await("worker1", c -> c.close() == 1);
        assertThat(w.closeError()).isZero();
        for (int i = 0; i < 2; i++) {
            StepResult receive = f.clicks("worker1.receive");
            assertThat(receive.outcome()).isEqualTo(Outcome.OK);
            assertThat(receive.java()).isEqualTo("read(buffer of 1024 bytes) returned -1");
            assertThat(receive.message()).contains("the peer closed its side");
        }
        StepResult firstSend = f.clicks("worker1.send=late");
        assertThat(firstSend.outcome()).as(firstSend.message()).isEqualTo(Outcome.OK);
        StepResult laterSend = firstSend;
        for (int i = 0; i < 50 && laterSend.outcome() == Outcome.OK; i++) {
            laterSend = f.clicks("worker1.send=later");
        }
        assertThat(laterSend.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(laterSend.errno()).isEqualTo("EPIPE");
        assertThat(laterSend.java()).contains("Broken pipe");
        assertCounts(f.counters("worker1"), 0, 0, 1, 0, 1);
        assertThat(f.counters("client1").close()).as("own close never posts OnClose").isZero();
    }

    @Test
    void bulkSendWritesAShortCountThenWouldBlockAndOnSendReturnsOnceTheClientDrains() {
        f.clicks("1", "2", "3", "4", "5");
        f.await("worker1", c -> c.send() == 1);
        StepResult bulk = f.clicks("worker1.send#8388608");
        assertThat(bulk.outcome()).as("a short count is a success").isEqualTo(Outcome.OK);
        assertThat(bulk.calls()).extracting(Call::method).containsExactly("write");
        assertThat(bulk.bytes()).isPositive().isLessThan(8388608);
        assertThat(bulk.java()).isEqualTo("write(8388608 bytes) returned " + bulk.bytes());
        StepResult blocked = bulk;
        for (int i = 0; i < 200 && blocked.outcome() == Outcome.OK; i++) {
            blocked = f.clicks("worker1.send");
        }
        assertThat(blocked.outcome()).isEqualTo(Outcome.WOULD_BLOCK);
        assertThat(blocked.wsa().code()).isEqualTo(10035);
        assertThat(blocked.java()).endsWith("returned 0");
        f.await("client1", c -> c.receive() == 1);
        assertCounts(f.counters("worker1"), 0, 0, 1, 0, 0);

        f.lab.updateSettings(f.lab.settings().withReceiveBufferSize(1024));
        f.clicks("7");
        assertThat(f.counters("client1").receive()).as("data remains, so Receive re-posts").isEqualTo(2);
        f.clicks("7");
        assertThat(f.counters("client1").receive()).isEqualTo(3);

        f.lab.updateSettings(f.lab.settings().withReceiveBufferSize(LabSettings.MAX_RECEIVE_BUFFER));
        long deadline = System.nanoTime() + LabFixture.BOUND.toNanos();
        while (f.counters("worker1").send() < 2 && System.nanoTime() < deadline) {
            f.clicks("7");
        }
        assertThat(f.counters("worker1").send()).as("OnSend after the would-block was relieved").isEqualTo(2);
    }

    @Test
    void workerAbortWithUnreadDataKeepsItReadableAndPostsTheResetOnceItIsRead() {
        f.clicks("1", "2", "3", "4", "5", "worker1.send=unread");
        f.await("client1", c -> c.receive() == 1);
        f.clicks("worker1.abort");
        assertThat(f.counters("client1").close()).as("Linux keeps the data readable: OnClose waits").isZero();
        StepResult data = f.clicks("7");
        assertThat(data.outcome()).isEqualTo(Outcome.OK);
        assertThat(text(data)).isEqualTo("unread");
        Counters c = f.await("client1", k -> k.close() == 1);
        assertThat(c.closeError()).isEqualTo(10054);
        StepResult after = f.clicks("7");
        assertThat(after.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(after.errno()).isEqualTo("ECONNRESET");
        assertThat(after.wsa().code()).isEqualTo(10054);
        assertThat(after.java()).as("Java 17 remembers the reset the selector thread's read() met")
                .isEqualTo("read(buffer of 1024 bytes) threw SocketException: Connection reset");
        assertThat(f.counters("client1").close()).isEqualTo(1);
    }

    @Test
    void closeWithUnreadDataSendsResetNotFin() {
        f.clicks("1", "2", "3", "4", "5", "client1.send=never read");
        f.await("worker1", c -> c.receive() == 1);
        StepResult close = f.clicks("worker1.close");
        assertThat(close.calls()).extracting(Call::method).containsExactly("key.cancel", "selector.selectNow", "close");
        assertThat(close.message()).contains("RST");
        Counters c = f.await("client1", k -> k.close() == 1);
        assertThat(c.closeError()).as("the peer sees a reset, not a graceful close").isEqualTo(10054);
        assertThat(f.clicks("7").errno()).isEqualTo("ECONNRESET");
    }

    @Test
    void closeWithNothingUnreadSendsFin() {
        f.clicks("1", "2", "3", "4", "5");
        f.await("worker1", c -> c.send() == 1);
        f.clicks("worker1.close");
        Counters c = f.await("client1", k -> k.close() == 1);
        assertThat(c.closeError()).isZero();
        assertThat(f.clicks("7").endOfStream()).isTrue();
    }

    @Test
    void closingAListenerResetsTheConnectionsNobodyAccepted() {
        f.clicks("1", "2", "3", "4");
        f.await("server", c -> c.accept() == 1);
        StepResult close = f.clicks("server.close");
        assertThat(close.message()).contains("accept queue");
        Counters c = f.await("client1", k -> k.close() == 1);
        assertThat(c.closeError()).isEqualTo(10054);
    }

    @Test
    void initializeAgainStartsANewSocketWithCountersAtZero() {
        int port = FreePort.find();
        f.lab.updateSettings(f.lab.settings().withPort(port));
        f.clicks("3", "4");
        f.await("client1", k -> k.connect() == 1);
        StepResult again = f.clicks("3");
        assertThat(again.outcome()).isEqualTo(Outcome.OK);
        assertThat(again.message()).contains("counters start from 0");
        assertCounts(f.counters("client1"), 0, 0, 0, 0, 0);
    }

    @Test
    void workerGracefulCloseWithUnreadDataDefersOnCloseUntilDrained() {
        f.clicks("1", "2", "3", "4", "5", "worker1.send=unread");
        f.await("client1", c -> c.receive() == 1);
        f.clicks("worker1.close");
        assertThat(f.counters("client1").close()).as("deferred while data is unread").isZero();
        StepResult data = f.clicks("7");
        assertThat(text(data)).isEqualTo("unread");
        Counters c = f.await("client1", k -> k.close() == 1);
        assertThat(c.closeError()).isZero();
        assertThat(f.clicks("7").java()).isEqualTo("read(buffer of 1024 bytes) returned -1");
    }

    @Test
    void acceptBeforeConnectWouldBlockAndALaterConnectPostsOnAccept() {
        StepResult accept = f.clicks("1", "2", "5");
        assertThat(accept.outcome()).isEqualTo(Outcome.WOULD_BLOCK);
        assertThat(accept.java()).isEqualTo("accept() returned null");
        assertThat(accept.errno()).isEqualTo("EAGAIN");
        assertThat(accept.wsa().code()).isEqualTo(10035);
        assertCounts(f.counters("server"), 0, 0, 0, 0, 0);
        f.clicks("3", "4");
        f.await("server", c -> c.accept() == 1);
    }

    @Test
    void onAcceptFiresAgainAtOnceWhenMoreConnectionsWait() {
        f.clicks("1", "2", "3", "client2.init", "4", "client2.connect");
        f.await("client2", c -> c.connect() == 1);
        f.settle();
        assertThat(f.counters("server").accept()).as("not re-posted before accept()").isEqualTo(1);
        f.clicks("5");
        f.await("server", c -> c.accept() == 2);
        f.clicks("5");
        f.settle();
        assertThat(f.counters("server").accept()).isEqualTo(2);
        assertThat(f.lab.snapshot().socket(SocketName.worker(2))).isPresent();
    }

    @Test
    void outOfBandDataIsNeverCounted() {
        f.clicks("1", "2", "3", "4", "5", "6", "7", "client1.send=x", "worker1.receive");
        f.lab.snapshot().sockets().values().forEach(v -> assertThat(v.counters().oob()).isZero());
        assertThat(Explain.text("oob.unobservable")).contains("Java NIO");
    }
}
