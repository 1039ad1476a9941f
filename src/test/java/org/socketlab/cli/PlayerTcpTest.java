package org.socketlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.socketlab.kernel.TcpState;

/**
 * The player's {@code "tcp"} object against {@code ss -tan}, taken at the moment each line is printed
 * (the player waits while its line is written, so the lab does not move meanwhile).
 */
class PlayerTcpTest {
    /** One row of {@code ss -tan}: state, Recv-Q, Send-Q, local, peer. */
    record SsRow(String state, long recvq, long sendq, String local, String peer) {
    }

    @Test
    void everyLinesTcpMatchesSsTakenAtTheSameMoment() {
        assumeTrue(ss().isPresent(), "ss (iproute2) is missing: the tcp figures cannot be compared with it");
        List<List<SsRow>> taken = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public synchronized void write(byte[] b, int off, int len) {
                super.write(b, off, len);
                for (int i = off; i < off + len; i++) {
                    if (b[i] == '\n') {
                        taken.add(ssNow());
                    }
                }
            }
        };
        PlayerTest.Run run = PlayerTest.play(out, "--port", "0", "--counters", "all", "1", "2", "3", "4", "client2.init",
                "client2.connect", "5", "worker1.send=hello, world", "7", "client1.close", "worker1.close");
        assertThat(run.exit()).isZero();
        assertThat(taken).hasSize(run.lines().size());
        int compared = 0;
        for (int i = 0; i < run.lines().size(); i++) {
            JsonNode tcp = run.line(i).path("tcp");
            assertThat(tcp.isObject()).as("line %d has tcp", i).isTrue();
            for (Iterator<Map.Entry<String, JsonNode>> it = tcp.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                compared += compare(i + " " + run.line(i).path("step").asText() + " " + e.getKey(), e.getValue(),
                        taken.get(i));
            }
        }
        assertThat(compared).as("sockets compared with ss").isGreaterThan(20);
        // the figures the lesson relies on, read from the lines themselves
        assertThat(run.line(5).at("/tcp/server/acceptq").asInt()).as("two connections before Accept").isEqualTo(2);
        assertThat(run.line(7).at("/tcp/client1/recvq").asInt()).as("12 bytes wait until Receive").isEqualTo(12);
        assertThat(run.line(8).at("/tcp/client1/recvq").asInt()).isZero();
        assertThat(run.line(9).at("/tcp/worker1/state").asText()).isEqualTo("CLOSE_WAIT");
        assertThat(run.line(10).at("/tcp/client1/state").asText()).isEqualTo("TIME_WAIT");
        assertThat(run.line(10).at("/tcp/client1/afterclose").asBoolean()).isTrue();
    }

    /** Compares one socket's entry with ss's row for it; returns 1 when a comparison was made. */
    private static int compare(String what, JsonNode socket, List<SsRow> ss) {
        String state = socket.path("state").asText();
        String local = socket.path("local").asText();
        String remote = socket.path("remote").asText("");
        if (local.isEmpty()) {
            assertThat(state).as(what).isEqualTo("CLOSED");
            return 0;
        }
        TcpState tcp = TcpState.valueOf(state);
        Optional<SsRow> row = ss.stream().filter(r -> r.local().equals(local)
                && (tcp == TcpState.LISTEN ? r.state().equals("LISTEN") : r.peer().equals(remote))).findFirst();
        if (tcp == TcpState.CLOSED) {
            assertThat(row).as("%s: closed, so ss has no row for it", what).isEmpty();
            return 1;
        }
        assertThat(row).as("%s: ss lists %s %s", what, local, remote).isPresent();
        assertThat(row.get().state()).as(what).isEqualTo(tcp.ssName());
        if (tcp == TcpState.LISTEN) {
            assertThat(socket.path("acceptq").asLong()).as(what + " accept queue").isEqualTo(row.get().recvq());
            assertThat(socket.path("backlog").asLong()).as(what + " backlog").isEqualTo(row.get().sendq());
        } else {
            assertThat(socket.path("recvq").asLong()).as(what + " Recv-Q").isEqualTo(row.get().recvq());
            assertThat(socket.path("sendq").asLong()).as(what + " Send-Q").isEqualTo(row.get().sendq());
        }
        return 1;
    }

    private static Optional<Path> ss() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            Path candidate = Path.of(dir, "ss");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static List<SsRow> ssNow() {
        String text = ChildProcess.run(Duration.ofSeconds(30), List.of(ss().orElseThrow().toString(), "-tan")).output();
        List<SsRow> rows = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 5 && f[1].matches("[0-9]+")) {
                rows.add(new SsRow(f[0], Long.parseLong(f[1]), Long.parseLong(f[2]), unmap(f[3]), unmap(f[4])));
            }
        }
        return rows;
    }

    /** ss writes an IPv4-mapped address as {@code [::ffff:127.0.0.1]:80}; the lab as Java does, {@code 127.0.0.1:80}. */
    private static String unmap(String address) {
        return address.startsWith("[::ffff:") && address.indexOf('.') > 0
                ? address.substring(8).replace("]:", ":") : address;
    }
}
