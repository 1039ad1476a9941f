package org.socketlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.socketlab.lesson.Lesson;
import org.socketlab.lesson.Lessons;

/** Every shipped lesson, run by the headless player, ends with the counters its text promises. */
class LessonPlayerTest {

    static java.util.List<String> lessons() {
        return Lessons.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void shippedLessonKeepsItsPromises(String name) {
        Lesson lesson = Lessons.builtIn(name).orElseThrow();
        PlayerTest.Run run = PlayerTest.play("--port", "0", "--lesson", name);
        assertThat(run.exit()).isZero();
        assertThat(run.lines()).hasSize(lesson.steps().size());
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
        }
    }
}
