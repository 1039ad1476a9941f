package org.socketlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.socketlab.engine.FreePort;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The headless player's contract: one JSON object per step, as the issue documents it. */
class PlayerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Run(int exit, List<JsonNode> lines, String raw) {
        JsonNode last() {
            return lines.get(lines.size() - 1);
        }

        JsonNode line(int i) {
            return lines.get(i);
        }

        /**
         * Line {@code line} with its "counters" and "tcp" filled in for every socket an earlier line listed: each
         * socket as the newest line up to this one shows it (a line lists the step's socket and those that changed,
         * in the lab or in the kernel).
         */
        JsonNode folded(int line) {
            ObjectNode whole = lines.get(line).deepCopy();
            for (String part : List.of("counters", "tcp")) {
                ObjectNode merged = JSON.createObjectNode();
                for (int i = 0; i <= line; i++) {
                    lines.get(i).path(part).fields().forEachRemaining(e -> merged.set(e.getKey(), e.getValue()));
                }
                if (!merged.isEmpty()) {
                    whole.set(part, merged);
                }
            }
            return whole;
        }

        /**
         * One socket's six counters as "accept,connect,send,receive,close,oob", as the newest line up to {@code line}
         * that lists the socket shows them (a line lists the step's socket and those that changed); "absent" when
         * none does.
         */
        String counters(int line, String socket) {
            JsonNode c = lines.get(line).path("counters").path(socket);
            for (int i = line - 1; c.isMissingNode() && i >= 0; i--) {
                c = lines.get(i).path("counters").path(socket);
            }
            if (c.isMissingNode()) {
                return "absent";
            }
            List<String> values = new ArrayList<>();
            for (String key : List.of("accept", "connect", "send", "receive", "close", "oob")) {
                values.add(c.path(key).asText("?"));
            }
            return String.join(",", values);
        }
    }

    static Run play(String... args) {
        return play(new ByteArrayOutputStream(), args);
    }

    static Run play(ByteArrayOutputStream bytes, String... args) {
        int exit = PlayerMain.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String raw = bytes.toString(StandardCharsets.UTF_8);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : raw.split("\n")) {
            if (!line.isEmpty()) {
                try {
                    lines.add(JSON.readTree(line));
                } catch (IOException e) {
                    throw new AssertionError("not a JSON line: " + line, e);
                }
            }
        }
        return new Run(exit, lines, raw);
    }

    static String[] args(String... parts) {
        return parts;
    }

    @Test
    void printsTheDocumentedLineForEachStep() {
        Run run = play("--port", "0", "1", "2", "3", "4");
        assertThat(run.exit()).isZero();
        assertThat(run.lines()).hasSize(4);
        JsonNode connect = run.last();
        List<String> keys = new ArrayList<>();
        connect.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("step", "outcome", "java", "calls", "errno", "wsa", "message", "bytes",
                "data", "hex", "counters", "events", "tcp");
        assertThat(connect.path("step").asText()).isEqualTo("client1.connect");
        assertThat(connect.path("outcome").asText()).isEqualTo("would-block");
        assertThat(connect.path("java").asText()).matches("connect\\(127\\.0\\.0\\.1:[0-9]+\\) returned false");
        assertThat(connect.path("calls").toString()).isEqualTo("[{\"call\":\"connect\",\"returned\":false}]");
        assertThat(run.line(0).path("calls")).extracting(JsonNode::toString).containsExactly(
                "{\"call\":\"ServerSocketChannel.open\",\"returned\":\"a ServerSocketChannel\"}",
                "{\"call\":\"configureBlocking\"}", "{\"call\":\"register\",\"returned\":\"a SelectionKey\"}");
        assertThat(connect.path("errno").asText()).isEqualTo("EINPROGRESS");
        assertThat(connect.path("wsa").asInt()).isEqualTo(10035);
        assertThat(connect.path("message").asText()).isNotBlank();
        assertThat(connect.path("bytes").isNumber()).isTrue();
        assertThat(connect.path("data").isTextual()).isTrue();
        List<String> sockets = new ArrayList<>();
        connect.path("counters").fieldNames().forEachRemaining(sockets::add);
        assertThat(sockets).containsExactly("server", "client1");
        List<String> counterKeys = new ArrayList<>();
        connect.path("counters").path("server").fieldNames().forEachRemaining(counterKeys::add);
        assertThat(counterKeys).containsExactly("accept", "connect", "send", "receive", "close", "oob");
        assertThat(run.counters(3, "server")).isEqualTo("1,0,0,0,0,0");
        assertThat(run.counters(3, "client1")).isEqualTo("0,1,1,0,0,0");
        List<String> events = new ArrayList<>();
        connect.path("events").forEach(e -> events.add(e.path("socket").asText() + ":" + e.path("event").asText()
                + ":" + e.path("error").asInt()));
        assertThat(events).containsExactlyInAnyOrder("server:accept:0", "client1:connect:0", "client1:send:0");
        assertThat(run.line(0).path("events")).isEmpty();
    }

    @Test
    void receiveListsItsOneReadAndWhatItReturned() {
        Run run = play("--port", "0", "1", "2", "3", "4", "5", "worker1.send=24 bytes of text exactly", "7");
        assertThat(run.last().path("calls").toString()).isEqualTo("[{\"call\":\"read\",\"returned\":24}]");
        assertThat(run.last().path("bytes").asInt()).isEqualTo(24);
        for (JsonNode line : run.lines()) {
            assertThat(line.toString().toLowerCase(java.util.Locale.ROOT)).doesNotContain("read ahead")
                    .doesNotContain("read-ahead");
        }
    }

    /**
     * SEMANTICS.md section 3, through the player: steps, the expected counters on the last line, and every
     * notification of the run that carried an error code (all others must carry 0): a close with unread data
     * is OnClose 10054 (RST), a graceful one 0 (FIN), a refusal OnConnect 10061. {@code port=free} connects
     * to a port nothing listens on.
     */
    static Stream<Arguments> sequences() {
        return Stream.of(
                Arguments.of("1 2 3 4", "server=1,0,0,0,0,0 client1=0,1,1,0,0,0", ""),
                Arguments.of("1 2 3 4 5", "server=1,0,0,0,0,0 client1=0,1,1,0,0,0 worker1=0,0,1,0,0,0", ""),
                Arguments.of("1 2 3 4 5 6", "client1=0,1,1,1,0,0 worker1=0,0,1,0,0,0", ""),
                Arguments.of("1 2 3 4 5 6 7", "client1=0,1,1,1,0,0 worker1=0,0,1,0,0,0", ""),
                Arguments.of("1 2 3 4 5 6 6 7", "client1=0,1,1,1,0,0 worker1=0,0,1,0,0,0", ""),
                Arguments.of("1 2 3 4 5 7", "client1=0,1,1,0,0,0", ""),
                Arguments.of("1 2 3 4 5 7 6", "client1=0,1,1,1,0,0", ""),
                Arguments.of("1 2 3 4 5 6 7 client1.close worker1.receive", "worker1=0,0,1,0,1,0", ""),
                Arguments.of("1 2 3 4 5 worker1.send#8388608", "worker1=0,0,1,0,0,0 client1=0,1,1,1,0,0", ""),
                Arguments.of("1 2 3 4 5 worker1.send#8388608 7 7", "client1=0,1,1,3,0,0", ""),
                Arguments.of("1 2 3 4 5 worker1.send=unread worker1.abort", "client1=0,1,1,1,0,0", ""),
                Arguments.of("1 2 3 4 5 worker1.send=unread worker1.abort 7", "client1=0,1,1,1,1,0",
                        "client1:close:10054"),
                Arguments.of("1 2 3 4 5 client1.send=unread worker1.close", "client1=0,1,1,0,1,0",
                        "client1:close:10054"),
                Arguments.of("1 2 3 4 5 client1.send=unread worker1.close 7", "client1=0,1,1,0,1,0",
                        "client1:close:10054"),
                Arguments.of("1 2 3 4 5 worker1.send=unread worker1.close", "client1=0,1,1,1,0,0", ""),
                Arguments.of("1 2 3 4 5 worker1.send=unread worker1.close 7", "client1=0,1,1,1,1,0", ""),
                Arguments.of("1 2 3 4 5 client1.close", "worker1=0,0,1,0,1,0", ""),
                Arguments.of("port=free 3 4", "client1=0,1,0,0,0,0", "client1:connect:10061"),
                Arguments.of("1 2 5 3 4", "server=1,0,0,0,0,0", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sequences")
    void clickSequencesEndWithTheCountersSemanticsPromises(String steps, String expected, String errorCodes) {
        List<String> argv = new ArrayList<>(List.of("--port", "0"));
        if (steps.startsWith("port=free ")) {
            argv.set(1, Integer.toString(FreePort.find()));
            steps = steps.substring("port=free ".length());
        }
        argv.addAll(List.of(steps.split(" ")));
        Run run = play(argv.toArray(String[]::new));
        assertThat(run.exit()).isZero();
        assertThat(run.lines()).hasSize(argv.size() - 2);
        for (String socketCounts : expected.split(" ")) {
            String[] parts = socketCounts.split("=");
            assertThat(run.counters(run.lines().size() - 1, parts[0])).as("%s after %s", parts[0], steps)
                    .isEqualTo(parts[1]);
        }
        List<String> withError = new ArrayList<>();
        for (JsonNode line : run.lines()) {
            line.path("events").forEach(e -> {
                if (e.path("error").asInt(-1) != 0) {
                    withError.add(e.path("socket").asText() + ":" + e.path("event").asText() + ":"
                            + e.path("error").asInt(-1));
                }
            });
        }
        List<String> want = errorCodes.isEmpty() ? List.of() : List.of(errorCodes.split(" "));
        assertThat(withError).as("notifications with an error code after %s", steps)
                .containsExactlyInAnyOrderElementsOf(want);
    }

    /** SEMANTICS.md section 3: a close with unread data sends RST, so the peer's OnClose says 10054 at once. */
    @Test
    void aCloseWithUnreadDataResetsThePeer() {
        Run run = play("--port", "0", "1", "2", "3", "4", "5", "client1.send=unread", "worker1.close", "7");
        JsonNode close = run.line(6);
        assertThat(close.path("step").asText()).isEqualTo("worker1.close");
        List<String> events = new ArrayList<>();
        close.path("events").forEach(e -> events.add(e.path("socket").asText() + ":" + e.path("event").asText()
                + ":" + e.path("error").asInt()));
        assertThat(events).as("the close's own line").containsExactly("client1:close:10054");
        JsonNode receive = run.line(7);
        assertThat(receive.path("outcome").asText()).isEqualTo("error");
        assertThat(receive.path("errno").asText()).isEqualTo("ECONNRESET");
        assertThat(receive.path("wsa").asInt()).isEqualTo(10054);
    }

    @Test
    void twoSendsArriveInOneReceiveAndAThirdWouldBlock() {
        Run run = play("--port", "0", "1", "2", "3", "4", "5", "worker1.send=one", "worker1.send=two", "7", "7");
        assertThat(run.line(7).path("data").asText()).isEqualTo("onetwo");
        assertThat(run.line(7).path("bytes").asInt()).isEqualTo(6);
        assertThat(run.line(8).path("outcome").asText()).isEqualTo("would-block");
        assertThat(run.line(8).path("wsa").asInt()).isEqualTo(10035);
    }

    @Test
    void refusalIsReportedByOnConnectAndTheNextConnectNeedsStep3() {
        Run run = play("--lang", "en", "--port", Integer.toString(FreePort.find()), "3", "4", "4");
        JsonNode connect = run.line(1);
        assertThat(connect.path("outcome").asText()).isEqualTo("would-block");
        assertThat(connect.path("events").get(0).path("error").asInt()).isEqualTo(10061);
        assertThat(run.line(2).path("wsa").asInt()).isEqualTo(10038);
        assertThat(run.line(2).path("message").asText()).contains("(3)");
    }

    @Test
    void bufferOptionShowsPartialReads() {
        Run run = play("--port", "0", "--buffer", "3", "1", "2", "3", "4", "5", "worker1.send=abcdefg", "7", "7");
        assertThat(run.line(6).path("data").asText()).isEqualTo("abc");
        assertThat(run.line(7).path("data").asText()).isEqualTo("def");
        assertThat(run.counters(7, "client1")).isEqualTo("0,1,1,3,0,0");
    }

    @Test
    void aMissingSocketIsAnOrdinaryErrorAndTheRunGoesOn() {
        Run run = play("--lang", "en", "--port", "0", "client2.connect", "worker3.send", "1");
        assertThat(run.exit()).isZero();
        assertThat(run.lines()).hasSize(3);
        assertThat(run.line(0).path("outcome").asText()).isEqualTo("error");
        assertThat(run.line(0).path("message").asText()).contains("client2 does not exist");
        assertThat(run.line(1).path("message").asText()).contains("worker3 does not exist");
        assertThat(run.line(2).path("outcome").asText()).isEqualTo("ok");
    }

    @Test
    void aMalformedStepIsFoundBeforeAnythingRuns() {
        Run run = play("--lang", "en", "--port", "0", "1", "2", "client1.fly", "3");
        assertThat(run.exit()).isNotZero();
        assertThat(run.lines()).as("steps 1 and 2 did not run either").hasSize(1);
        JsonNode error = run.last();
        assertThat(error.path("step").asText()).isEqualTo("client1.fly");
        assertThat(error.path("outcome").asText()).isEqualTo("error");
        assertThat(error.path("message").asText()).contains("client1.fly").contains("unknown operation");
        assertThat(error.path("message").asText()).contains("nothing was run");
        assertThat(error.path("counters").has("server")).as("nothing before it ran").isFalse();
    }

    @Test
    void everyKindOfMalformedStepIsRefused() {
        for (String bad : List.of("server.send", "worker1.init", "worker1.send#0", "worker1.send#lots",
                "client1.receive=x", "9", "wait=soon", "nonsense")) {
            Run run = play("--port", "0", bad, "1");
            assertThat(run.exit()).as(bad).isNotZero();
            assertThat(run.lines()).as(bad).hasSize(1);
            assertThat(run.last().path("message").asText()).as(bad).contains(bad);
        }
    }

    @Test
    void badOptionsAreRefusedAndNothingRuns() {
        for (String[] bad : List.of(args("--port", "70000", "1"), args("--port", "-1", "1"),
                args("--buffer", "0", "1"), args("--port", "abc", "1"), args("--host", " ", "1"),
                args("--host", "a b c", "1"), args("--host", "-x", "1"), args("--host=-x", "1"),
                args("--bind", "a b", "1"), args("--bind", "127.0.0.1;", "1"), args("--frobnicate", "1"))) {
            Run run = play(Stream.concat(Stream.of("--lang", "en"), Stream.of(bad)).toArray(String[]::new));
            assertThat(run.exit()).as(String.join(" ", bad)).isNotZero();
            assertThat(run.lines()).as(String.join(" ", bad)).hasSize(1);
            assertThat(run.last().path("outcome").asText()).isEqualTo("error");
            assertThat(run.last().path("message").asText()).startsWith("bad option");
        }
    }

    /** The player's output, which runs {@code act} on the player's thread once {@code lines} lines are out. */
    static ByteArrayOutputStream actingAfter(int lines, Runnable act) {
        return new ByteArrayOutputStream() {
            private int newlines;

            @Override
            public synchronized void write(byte[] b, int off, int len) {
                super.write(b, off, len);
                for (int i = off; i < off + len; i++) {
                    if (b[i] == '\n' && ++newlines == lines) {
                        act.run();
                    }
                }
            }

            @Override
            public synchronized void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }
        };
    }

    @Test
    void waitPrintsALineWithTheNotificationsThatArrivedMeanwhile() throws IOException {
        int port = FreePort.find();
        try (Socket peer = new Socket()) {
            // a peer outside the lab connects once the line of step 2 (Listen) is printed, so its OnAccept
            // arrives after that line and before the next step: during the wait
            Run run = play(actingAfter(2, () -> {
                try {
                    peer.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }), "--port", Integer.toString(port), "1", "2", "wait=500", "3");
            assertThat(run.exit()).isZero();
            assertThat(peer.isConnected()).as("the peer connected during the run").isTrue();
            assertThat(run.line(1).path("events")).as("nothing arrived before the peer connected").isEmpty();
            JsonNode wait = run.line(2);
            assertThat(wait.path("step").asText()).isEqualTo("wait=500");
            assertThat(wait.path("outcome").asText()).isEqualTo("ok");
            List<String> events = new ArrayList<>();
            wait.path("events").forEach(e -> events.add(e.path("socket").asText() + ":" + e.path("event").asText()
                    + ":" + e.path("error").asInt()));
            assertThat(events).as("the notifications that arrived during the wait").containsExactly("server:accept:0");
            assertThat(run.counters(2, "server")).isEqualTo("1,0,0,0,0,0");
            assertThat(run.line(3).path("events")).as("already reported on the wait's line").isEmpty();
        }
    }

    @Test
    void neverPrintsAStackTrace() {
        // A stack trace may go to either stream: the player's own output, or System.err (an uncaught exception
        // on the lab's selector thread, an e.printStackTrace()). Both are caught while the player runs.
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        PrintStream realErr = System.err;
        Run run;
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        try {
            run = play("--port", "0", "5", "6", "7", "2", "1", "1", "2", "2", "4", "client1.abort", "server.close",
                    "server.close", "5", "wait=0");
        } finally {
            System.setErr(realErr);
        }
        String errors = stderr.toString(StandardCharsets.UTF_8);
        assertThat(run.raw()).as("stdout").doesNotContain("\tat ").doesNotContain("Exception\n");
        assertThat(errors).as("stderr").doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(run.exit()).isZero();
    }

    @Test
    void nonAsciiTextTravelsIntact() {
        Run run = play("--port", "0", "1", "2", "3", "4", "5", "worker1.send=소켓 ✓", "7");
        assertThat(run.last().path("data").asText()).isEqualTo("소켓 ✓");
    }
}
