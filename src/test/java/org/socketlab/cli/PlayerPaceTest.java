package org.socketlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.socketlab.engine.Lab;
import org.socketlab.engine.LabSettings;
import org.socketlab.engine.ScriptStep;
import org.socketlab.engine.StepLanguage;
import org.socketlab.engine.StepSyntaxException;
import org.socketlab.kernel.KernelReader;
import org.socketlab.os.OsKind;

/**
 * The player keeps its pace: a step's line never waits for what the kernel will not do by itself. Each run
 * here gives the player a settle bound of ten minutes and itself one minute: a player that waited for a
 * connect held by a full accept queue, or for a FIN behind bytes the peer never reads, would hang and fail
 * the test, whatever the machine's speed. Real sockets on loopback; Linux, whose table shows the accept
 * queue against its limit.
 */
class PlayerPaceTest {
    private static final Duration NEVER = Duration.ofMinutes(10);
    private static final Duration LIMIT = Duration.ofMinutes(1);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void connectsToAFullAcceptQueueAreNotWaitedFor() {
        assumeTrue(OsKind.current() == OsKind.LINUX, "the accept queue against its limit is read from Linux's table");
        // backlog 1: Linux queues two finished handshakes and drops the SYNs of the third and fourth client
        List<JsonNode> lines = play(LabSettings.defaults().withPort(0).withBacklog(1).withConnectTimeout(600_000),
                "1", "2", "client1.init", "client1.connect", "client2.init", "client2.connect", "client3.init",
                "client3.connect", "client4.init", "client4.connect", "client1.send=hi", "client2.send=hi");
        assertThat(lines).hasSize(12);
        assertThat(lines.get(10).path("outcome").asText()).as("client1, queued, sends").isEqualTo("ok");
        assertThat(lines.get(9).path("tcp").path("client4").path("state").asText()).as("client4's SYN dropped")
                .isIn("SYN_SENT", "");
        assertThat(lines.get(11).path("tcp").path("server").path("acceptq").asInt()).isEqualTo(2);
    }

    @Test
    void aFinBehindBytesThePeerDoesNotReadIsNotWaitedFor() {
        assumeTrue(OsKind.current() == OsKind.LINUX, "queue bytes are read from Linux's table");
        List<String> steps = new ArrayList<>(List.of("1", "2", "3", "4", "5", "worker1.send#3000000", "worker1.close"));
        for (int i = 0; i < 4; i++) {
            steps.add("wait=1");
        }
        List<JsonNode> lines = play(LabSettings.defaults().withPort(0), steps.toArray(String[]::new));
        assertThat(lines).hasSize(11);
        JsonNode worker = lines.get(lines.size() - 1).path("tcp").path("worker1");
        assertThat(worker.path("state").asText()).as("the FIN waits behind the bytes").isEqualTo("FIN_WAIT1");
        assertThat(worker.path("sendq").asLong()).isGreaterThan(1);
    }

    private static List<JsonNode> play(LabSettings settings, String... texts) {
        List<ScriptStep> steps = new ArrayList<>();
        for (String text : texts) {
            try {
                steps.add(StepLanguage.parse(text));
            } catch (StepSyntaxException e) {
                throw new AssertionError(text, e);
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Lab lab = Lab.start(settings)) {
            Player player = new Player(lab, new PrintStream(bytes, true, StandardCharsets.UTF_8),
                    new PlayerTexts(Locale.ENGLISH), KernelReader.system());
            player.settleBound(NEVER);
            player.countersShown(Player.CountersShown.ALL); // every line shows the listener's queue
            assertTimeoutPreemptively(LIMIT, () -> player.play(steps), "a step waited for what the kernel will not do");
        }
        List<JsonNode> lines = new ArrayList<>();
        for (String line : bytes.toString(StandardCharsets.UTF_8).split("\n")) {
            try {
                lines.add(JSON.readTree(line));
            } catch (IOException e) {
                throw new AssertionError(line, e);
            }
        }
        return lines;
    }
}
