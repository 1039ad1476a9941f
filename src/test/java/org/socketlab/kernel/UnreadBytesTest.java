package org.socketlab.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.socketlab.engine.SocketName;

/** Bytes a program has not read, from each system's receive-queue figure (recorded figures, every system). */
class UnreadBytesTest {
    private static KernelSocket socket(TcpState state, long recvQueue) {
        return new KernelSocket(SocketName.worker(1), "127.0.0.1:11000", "127.0.0.1:50000", state, 0, recvQueue, 0,
                -1, false, false);
    }

    @Test
    void linuxCountsTheFinInTheReceiveQueueUntilTheEndOfStreamIsRead() {
        assertThat(socket(TcpState.ESTABLISHED, 4).unread(KernelSource.PROC_NET_TCP)).isEqualTo(4);
        assertThat(socket(TcpState.CLOSE_WAIT, 5).unread(KernelSource.PROC_NET_TCP)).as("4 bytes and the FIN")
                .isEqualTo(4);
        assertThat(socket(TcpState.CLOSE_WAIT, 1).unread(KernelSource.PROC_NET_TCP)).as("only the FIN").isZero();
        assertThat(socket(TcpState.CLOSE_WAIT, 0).unread(KernelSource.PROC_NET_TCP)).as("the end read too").isZero();
        assertThat(socket(TcpState.LAST_ACK, 3).unread(KernelSource.PROC_NET_TCP)).isEqualTo(2);
    }

    @Test
    void macOsCountsBytesOnlyAndWindowsShowsNone() {
        assertThat(socket(TcpState.CLOSE_WAIT, 5).unread(KernelSource.PROC_PIDFDINFO)).isEqualTo(5);
        assertThat(socket(TcpState.CLOSE_WAIT, 5).unread(KernelSource.TCP_TABLE)).isEqualTo(-1);
        assertThat(socket(TcpState.CLOSE_WAIT, 5).unread(KernelSource.INFERRED)).isEqualTo(-1);
        assertThat(socket(TcpState.CLOSE_WAIT, -1).unread(KernelSource.PROC_NET_TCP)).isEqualTo(-1);
        assertThat(socket(TcpState.LISTEN, 2).unread(KernelSource.PROC_NET_TCP)).as("a listener").isEqualTo(-1);
    }
}
