package org.socketlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two SocketLabs on two hosts: network namespaces A (10.77.0.1) and B (10.77.0.2) joined by a veth
 * pair, made by this test and removed after it. Traffic stays inside them. Needs root and iproute2;
 * the timeout case also needs nftables. Elsewhere the test is skipped and says why.
 */
class NamespacesIT {
    private static final String A = "slab-a-" + ProcessHandle.current().pid();
    private static final String B = "slab-b-" + ProcessHandle.current().pid();
    private static final String SERVER_ADDRESS = "10.77.0.1";
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void makeTwoHosts() throws Exception {
        needed("root".equals(System.getProperty("user.name")),
                "not root: the two-host test needs 'ip netns' (CI runs it as root)");
        needed(onPath("ip"), "iproute2 is not installed: the two-host test is skipped");
        sh("ip netns add " + A);
        sh("ip netns add " + B);
        sh("ip link add sla" + ProcessHandle.current().pid() % 10000 + " type veth peer name slb"
                + ProcessHandle.current().pid() % 10000);
        String va = "sla" + ProcessHandle.current().pid() % 10000;
        String vb = "slb" + ProcessHandle.current().pid() % 10000;
        sh("ip link set " + va + " netns " + A);
        sh("ip link set " + vb + " netns " + B);
        sh("ip -n " + A + " addr add " + SERVER_ADDRESS + "/24 dev " + va);
        sh("ip -n " + B + " addr add 10.77.0.2/24 dev " + vb);
        for (String ns : List.of(A, B)) {
            sh("ip -n " + ns + " link set lo up");
        }
        sh("ip -n " + A + " link set " + va + " up");
        sh("ip -n " + B + " link set " + vb + " up");
    }

    @AfterAll
    static void removeHosts() throws Exception {
        if ("root".equals(System.getProperty("user.name"))) {
            run(List.of("ip", "netns", "del", A));
            run(List.of("ip", "netns", "del", B));
        }
    }

    private static void sh(String command) throws Exception {
        int exit = run(List.of(command.split(" ")));
        assertThat(exit).as(command).isZero();
    }

    /**
     * Skips when this machine cannot run the case, and says why; under CI (which installs iproute2 and
     * nftables and runs as root, .ci/run) the same reason fails the test instead, so it is never silently lost.
     */
    private static void needed(boolean present, String reason) {
        if (System.getenv("CI") != null) {
            assertThat(present).as("CI can run this case: " + reason).isTrue();
        }
        assumeTrue(present, reason);
    }

    private static boolean onPath(String program) {
        for (String dir : (System.getenv().getOrDefault("PATH", "/usr/bin:/bin") + ":/usr/sbin:/sbin").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private static int run(List<String> command) {
        return ChildProcess.run(Duration.ofSeconds(60), command).exit();
    }

    /** Starts the packaged player inside a namespace. */
    private static ChildProcess player(String ns, String... args) {
        List<String> command = new ArrayList<>(List.of("ip", "netns", "exec", ns,
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", "target/socketlab.jar",
                "play"));
        command.addAll(List.of(args));
        return ChildProcess.start(command);
    }

    private static JsonNode readLine(ChildProcess p) throws IOException {
        String line = p.nextLine(Duration.ofSeconds(60));
        assertThat(line).as("the player printed a line").isNotNull();
        return JSON.readTree(line);
    }

    /** Every line the player printed (those read already too), once it has ended, at most 120 s from now. */
    private static List<JsonNode> finish(ChildProcess p) throws IOException {
        ChildProcess.Result result = p.finish(Duration.ofSeconds(120));
        assertThat(result.exit()).as(result.output()).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : result.lines()) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    private static JsonNode step(List<JsonNode> lines, String step) {
        return lines.stream().filter(l -> l.path("step").asText().equals(step)).reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void aServerOnlyAndAClientOnlyPlayerTalkAcrossTwoHosts() throws Exception {
        try (ChildProcess server = player(A, "--role", "server", "--bind", SERVER_ADDRESS, "--port", "7000",
                "1", "2", "await=server.accept=1", "5", "await=worker1.receive=1", "worker1.receive",
                "worker1.send=pong", "await=worker1.close=1")) {
            readLine(server);
            JsonNode listen = readLine(server);
            assertThat(listen.path("outcome").asText()).as(listen.toString()).isEqualTo("ok");

            List<JsonNode> clientLines;
            try (ChildProcess client = player(B, "--role", "client", "--host", SERVER_ADDRESS, "--port", "7000",
                    "3", "4", "await=client1.send=1", "client1.send=ping", "await=client1.receive=1", "7",
                    "client1.close")) {
                clientLines = finish(client);
            }
            List<JsonNode> serverLines = finish(server);
            talkedAcross(serverLines, clientLines);
        }
    }

    private static void talkedAcross(List<JsonNode> serverLines, List<JsonNode> clientLines) {

        assertThat(step(serverLines, "worker1.receive").path("data").asText()).isEqualTo("ping");
        assertThat(step(clientLines, "client1.receive").path("data").asText()).isEqualTo("pong");
        assertThat(step(serverLines, "server.accept").path("message").asText()).contains("10.77.0.2");
        assertThat(step(clientLines, "client1.receive").path("counters").has("server"))
                .as("the client-only lab has no server").isFalse();
        assertThat(step(serverLines, "await=worker1.close=1").path("outcome").asText()).isEqualTo("ok");
    }

    @Test
    void refusedAndUnreachableAreToldApart() throws Exception {
        // The shipped lesson on connect failures, pointed at a closed port and at an address nobody has.
        try (ChildProcess refused = player(B, "--role", "client", "--host", SERVER_ADDRESS, "--port", "7002",
                "--lesson", "connect-failures");
                ChildProcess unreachable = player(B, "--role", "client", "--host", "10.77.0.9", "--port", "7003",
                        "--timeout", "30000", "--lesson", "connect-failures")) {
            assertThat(connectError(refused)).as("refused").isEqualTo(10061);
            assertThat(connectError(unreachable)).as("unreachable").isEqualTo(10065);
        }
    }

    @Test
    void noAnswerIsATimeoutNeitherRefusedNorUnreachable() throws Exception {
        needed(onPath("nft"), "nftables is not installed: the no-answer case (a dropped SYN) cannot be made, so it is not tested");
        // Host A drops every TCP segment while this test runs: a connect there gets no answer at all, whatever
        // port the lesson connects to (it picks one its own listener has just given back).
        sh("ip netns exec " + A + " nft add table inet slab");
        try {
            sh("ip netns exec " + A + " nft add chain inet slab in { type filter hook input priority 0 ; }");
            sh("ip netns exec " + A + " nft add rule inet slab in meta l4proto tcp drop");
            try (ChildProcess timeout = player(B, "--role", "client", "--host", SERVER_ADDRESS, "--port", "7001",
                    "--timeout", "1500", "--lesson", "connect-failures")) {
                assertThat(connectError(timeout)).as("no answer").isEqualTo(10060);
            }
        } finally {
            run(List.of("ip", "netns", "exec", A, "nft", "delete", "table", "inet", "slab"));
        }
    }

    /** The error code OnConnect carried (on whichever line's events it arrived). */
    private static int connectError(ChildProcess p) throws Exception {
        List<JsonNode> lines = finish(p);
        JsonNode await = step(lines, "await=client1.connect=1");
        assertThat(await.path("outcome").asText()).as(await.toString()).isEqualTo("ok");
        assertThat(step(lines, "promises").path("promises").asText()).isEqualTo("held");
        for (JsonNode line : lines) {
            for (JsonNode e : line.path("events")) {
                if (e.path("event").asText().equals("connect")) {
                    return e.path("error").asInt();
                }
            }
        }
        throw new AssertionError("no OnConnect in " + lines);
    }
}
