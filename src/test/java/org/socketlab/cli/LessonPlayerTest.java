package org.socketlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.socketlab.lesson.Lesson;
import org.socketlab.lesson.Lessons;
import org.socketlab.os.OsKind;

/**
 * Every shipped lesson, run by the headless player, ends with the counters its text promises, and the
 * player's last line says so; a lesson whose promise breaks says what broke and exits with 1.
 */
class LessonPlayerTest {

    static java.util.List<String> lessons() {
        return Lessons.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void shippedLessonKeepsItsPromises(String name) {
        Lesson lesson = Lessons.builtIn(name).orElseThrow();
        PlayerTest.Run run = PlayerTest.play("--lang", "en", "--port", "0", "--lesson", name);
        assertThat(run.exit()).isZero();
        if (!lesson.holdsOn(OsKind.current())) { // its promises are another system's: one line says so
            assertThat(run.lines()).singleElement().satisfies(l -> assertThat(l.has("skipped")).isTrue());
            return;
        }
        assertThat(run.lines()).as("one line per step, then the promises").hasSize(lesson.steps().size() + 1);
        assertThat(run.last().path("step").asText()).isEqualTo("promises");
        assertThat(run.last().path("promises").asText()).isEqualTo("held");
        JsonNode counters = run.last().path("counters");
        for (Lesson.Promise p : lesson.promises()) {
            assertThat(counters.path(p.socket().toString()).path(p.notification().word()).asInt(-1))
                    .as("%s: %s %s (line %d)", name, p.socket(), p.notification().word(), p.line())
                    .isEqualTo(p.count());
        }
        for (int i = 0; i < lesson.steps().size(); i++) {
            String narration = lesson.steps().get(i).narration();
            if (!narration.isEmpty()) {
                assertThat(run.line(i).path("narration").asText()).isEqualTo(narration);
            }
            // Port 0 is no port to connect to: a lesson that shows a refusal connects to a port it closed itself.
            assertThat(run.line(i).path("java").asText()).as("%s, step %d", name, i + 1)
                    .doesNotContainPattern("connect\\([^)]*:0\\)");
        }
    }

    @org.junit.jupiter.api.Test
    void backPressureRepeatsSendUntilItWouldBlock() {
        Lesson lesson = Lessons.builtIn("back-pressure").orElseThrow();
        int repeated = -1;
        for (int i = 0; i < lesson.steps().size(); i++) {
            if (lesson.steps().get(i).step() instanceof org.socketlab.engine.ScriptStep.Action a
                    && a.step().payload() instanceof org.socketlab.engine.Payload.UntilWouldBlock) {
                repeated = i;
            }
        }
        assertThat(repeated).as("a step that repeats Send until it would block").isNotNegative();
        PlayerTest.Run run = PlayerTest.play("--lang", "en", "--port", "0", "--lesson", "back-pressure");
        JsonNode line = run.line(repeated);
        assertThat(line.path("outcome").asText()).isEqualTo("would-block");
        JsonNode calls = line.path("calls");
        assertThat(calls.get(calls.size() - 1).path("returned").asLong(-1)).as("the last write() took nothing")
                .isZero();
        assertThat(line.path("message").asText()).contains("Send repeated until it would block");
    }

    @Test
    void aBrokenPromiseIsReportedAndExitsWithOne(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("wrong.lesson");
        Files.writeString(file, "title: A wrong promise\nset: buffer=4\nstep: 3\nexpect: client1 receive=7\n");
        PlayerTest.Run run = PlayerTest.play("--port", "0", "--lesson", file.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.last().path("promises").asText()).isEqualTo("client1 OnReceive = 0 (7)");
        assertThat(run.last().path("outcome").asText()).isEqualTo("error");
    }
}
