package org.socketlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged player gives the same steps, outcomes, errno names, Winsock codes, counters and notification
 * codes under English, Korean and German locales (the system's error texts follow the locale; SocketLab's
 * answers must not), for every failure this machine can provoke on loopback. Then once more with no native
 * access at all: what cannot be known is unclassified, never a success and never a wrong code.
 * CI generates the locales (.ci/run); elsewhere the test is skipped when they are missing.
 */
class SameAnswersInEveryLanguageIT {
    private static final Path JAR = Path.of("target", "socketlab.jar");
    private static final List<String> LOCALES = List.of("C.UTF-8", "ko_KR.UTF-8", "de_DE.UTF-8");
    /** JNA finds no native library: no strerror, no FormatMessage. */
    private static final List<String> NO_NATIVE_ACCESS = List.of("-Djna.nosys=true", "-Djna.nounpack=true");
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void localesExist() throws Exception {
        String all = ChildProcess.run(Duration.ofSeconds(30), List.of("locale", "-a")).output().toLowerCase(Locale.ROOT);
        boolean present = all.contains("ko_kr.utf8") && all.contains("de_de.utf8");
        if (System.getenv("CI") != null) {
            assertThat(present).as("CI generates ko_KR.UTF-8 and de_DE.UTF-8 (.ci/run)").isTrue();
        }
        Assumptions.assumeTrue(present, "ko_KR.UTF-8 and de_DE.UTF-8 are not generated on this machine");
    }

    @Test
    void aRefusedConnectIsRefusedInEveryLanguage() throws Exception {
        int free;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            free = probe.getLocalPort();
        }
        List<List<JsonNode>> runs = everyLocale("--port", Integer.toString(free), "3", "4", "await=client1.connect=1");
        assertThat(event(runs.get(0), "client1", "connect")).isEqualTo(10061);
        same(runs);
    }

    @Test
    void aBrokenPipeIsABrokenPipeInEveryLanguage() throws Exception {
        List<List<JsonNode>> runs = everyLocale("--port", "0", "1", "2", "3", "4", "5", "client1.close",
                "await=worker1.close=1", "worker1.send=abc", "wait=200", "worker1.send=abc");
        JsonNode last = runs.get(0).get(runs.get(0).size() - 1);
        assertThat(last.path("errno").asText()).isIn("EPIPE", "ECONNRESET");
        assertThat(last.path("wsa").asInt()).isEqualTo(10054);
        same(runs);
    }

    @Test
    void resetsOnReadAndWriteAreResetsInEveryLanguage() throws Exception {
        List<List<JsonNode>> read = everyLocale("--port", "0", "1", "2", "3", "4", "5", "client1.abort",
                "await=worker1.close=1", "worker1.receive");
        assertThat(event(read.get(0), "worker1", "close")).isEqualTo(10054);
        assertThat(read.get(0).get(read.get(0).size() - 1).path("errno").asText()).isEqualTo("ECONNRESET");
        same(read);
        List<List<JsonNode>> write = everyLocale("--port", "0", "1", "2", "3", "4", "5", "client1.abort",
                "await=worker1.close=1", "worker1.send=abc");
        assertThat(write.get(0).get(write.get(0).size() - 1).path("wsa").asInt()).isEqualTo(10054);
        same(write);
        List<List<JsonNode>> queued = everyLocale("--port", "0", "1", "2", "3", "4", "server.close",
                "await=client1.close=1", "client1.receive");
        assertThat(event(queued.get(0), "client1", "close")).isEqualTo(10054);
        same(queued);
    }

    @Test
    void addressesInUseOrNotHereAreSoInEveryLanguage() throws Exception {
        try (ServerSocket holder = new ServerSocket()) {
            holder.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            String port = Integer.toString(holder.getLocalPort());
            List<List<JsonNode>> inUse = everyLocale("--port", port, "1", "2");
            assertThat(inUse.get(0).get(1).path("errno").asText()).isEqualTo("EADDRINUSE");
            same(inUse);
            List<List<JsonNode>> noReuse = everyLocale("--port", port, "--reuseaddr", "off", "1", "2");
            assertThat(noReuse.get(0).get(1).path("wsa").asInt()).isEqualTo(10048);
            same(noReuse);
        }
        // 192.0.2.1 (TEST-NET-1) is no address of this machine: bind() fails at once, nothing is sent.
        List<List<JsonNode>> notHere = everyLocale("--port", "0", "--bind", "192.0.2.1", "1", "2");
        assertThat(notHere.get(0).get(1).path("errno").asText()).isEqualTo("EADDRNOTAVAIL");
        same(notHere);
    }

    @Test
    void withoutNativeAccessWhatCannotBeKnownIsUnclassifiedNeverSuccess() throws Exception {
        int free;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            free = probe.getLocalPort();
        }
        List<JsonNode> refused = play("ko_KR.UTF-8", NO_NATIVE_ACCESS,
                "--port", Integer.toString(free), "3", "4", "await=client1.connect=1");
        assertThat(event(refused, "client1", "connect")).as("a refused connect is no success").isEqualTo(-1);
        List<JsonNode> pipe = play("ko_KR.UTF-8", NO_NATIVE_ACCESS, "--port", "0", "1", "2", "3", "4", "5",
                "client1.close", "await=worker1.close=1", "worker1.send=abc", "wait=200", "worker1.send=abc");
        JsonNode last = pipe.get(pipe.size() - 1);
        assertThat(last.path("errno").asText()).as("known by the socket's state: the peer had closed").isEqualTo("EPIPE");
        assertThat(last.path("wsa").asInt()).isEqualTo(10054);
    }

    /** The OnX notification's code for that socket in a run, or fails when it never came. */
    private static int event(List<JsonNode> run, String socket, String event) {
        for (JsonNode line : run) {
            for (JsonNode e : line.path("events")) {
                if (e.path("socket").asText().equals(socket) && e.path("event").asText().equals(event)) {
                    return e.path("error").asInt();
                }
            }
        }
        throw new AssertionError(socket + " had no " + event + " notification: " + run);
    }

    private static List<List<JsonNode>> everyLocale(String... args) throws Exception {
        List<List<JsonNode>> runs = new ArrayList<>();
        for (String locale : LOCALES) {
            runs.add(play(locale, List.of(), args));
        }
        return runs;
    }

    /** Every run says the same as the first one, but for the words meant for people. */
    private static void same(List<List<JsonNode>> runs) {
        List<JsonNode> english = answers(runs.get(0));
        for (int i = 1; i < runs.size(); i++) {
            assertThat(answers(runs.get(i))).as("under %s, against %s", LOCALES.get(i), LOCALES.get(0))
                    .isEqualTo(english);
        }
        assertThat(runs.get(0).toString()).doesNotContain("\"wsa\":-1", "\"error\":-1");
    }

    /** What a script reads from each line: step, outcome, errno, Winsock code, counters and notifications. */
    private static List<JsonNode> answers(List<JsonNode> run) {
        List<JsonNode> answers = new ArrayList<>();
        for (JsonNode line : run) {
            ObjectNode a = JSON.createObjectNode();
            for (String field : List.of("step", "outcome", "errno", "wsa", "counters")) {
                a.set(field, line.path(field));
            }
            // Notifications of one selector pass may come in either order (which key the kernel reports first):
            // compared as a set per line, each with its code.
            List<String> events = new ArrayList<>();
            for (JsonNode e : line.path("events")) {
                events.add(e.path("socket").asText() + " " + e.path("event").asText() + " " + e.path("error").asInt());
            }
            ArrayNode sorted = a.putArray("events");
            events.stream().sorted().forEach(sorted::add);
            answers.add(a);
        }
        return answers;
    }

    private static List<JsonNode> play(String locale, List<String> jvm, String... args) throws Exception {
        assertThat(Files.exists(JAR)).as("mvn package built " + JAR).isTrue();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvm);
        command.addAll(List.of("-jar", JAR.toString(), "play", "--tcp", "off"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("socketlab-play", ".jsonl");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
            Map<String, String> env = pb.environment();
            env.remove("DISPLAY");
            env.keySet().removeIf(k -> k.startsWith("LC_"));
            env.put("LANG", locale);
            env.put("LC_ALL", locale);
            Process p = pb.start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("the player did not end in 120 s: " + command);
            }
            List<JsonNode> lines = new ArrayList<>();
            for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
                lines.add(JSON.readTree(line));
            }
            assertThat(lines).as("%s under %s", args, locale).isNotEmpty();
            return lines;
        } catch (IOException e) {
            throw new AssertionError("could not run " + command, e);
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
