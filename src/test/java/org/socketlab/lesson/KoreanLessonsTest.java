package org.socketlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped lesson is whole in Korean: a title, an intro and the narration of every narrated step, each
 * written in Hangul (a line copied over in English would pass {@code untranslated} but teach nobody).
 */
class KoreanLessonsTest {

    static List<String> lessons() {
        return Lessons.names();
    }

    /** Whether {@code text} holds at least one Hangul syllable (U+AC00 to U+D7A3). */
    static boolean hasHangul(String text) {
        return text.chars().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void everyTextHasItsKoreanTranslation(String name) {
        Lesson lesson = Lessons.builtIn(name).orElseThrow();
        assertThat(lesson.untranslated("ko"))
                .as("lesson %s lacks Korean for", name)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void theKoreanTextsAreWrittenInHangul(String name) {
        Lesson lesson = Lessons.builtIn(name).orElseThrow();
        Lesson ko = lesson.in(Locale.KOREAN);
        assertThat(hasHangul(ko.title())).as("lesson %s: Korean title '%s'", name, ko.title()).isTrue();
        assertThat(hasHangul(ko.intro())).as("lesson %s: Korean intro '%s'", name, ko.intro()).isTrue();
        for (Lesson.Item item : lesson.steps()) {
            if (!item.narration().isEmpty()) {
                String said = item.narration("ko");
                assertThat(hasHangul(said))
                        .as("lesson %s: Korean narration of the step at line %d: '%s'", name, item.line(), said)
                        .isTrue();
            }
        }
        for (Lesson.Item item : ko.steps()) {
            item.asked().ifPresent(q -> {
                assertThat(hasHangul(q.ask())).as("lesson %s: Korean question at line %d", name, item.line()).isTrue();
                assertThat(hasHangul(q.why())).as("lesson %s: Korean why at line %d", name, item.line()).isTrue();
            });
        }
    }
}
