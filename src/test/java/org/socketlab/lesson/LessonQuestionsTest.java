package org.socketlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.socketlab.engine.Outcome;

/** ask:, choices: and why: in a lesson file: the question belongs to the step after it. */
class LessonQuestionsTest {
    private static final String HEAD = "title: t\nstep: 1\n";

    @Test
    void aQuestionWithItsTranslationsChoicesAndWhyBelongsToTheNextStep() throws LessonFormatException {
        Lesson l = LessonParser.parse(HEAD + "ask: What will Receive return?\nask: (think)\nask[ko]: 받기는?\n"
                + "choices: ok, would-block\nwhy: Nothing was sent.\nwhy[ko]: 보낸 것이 없습니다.\nstep: 7\nstep: 6\n");
        assertThat(l.steps().get(0).asked()).isEmpty();
        Question q = l.steps().get(1).asked().orElseThrow();
        assertThat(q.ask()).isEqualTo("What will Receive return? (think)");
        assertThat(q.choices()).containsExactly(Outcome.OK, Outcome.WOULD_BLOCK);
        assertThat(q.why()).isEqualTo("Nothing was sent.");
        assertThat(l.steps().get(2).asked()).as("one step only").isEmpty();
        Question ko = l.in(Locale.KOREAN).steps().get(1).asked().orElseThrow();
        assertThat(ko.ask()).isEqualTo("받기는?");
        assertThat(ko.why()).isEqualTo("보낸 것이 없습니다.");
    }

    @Test
    void withoutChoicesAllThreeOutcomesAreOffered() throws LessonFormatException {
        Question q = LessonParser.parse(HEAD + "ask: ?\nstep: 7\n").steps().get(1).asked().orElseThrow();
        assertThat(q.choices()).containsExactly(Outcome.OK, Outcome.WOULD_BLOCK, Outcome.ERROR);
        assertThat(q.why()).isEmpty();
    }

    @Test
    void misplacedQuestionLinesAreRefusedWithTheirLine() {
        assertThatThrownBy(() -> LessonParser.parse(HEAD + "why: no question\nstep: 7\n"))
                .hasMessageContaining("line 3").hasMessageContaining("ask");
        assertThatThrownBy(() -> LessonParser.parse(HEAD + "choices: ok, error\nstep: 7\n"))
                .hasMessageContaining("line 3");
        assertThatThrownBy(() -> LessonParser.parse(HEAD + "ask[ko]: 질문\nstep: 7\n"))
                .hasMessageContaining("line 3");
        assertThatThrownBy(() -> LessonParser.parse(HEAD + "ask: ?\n")).hasMessageContaining("line 3")
                .hasMessageContaining("no 'step:' follows");
        assertThatThrownBy(() -> LessonParser.parse(HEAD + "ask: ?\nchoices: ok, maybe\nstep: 7\n"))
                .hasMessageContaining("line 4").hasMessageContaining("maybe");
        assertThatThrownBy(() -> LessonParser.parse(HEAD + "ask: ?\nchoices: ok, ok\nstep: 7\n"))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> LessonParser.parse(HEAD + "ask: ?\nchoices: ok\nstep: 7\n"))
                .hasMessageContaining("at least two");
    }

    @Test
    void eightShippedLessonsAskInEnglishAndKorean() {
        List<String> asking = Lessons.names().stream().filter(name -> Lessons.builtIn(name).orElseThrow().steps()
                .stream().anyMatch(i -> i.asked().isPresent())).toList();
        assertThat(asking).hasSizeGreaterThanOrEqualTo(8).contains("receive-before-send", "two-sends-one-receive",
                "close-with-unread-data", "full-backlog", "half-close", "back-pressure", "connection-refused",
                "time-wait-without-reuseaddr");
        for (String name : asking) {
            for (Lesson.Item item : Lessons.builtIn(name).orElseThrow().steps()) {
                item.asked().ifPresent(q -> {
                    assertThat(q.ask()).as(name).isNotBlank();
                    assertThat(q.why()).as(name).isNotBlank();
                    assertThat(q.asks()).as(name + ": asked in Korean").containsKey("ko");
                    assertThat(q.whys()).as(name + ": why in Korean").containsKey("ko");
                });
            }
        }
    }

    @Test
    void aQuestionOrWhyWithoutItsTranslationIsListedAsUntranslated() throws LessonFormatException {
        Lesson l = LessonParser.parse(HEAD + "ask: ?\nwhy: because\nstep: 7\nask: ?\nask[ko]: 질문\nstep: 6\n");
        assertThat(l.untranslated("ko")).containsExactly("title", "ask of the step at line 5",
                "why of the step at line 5");
    }
}
