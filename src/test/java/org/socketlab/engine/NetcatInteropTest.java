package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A real peer: netcat (Debian's netcat-openbsd) as the lab's client, and as the lab client's server. */
class NetcatInteropTest {
    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final Path PROC_NET_TCP = Path.of("/proc/net/tcp");
    private Process nc;

    @BeforeAll
    static void needNetcat() {
        assumeTrue(onPath("nc"), "nc is not installed (apt-get install netcat-openbsd): netcat interop not tested");
    }

    static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    @AfterEach
    void stopNetcat() {
        if (nc != null) {
            nc.destroyForcibly();
        }
    }

    /** Reads what netcat printed until it contains {@code text}, within the bound. */
    private static String readUntil(InputStream in, String text) throws IOException, InterruptedException {
        StringBuilder seen = new StringBuilder();
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (!seen.toString().contains(text) && System.nanoTime() < deadline) {
            if (in.available() > 0) {
                seen.append(new String(in.readNBytes(in.available()), StandardCharsets.UTF_8));
            } else {
                TimeUnit.MILLISECONDS.sleep(10); // polling a pipe; the condition is the text arriving
            }
        }
        return seen.toString();
    }

    private static String text(StepResult r) {
        return new String(r.data(), StandardCharsets.UTF_8);
    }

    @Test
    void netcatConnectsToTheLabsServerAndTextFlowsBothWays() throws Exception {
        try (LabFixture f = new LabFixture(LabSettings.defaults().withPort(0).withRole(Role.SERVER))) {
            StepResult listen = f.steps("1", "2");
            int port = Integer.parseInt(listen.message().replaceAll(".*127\\.0\\.0\\.1:(\\d+).*", "$1"));
            nc = new ProcessBuilder("nc", "-N", "127.0.0.1", Integer.toString(port)).redirectErrorStream(true).start();
            OutputStream toNc = nc.getOutputStream();
            assertThat(f.lab.awaitCounter(SocketName.SERVER, Notification.ACCEPT, 1, BOUND)).isTrue();
            f.clicks("5");
            toNc.write("hello from nc\n".getBytes(StandardCharsets.UTF_8));
            toNc.flush();
            assertThat(f.lab.awaitCounter(SocketName.worker(1), Notification.RECEIVE, 1, BOUND)).isTrue();
            assertThat(text(f.clicks("worker1.receive"))).isEqualTo("hello from nc\n");
            f.clicks("worker1.send=hello from SocketLab\n");
            assertThat(readUntil(nc.getInputStream(), "hello from SocketLab")).contains("hello from SocketLab");
            toNc.close(); // nc -N shuts down its side: the worker sees a graceful close
            assertThat(f.lab.awaitCounter(SocketName.worker(1), Notification.CLOSE, 1, BOUND)).isTrue();
            assertThat(f.counters("worker1").closeError()).isZero();
        }
    }

    @Test
    void theLabsClientConnectsToNetcatListeningAndTextFlowsBothWays() throws Exception {
        assumeTrue(Files.isReadable(PROC_NET_TCP), "no /proc/net/tcp (not Linux): this test sees netcat listen there"
                + " without connecting to it, so it is skipped");
        int port = FreePort.find();
        nc = new ProcessBuilder("nc", "-l", "127.0.0.1", Integer.toString(port)).redirectErrorStream(true).start();
        awaitListening(port);
        try (LabFixture f = new LabFixture(LabSettings.defaults().withPort(port).withRole(Role.CLIENT))) {
            f.clicks("3", "4");
            Counters connected = f.await("client1", c -> c.connect() == 1 && c.send() == 1);
            assertThat(connected.connectError()).isZero();
            f.clicks("client1.send=hello nc\n");
            assertThat(readUntil(nc.getInputStream(), "hello nc")).contains("hello nc");
            nc.getOutputStream().write("hello lab\n".getBytes(StandardCharsets.UTF_8));
            nc.getOutputStream().flush();
            f.await("client1", c -> c.receive() == 1);
            assertThat(text(f.clicks("7"))).isEqualTo("hello lab\n");
            nc.destroy(); // netcat goes away: the lab's client gets OnClose
            f.await("client1", c -> c.close() == 1);
        }
    }

    /** Waits until something listens on 127.0.0.1:port (read from /proc/net/tcp, without connecting). */
    private static void awaitListening(int port) throws IOException, InterruptedException {
        String local = "0100007F:" + String.format(Locale.ROOT, "%04X", port);
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : Files.readAllLines(PROC_NET_TCP)) {
                String[] cols = line.trim().split("\\s+");
                if (cols.length > 3 && cols[1].equals(local) && cols[3].equals("0A")) {
                    return;
                }
            }
            TimeUnit.MILLISECONDS.sleep(20); // polling the kernel's table; the condition is LISTEN appearing
        }
        throw new AssertionError("netcat never listened on port " + port);
    }
}
