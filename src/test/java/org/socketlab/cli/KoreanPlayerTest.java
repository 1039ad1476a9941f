package org.socketlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.socketlab.lesson.Lesson;
import org.socketlab.lesson.Lessons;

/** The headless player narrates a lesson in the language --lang asks for: Korean with ko, English with en. */
class KoreanPlayerTest {

    private static boolean hasHangul(String text) {
        return text.chars().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
    }

    /** The narration of every line that has one; checks there is one for every narrated step of the lesson. */
    private static List<String> narrations(PlayerTest.Run run, String lessonName) {
        assertThat(run.exit()).as("exit code; output:%n%s", run.raw()).isZero();
        List<String> said = run.lines().stream().filter(l -> l.has("narration"))
                .map(l -> l.path("narration").asText()).toList();
        Lesson lesson = Lessons.builtIn(lessonName).orElseThrow();
        long narrated = lesson.steps().stream().filter(i -> !i.narration().isEmpty()).count();
        assertThat(said).as("one narration per narrated step").hasSize((int) narrated);
        return said;
    }

    @Test
    void koNarratesTheSeedStepsInKorean() {
        PlayerTest.Run run = PlayerTest.play("--port", "0", "--lang", "ko", "--lesson", "seed-steps");
        assertThat(narrations(run, "seed-steps"))
                .allSatisfy(n -> assertThat(hasHangul(n)).as("Korean narration: %s", n).isTrue());
    }

    @Test
    void enNarratesTheSeedStepsInEnglish() {
        PlayerTest.Run run = PlayerTest.play("--port", "0", "--lang", "en", "--lesson", "seed-steps");
        assertThat(narrations(run, "seed-steps"))
                .allSatisfy(n -> assertThat(hasHangul(n)).as("English narration: %s", n).isFalse());
    }
}
