package org.socketlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.socketlab.engine.SocketName;
import org.socketlab.kernel.KernelSocket;
import org.socketlab.kernel.KernelSource;
import org.socketlab.kernel.KernelView;
import org.socketlab.kernel.TcpState;

/** The player's "tcp" says what a system does not show as null or UNKNOWN, never as a 0 or a CLOSED. */
class TcpJsonSystemsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SocketName CLIENT = SocketName.client(1);

    private static ObjectNode tcp(KernelSource source, KernelSocket... sockets) {
        KernelView view = new KernelView(1, Instant.EPOCH, List.of(sockets), List.of(), List.of(), source);
        return TcpJson.of(JSON, view, Set.of(SocketName.SERVER, CLIENT));
    }

    @Test
    void windowsShowsNoQueueBytes() {
        ObjectNode tcp = tcp(KernelSource.TCP_TABLE, new KernelSocket(CLIENT, "127.0.0.1:50000", "127.0.0.1:11000",
                TcpState.ESTABLISHED, -1, -1, 0, -1, false, false));
        assertThat(tcp.path("client1").path("state").asText()).isEqualTo("ESTABLISHED");
        assertThat(tcp.path("client1").path("sendq").isNull()).isTrue();
        assertThat(tcp.path("client1").path("recvq").isNull()).isTrue();
        assertThat(tcp.path("client1").has("inferred")).isFalse();
    }

    @Test
    void macosCountsTheAcceptQueueWithoutListingItAndDoesNotShowAClosedSocket() {
        ObjectNode tcp = tcp(KernelSource.PROC_PIDFDINFO,
                new KernelSocket(SocketName.SERVER, "127.0.0.1:11000", "", TcpState.LISTEN, 0, 2, 1, -1, false, false),
                new KernelSocket(CLIENT, "127.0.0.1:50000", "127.0.0.1:11000", TcpState.CLOSED, 0, 0, 0, -1, false,
                        false, true));
        assertThat(tcp.path("server").path("acceptq").asInt()).isEqualTo(2);
        assertThat(tcp.path("client1").path("state").asText()).isEqualTo("UNKNOWN");
        assertThat(tcp.path("client1").path("unseen").asBoolean()).isTrue();
    }

    @Test
    void aConnectWhoseRowCannotBeToldApartIsUnknownNotClosed() {
        ObjectNode tcp = tcp(KernelSource.PROC_NET_TCP, new KernelSocket(CLIENT, "", "127.0.0.1:11000", TcpState.CLOSED,
                -1, -1, 0, -1, false, false, false, true));
        assertThat(tcp.path("client1").path("state").asText()).isEqualTo("UNKNOWN");
        assertThat(tcp.path("client1").path("unmatched").asBoolean()).isTrue();
        assertThat(tcp.path("client1").path("sendq").isNull()).as("unknown, not 0").isTrue();
        assertThat(tcp.path("client1").path("recvq").isNull()).isTrue();
        assertThat(tcp.path("client1").path("remote").asText()).isEqualTo("127.0.0.1:11000");
    }

    @Test
    void linuxIsAsBefore() {
        ObjectNode tcp = tcp(KernelSource.PROC_NET_TCP, new KernelSocket(CLIENT, "127.0.0.1:50000", "127.0.0.1:11000",
                TcpState.ESTABLISHED, 3, 5, 0, 0, false, false));
        assertThat(tcp.path("client1").path("sendq").asLong()).isEqualTo(3);
        assertThat(tcp.path("client1").path("recvq").asLong()).isEqualTo(5);
    }
}
