package org.socketlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lessons about the kernel's states (src/main/resources/lessons/time-wait.lesson,
 * time-wait-without-reuseaddr.lesson, close-wait-leak.lesson, full-backlog.lesson), played by the player on
 * port 0 as the lesson tests do: at the steps where their narration says so, the player's {@code "tcp"} field
 * shows the TCP state they name, read from this machine's /proc/net/tcp.
 */
class KernelLessonsTest {
    @BeforeAll
    static void linux() {
        assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")), "no /proc/net/tcp here: the kernel view is inferred");
    }

    @Test
    void timeWaitStaysWithTheSideThatClosedFirstAndJavasReuseAddrLetsTheServerListenAgain() {
        Lesson run = Lesson.play("time-wait");
        JsonNode clientFirst = run.after("client1.close", 1);
        assertState(clientFirst, "client1", "FIN_WAIT2", true);
        assertState(clientFirst, "worker1", "CLOSE_WAIT", false);
        JsonNode bothClosed = run.after("worker1.close", 1);
        assertState(bothClosed, "client1", "TIME_WAIT", true);
        assertThat(bothClosed.at("/tcp/client1/timer_ms").asLong()).as("TIME_WAIT's time left").isPositive();
        assertThat(port(bothClosed, "client1")).as("the client's TIME_WAIT is not on the server's port")
                .isNotEqualTo(port(bothClosed, "server"));

        assertState(run.after("worker2.close", 1), "worker2", "FIN_WAIT2", true);
        assertState(run.after("worker2.close", 1), "client2", "CLOSE_WAIT", false);
        JsonNode serverFirst = run.after("client2.close", 1);
        assertState(serverFirst, "worker2", "TIME_WAIT", true);
        int serverPort = port(serverFirst, "server");
        assertThat(port(serverFirst, "worker2")).as("the worker's TIME_WAIT sits on the server's port")
                .isEqualTo(serverPort);

        JsonNode relisten = run.after("server.listen", 2);
        assertThat(relisten.path("outcome").asText()).isEqualTo("ok");
        assertThat(relisten.path("java").asText()).as("Java's own SO_REUSEADDR: no call to change it")
                .isEqualTo("bind(127.0.0.1:" + serverPort + ", 100) returned");
        assertState(relisten, "server", "LISTEN", false);
        assertThat(port(relisten, "server")).as("listening again on the same port").isEqualTo(serverPort);
        assertState(relisten, "worker2", "TIME_WAIT", true);
        assertState(run.after("server.accept", 3), "worker3", "ESTABLISHED", false);
    }

    @Test
    void withoutReuseAddrTheServersOwnTimeWaitRefusesListenButTheClientsDoesNot() {
        Lesson run = Lesson.play("time-wait-without-reuseaddr");
        JsonNode first = run.after("server.listen", 1);
        assertThat(first.path("java").asText()).startsWith("setOption(SO_REUSEADDR, false) returned; bind(");
        int serverPort = port(first, "server");

        JsonNode clientKeepsIt = run.after("server.listen", 2);
        assertThat(clientKeepsIt.path("outcome").asText()).as("the TIME_WAIT is the client's").isEqualTo("ok");
        assertState(clientKeepsIt, "client1", "TIME_WAIT", true);
        assertThat(port(clientKeepsIt, "server")).isEqualTo(serverPort);

        JsonNode serverKeepsIt = run.after("server.listen", 3);
        assertThat(serverKeepsIt.path("outcome").asText()).isEqualTo("error");
        assertThat(serverKeepsIt.path("errno").asText()).isEqualTo("EADDRINUSE");
        assertThat(serverKeepsIt.path("wsa").asInt()).isEqualTo(10048);
        assertThat(serverKeepsIt.path("java").asText()).isEqualTo("setOption(SO_REUSEADDR, false) returned; bind(127.0.0.1:"
                + serverPort + ", 100) threw BindException: Address already in use");
        assertThat(serverKeepsIt.path("message").asText()).contains("SO_REUSEADDR is off").contains("TIME_WAIT");
        assertState(serverKeepsIt, "worker2", "TIME_WAIT", true);
        assertThat(port(serverKeepsIt, "worker2")).isEqualTo(serverPort);
        assertThat(run.after("client3.connect", 1).path("events").toString()).contains("\"error\":10061");
    }

    @Test
    void closeWaitStaysUntilTheProgramClosesThenThePeerMovesToTimeWait() {
        Lesson run = Lesson.play("close-wait-leak");
        int from = run.index("client1.close", 1);
        int closed = run.index("worker1.close", 1);
        assertThat(closed - from).as("steps in between, waits included").isGreaterThanOrEqualTo(5);
        for (int i = from; i < closed; i++) {
            assertState(run.line(i), "worker1", "CLOSE_WAIT", false);
            assertState(run.line(i), "client1", "FIN_WAIT2", true);
        }
        assertThat(run.line(closed - 1).at("/tcp/client1/timer_ms").asLong())
                .as("FIN_WAIT2 counts down, CLOSE_WAIT has no timer").isPositive()
                .isLessThan(run.line(from).at("/tcp/client1/timer_ms").asLong());
        JsonNode afterClose = run.line(closed);
        assertThat(afterClose.at("/tcp/worker1/state").asText("CLOSED")).as("LAST_ACK, then gone").isEqualTo("CLOSED");
        assertState(afterClose, "client1", "TIME_WAIT", true);
        assertState(afterClose, "worker2", "CLOSE_WAIT", false);
        assertState(run.after("wait=500", 1), "worker2", "CLOSE_WAIT", false);
        assertState(run.after("worker2.close", 1), "client2", "TIME_WAIT", true);
    }

    @Test
    void aConnectWhoseSynTheFullBacklogDroppedIsInSynSent() {
        Lesson run = Lesson.play("full-backlog");
        JsonNode dropped = run.after("client3.connect", 1);
        assertThat(dropped.path("outcome").asText()).isEqualTo("would-block");
        assertThat(dropped.at("/counters/client3/connect").asInt()).as("no OnConnect yet: still connecting").isZero();
        assertState(dropped, "client3", "SYN_SENT", false);
        assertThat(dropped.at("/tcp/client3/local").asText()).as("the port the kernel chose, from its row").isNotEmpty()
                .isNotEqualTo(dropped.at("/tcp/client1/local").asText());
        assertThat(dropped.at("/tcp/client3/sendq").asLong()).as("the SYN waiting for its ACK").isEqualTo(1);
        assertThat(dropped.at("/tcp/server/acceptq").asInt()).as("Linux lets backlog + 1 wait").isEqualTo(2);
        assertThat(dropped.at("/tcp/server/backlog").asInt()).isEqualTo(1);
        assertState(run.after("await=client3.connect=1", 1), "client3", "ESTABLISHED", false);
    }

    @Test
    void theReuseAddrOptionDecidesWhetherListenMeetsTheServersTimeWait() {
        String[] steps = {"1", "2", "3", "4", "5", "worker1.close", "client1.close", "server.close", "server.init",
            "server.listen"};
        PlayerTest.Run off = PlayerTest.play(concat(new String[] {"--port", "0", "--reuseaddr", "off"}, steps));
        assertThat(off.last().path("errno").asText()).isEqualTo("EADDRINUSE");
        assertThat(off.last().path("calls").toString()).contains("\"call\":\"setOption\"");
        PlayerTest.Run on = PlayerTest.play(concat(new String[] {"--port", "0", "--reuseaddr", "on"}, steps));
        assertThat(on.last().path("outcome").asText()).isEqualTo("ok");
        assertThat(on.last().at("/tcp/worker1/state").asText()).isEqualTo("TIME_WAIT");
        assertThat(PlayerTest.play("--reuseaddr", "maybe", "1").exit()).isEqualTo(PlayCommand.EXIT_MALFORMED);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static void assertState(JsonNode line, String socket, String state, boolean afterClose) {
        String step = line.path("step").asText();
        assertThat(line.at("/tcp/" + socket + "/state").asText()).as("%s after %s", socket, step).isEqualTo(state);
        assertThat(line.at("/tcp/" + socket + "/afterclose").asBoolean())
                .as("%s after %s: the program has closed it and the kernel keeps it", socket, step).isEqualTo(afterClose);
    }

    private static int port(JsonNode line, String socket) {
        String local = line.at("/tcp/" + socket + "/local").asText();
        return Integer.parseInt(local.substring(local.lastIndexOf(':') + 1));
    }

    /** A shipped lesson's run: one line per step, found by the step's text and its occurrence. */
    private record Lesson(PlayerTest.Run run) {
        static Lesson play(String name) {
            // every line shows every open socket: each test reads a socket's kernel state at a step
            PlayerTest.Run run = PlayerTest.play("--port", "0", "--counters", "all", "--lesson", name);
            assertThat(run.exit()).as(run.raw()).isZero();
            assertThat(run.last().path("promises").asText()).isEqualTo("held");
            return new Lesson(run);
        }

        JsonNode line(int i) {
            return run.line(i);
        }

        int index(String step, int occurrence) {
            int seen = 0;
            for (int i = 0; i < run.lines().size(); i++) {
                if (run.line(i).path("step").asText().equals(step) && ++seen == occurrence) {
                    return i;
                }
            }
            throw new AssertionError("no step " + step + " #" + occurrence);
        }

        /** The line of a step, each socket as the newest line up to it lists it. */
        JsonNode after(String step, int occurrence) {
            return run.folded(index(step, occurrence));
        }
    }
}
