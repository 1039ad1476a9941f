package org.socketlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.socketlab.lesson.LessonFiles;
import org.socketlab.lesson.Lessons;

/**
 * {@code play --record FILE} writes what it ran as a lesson; {@code play --lesson FILE} replays it on fresh
 * sockets, every step doing what it did and every counter ending where it ended.
 */
class PlayerRecordTest {
    @TempDir
    Path dir;

    /** Records the steps, replays the file, and checks the replay held and ended with the same counters. */
    private String recordAndReplay(String... steps) throws Exception {
        Path file = dir.resolve("recorded.lesson");
        List<String> args = new ArrayList<>(List.of("--port", "0", "--record", file.toString()));
        args.addAll(List.of(steps));
        PlayerTest.Run recorded = PlayerTest.play(args.toArray(String[]::new));
        assertThat(recorded.exit()).as(recorded.raw()).isZero();
        String lesson = Files.readString(file);
        assertThat(LessonFiles.read(file).steps()).hasSize(steps.length);

        PlayerTest.Run replayed = PlayerTest.play("--lesson", file.toString());
        assertThat(replayed.exit()).as(lesson + replayed.raw()).isZero();
        assertThat(replayed.last().path("promises").asText()).isEqualTo("held");
        assertThat(replayed.last().path("counters")).as("counters after the replay")
                .isEqualTo(reached(recorded));
        return lesson;
    }

    /**
     * Every socket's counters as the run left them: a step's line lists the sockets open or changed, so a
     * socket closed earlier is found on the last line that listed it.
     */
    private static JsonNode reached(PlayerTest.Run run) {
        ObjectNode all = JsonNodeFactory.instance.objectNode();
        for (JsonNode line : run.lines()) {
            line.path("counters").fields().forEachRemaining(e -> all.set(e.getKey(), e.getValue()));
        }
        return all;
    }

    @Test
    void theSevenStepsReplayAndEndWithTheSameCounters() throws Exception {
        String lesson = recordAndReplay("1", "2", "3", "4", "5", "6", "7");
        assertThat(lesson).startsWith("title: recorded\nintro: A recorded session").contains("set: port=0\n")
                .contains("step: client1.receive\n")
                .doesNotContain("->")
                .contains("expect: client1 accept=0 connect=1 send=1 receive=1 close=0 oob=0\n");
    }

    @Test
    void aReceiveBeforeTheSendIsRecordedAsWouldBlockAndTheReplayHolds() throws Exception {
        String lesson = recordAndReplay("1", "2", "3", "4", "5", "7", "6", "7");
        assertThat(lesson).contains("step: server.accept\nstep: client1.receive -> would-block\n"
                + "step: worker1.send\nstep: client1.receive\n");
    }

    @Test
    void errorsAndWaitsAreRecordedAndReplayed() throws Exception {
        String lesson = recordAndReplay("3", "4", "wait=300", "client1.receive", "worker1.close");
        assertThat(lesson).contains("step: wait=300\n", "step: client1.receive -> ", "step: worker1.close -> EBADF\n");
    }

    /** A lesson with an await, one with a failure it expects and SO_REUSEADDR off. */
    @ParameterizedTest
    @ValueSource(strings = {"connect-failures", "time-wait-without-reuseaddr"})
    void aLessonPlayedIsRecordedAndItsRecordingHoldsToo(String name) throws Exception {
        Path file = dir.resolve("again.lesson");
        PlayerTest.Run played = PlayerTest.play("--port", "0", "--record", file.toString(), "--lesson", name);
        assertThat(played.exit()).isZero();
        assertThat(LessonFiles.read(file).steps()).hasSize(Lessons.builtIn(name).orElseThrow().steps().size());
        PlayerTest.Run replayed = PlayerTest.play("--lesson", file.toString());
        assertThat(replayed.last().path("promises").asText()).isEqualTo("held");
        assertThat(replayed.last().path("counters")).isEqualTo(reached(played));
    }

    @Test
    void anUnwritableFileOrNothingToRecordIsAnErrorLine() {
        PlayerTest.Run run = PlayerTest.play("--lang", "en", "--port", "0", "--record",
                dir.resolve("no/such/dir/x.lesson").toString(), "1");
        assertThat(run.exit()).isEqualTo(PlayCommand.EXIT_MALFORMED);
        assertThat(run.lines()).as("refused before the first step").singleElement()
                .satisfies(line -> assertThat(line.path("step").asText()).isEqualTo("record"));
        assertThat(run.last().path("message").asText()).contains("its directory does not exist")
                .contains("nothing was run");

        PlayerTest.Run none = PlayerTest.play("--lang", "en", "--port", "0", "--record", dir.resolve("none.lesson").toString());
        assertThat(none.exit()).isEqualTo(PlayCommand.EXIT_MALFORMED);
        assertThat(none.last().path("message").asText()).contains("no steps");
        assertThat(dir.resolve("none.lesson")).doesNotExist();
    }
}
