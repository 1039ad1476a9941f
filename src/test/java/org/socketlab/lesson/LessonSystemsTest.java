package org.socketlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.socketlab.os.OsKind;

/** Lessons that name the systems their promises hold on, and what is said where they do not. */
class LessonSystemsTest {
    private static final Locale KOREAN = Locale.forLanguageTag("ko");

    @Test
    void anOsLineNamesTheSystemsWhereTheLessonsPromisesHold() throws LessonFormatException {
        Lesson lesson = LessonParser.parse("title: T\ntitle[ko]: 티\nos: Linux, macos\nstep: 1\n");
        assertThat(lesson.oses()).containsExactlyInAnyOrder(OsKind.LINUX, OsKind.MACOS);
        assertThat(lesson.holdsOn(OsKind.LINUX)).isTrue();
        assertThat(lesson.holdsOn(OsKind.MACOS)).isTrue();
        assertThat(lesson.holdsOn(OsKind.WINDOWS)).isFalse();
        assertThat(lesson.holdsOn(OsKind.OTHER)).as("a system the lesson does not name").isFalse();
        assertThat(lesson.in(KOREAN).oses()).as("the Korean lesson keeps the systems").isEqualTo(lesson.oses());
        assertThat(LessonParser.parse("title: T\nos: windows\nstep: 1\n").holdsOn(OsKind.LINUX)).isFalse();
    }

    @Test
    void aLessonWithoutAnOsLineHoldsEverywhere() throws LessonFormatException {
        Lesson lesson = LessonParser.parse("title: T\nstep: 1\n");
        assertThat(lesson.oses()).isEmpty();
        for (OsKind os : OsKind.values()) {
            assertThat(lesson.holdsOn(os)).as("%s", os).isTrue();
        }
    }

    /** The shipped lessons whose promises are one system's behaviour say so; the others run everywhere. */
    @Test
    void theShippedLessonsNameTheSystemsTheirPromisesNeed() {
        Map<String, Set<OsKind>> restricted = new TreeMap<>();
        for (String name : Lessons.names()) {
            Lesson lesson = Lessons.builtIn(name).orElseThrow();
            if (!lesson.oses().isEmpty()) {
                restricted.put(name, lesson.oses());
            }
        }
        assertThat(restricted).isEqualTo(Map.of(
                "full-backlog", Set.of(OsKind.LINUX),
                "close-versus-abort", Set.of(OsKind.LINUX, OsKind.MACOS),
                "close-listener-with-queue", Set.of(OsKind.LINUX, OsKind.MACOS),
                "time-wait", Set.of(OsKind.LINUX, OsKind.MACOS),
                "time-wait-without-reuseaddr", Set.of(OsKind.LINUX, OsKind.MACOS)));
        for (String name : restricted.keySet()) {
            Lesson lesson = Lessons.builtIn(name).orElseThrow();
            assertThat(lesson.holdsOn(OsKind.LINUX)).as(name).isTrue();
            assertThat(lesson.holdsOn(OsKind.WINDOWS)).as(name).isFalse();
        }
    }

    @Test
    void theSkipLineSaysWhereThePromisesHoldAndWhatThisIsInEnglishAndKorean() throws LessonFormatException {
        Lesson lesson = LessonParser.parse("title: Backlog\ntitle[ko]: 백로그\nos: linux, macos\nstep: 1\n");
        String english = new LessonSystems(Locale.ROOT).skipped(lesson, OsKind.WINDOWS);
        assertThat(english).contains("Linux and macOS").contains("Windows").contains("not run");
        String korean = new LessonSystems(KOREAN).skipped(lesson.in(KOREAN), OsKind.WINDOWS);
        assertThat(korean).contains("Linux, macOS").contains("Windows").contains("실행하지 않았습니다");
        assertThat(new LessonSystems(Locale.ROOT).unavailable(lesson, OsKind.OTHER))
                .contains("Linux and macOS").contains("a system other than");
        assertThat(new LessonSystems(KOREAN).unavailable(lesson, OsKind.WINDOWS)).contains("쓸 수 없고");
        Lesson linuxOnly = LessonParser.parse("title: T\nos: linux\nstep: 1\n");
        assertThat(new LessonSystems(Locale.ROOT).skipped(linuxOnly, OsKind.MACOS))
                .startsWith("What this lesson promises holds on Linux;").contains("macOS");
    }

    @Test
    void theChooserMarksALessonThatDoesNotHoldHereAndOnlyThatOne() throws LessonFormatException {
        Lesson lesson = LessonParser.parse("title: Backlog\ntitle[ko]: 백로그\nos: linux\nstep: 1\n");
        assertThat(new LessonSystems(Locale.ROOT).title(lesson, OsKind.LINUX)).isEqualTo("Backlog");
        assertThat(new LessonSystems(Locale.ROOT).title(lesson, OsKind.WINDOWS)).isEqualTo("Backlog (Linux only)");
        assertThat(new LessonSystems(KOREAN).title(lesson.in(KOREAN), OsKind.MACOS)).isEqualTo("백로그 (Linux 전용)");
    }

    /** Every per-system key varies a key that exists, in both languages: a variant never stands alone. */
    @Test
    void everySystemsVariantOfANarrationHasItsCommonKey() {
        for (Locale locale : List.of(Locale.ROOT, KOREAN)) {
            ResourceBundle text = ResourceBundle.getBundle("org.socketlab.lesson.narration", locale,
                    Language.NO_FALLBACK);
            List<String> orphans = new ArrayList<>();
            int variants = 0;
            for (String key : text.keySet()) {
                if (key.matches(".+\\.(linux|macos|windows)") && !key.startsWith("os.")) {
                    variants++;
                    if (!text.containsKey(key.substring(0, key.lastIndexOf('.')))) {
                        orphans.add(key);
                    }
                }
            }
            assertThat(orphans).as("variants without a common key (%s)", locale).isEmpty();
            assertThat(variants).as("variants (%s)", locale).isGreaterThan(5);
        }
    }
}
