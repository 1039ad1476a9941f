package org.socketlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * play --predict FILE: graded homework on real sockets. The lesson receive-before-send has eight steps
 * (1 2 3 4 5, then 7 that would block, 6, 7). Step 4, Connect, would block on this system (Linux): a
 * non-blocking connect() returns before the handshake, even on loopback.
 */
class PlayerPredictTest {
    private static final List<Integer> PREDICTED = List.of(1, 2, 3, 4, 5, 6, 7, 8);

    @TempDir
    Path dir;

    private Path file(String text) throws IOException {
        Path f = dir.resolve("answers.txt");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void theRightAnswersScoreFullAndEveryPredictedLineIsMarked() throws IOException {
        Path answers = file("# receive-before-send\n1: ok\n2: ok\n3: ok\n4: would-block\n\n5: ok\n6: would-block\n"
                + "7: ok\n8: ok\n");
        PlayerTest.Run run = PlayerTest.play("--lesson", "receive-before-send", "--predict", answers.toString());
        assertThat(run.exit()).isZero();
        List<JsonNode> steps = run.lines().subList(0, 8);
        for (int n : PREDICTED) {
            JsonNode line = steps.get(n - 1);
            assertThat(line.path("predicted").asText()).as("step %d", n).isEqualTo(line.path("outcome").asText());
            assertThat(line.path("right").asBoolean(false)).as("step %d", n).isTrue();
        }
        assertThat(run.line(8).has("predicted")).as("the promises line is no step").isFalse();
        assertThat(steps.get(5).path("predicted").asText()).isEqualTo("would-block");
        assertThat(run.raw().strip().lines().reduce((a, b) -> b).orElseThrow()).isEqualTo("{\"score\": 8, \"of\": 8}");
    }

    @Test
    void wrongAnswersScoreNothing() throws IOException {
        Path answers = file("1: error\n2: would-block\n3: error\n4: error\n5: would-block\n6: ok\n7: error\n"
                + "8: would-block\n");
        PlayerTest.Run run = PlayerTest.play("--lesson", "receive-before-send", "--predict", answers.toString());
        assertThat(run.exit()).as("the run itself succeeded").isZero();
        for (int n : PREDICTED) {
            assertThat(run.line(n - 1).path("right").isBoolean()).isTrue();
            assertThat(run.line(n - 1).path("right").asBoolean()).as("step %d", n).isFalse();
        }
        assertThat(run.last().path("score").asInt(-1)).isZero();
        assertThat(run.last().path("of").asInt()).isEqualTo(8);
    }

    @Test
    void waitsCountAsStepsOnTheCommandLineToo() throws IOException {
        Path answers = file("3: ok\n");
        PlayerTest.Run run = PlayerTest.play("--port", "0", "--predict", answers.toString(), "1", "wait=1", "7");
        assertThat(run.line(2).path("step").asText()).isEqualTo("client1.receive");
        assertThat(run.line(2).path("outcome").asText()).isEqualTo("error");
        assertThat(run.line(2).path("predicted").asText()).isEqualTo("ok");
        assertThat(run.line(2).path("right").asBoolean(true)).isFalse();
        assertThat(run.line(1).has("predicted")).isFalse();
        assertThat(run.last().toString()).isEqualTo("{\"score\":0,\"of\":1}");
    }

    @Test
    void aMalformedFileIsOneErrorLineAndNothingRuns() throws IOException {
        for (String text : List.of("6: maybe\n", "6 would-block\n", "9: ok\n", "0: ok\n", "6: ok\n6: error\n", "\n# none\n")) {
            Path answers = file(text);
            PlayerTest.Run run = PlayerTest.play("--lesson", "receive-before-send", "--predict", answers.toString());
            assertThat(run.exit()).as(text).isEqualTo(PlayCommand.EXIT_MALFORMED);
            assertThat(run.lines()).as(text).singleElement().satisfies(line -> {
                assertThat(line.path("step").asText()).isEqualTo("predict");
                assertThat(line.path("outcome").asText()).isEqualTo("error");
                assertThat(line.path("message").asText()).contains("answers.txt").contains("nothing was run");
            });
        }
        PlayerTest.Run badLine = PlayerTest.play("--lesson", "receive-before-send", "--predict",
                file("1: ok\n\n9: ok\n").toString());
        assertThat(badLine.last().path("message").asText()).contains("line 3").contains("numbered 1 to 8");
        PlayerTest.Run missing = PlayerTest.play("--lesson", "receive-before-send", "--predict",
                dir.resolve("absent.txt").toString());
        assertThat(missing.lines()).singleElement()
                .satisfies(line -> assertThat(line.path("message").asText()).contains("cannot read it"));
    }
}
