package org.socketlab.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.socketlab.engine.SocketName;

/**
 * A connection whose client closed before anyone accepted it is still in the accept queue: the kernel keeps
 * it there in CLOSE_WAIT, and accept() returns it. Read from this machine's /proc/net/tcp on real loopback
 * sockets.
 */
class AcceptQueueCloseWaitTest {
    @BeforeAll
    static void linux() {
        assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")), "no /proc/net/tcp here: the kernel view is inferred");
    }

    @Test
    void aQueuedConnectionWhoseClientClosedStillCountsInTheAcceptQueue() {
        try (KernelLab k = new KernelLab()) {
            k.clicks("1", "2", "3", "4");
            k.await("one connection in the accept queue", v -> v.accepting().size() == 1);
            k.clicks("client1.close");
            KernelView closed = k.await("the queued connection in CLOSE_WAIT", v -> v.accepting().size() == 1
                    && v.accepting().get(0).state() == TcpState.CLOSE_WAIT);
            assertThat(closed.socket(SocketName.SERVER).orElseThrow().recvQueue())
                    .as("the listener's own count of its accept queue").isEqualTo(1);

            k.clicks("5");
            KernelView accepted = k.awaitState("worker1", TcpState.CLOSE_WAIT);
            assertThat(accepted.accepting()).as("Accept took it off the queue").isEmpty();
        }
    }
}
