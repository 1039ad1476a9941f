package org.socketlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/** Whatever bytes a lesson file holds, the parser answers with a lesson or a format error - never anything else. */
class LessonFuzzProperties {
    private static final byte[] REAL = """
            title: Fuzzed
            intro: x
            step: 1
            say: y
            step: worker1.send=hello
            step: wait=5
            expect: client1 receive=1
            """.getBytes(StandardCharsets.UTF_8);

    private static boolean parsesOrRefuses(byte[] bytes) {
        try {
            Lesson lesson = LessonParser.parse(bytes);
            assertThat(lesson.title()).isNotBlank();
            assertThat(lesson.steps()).isNotEmpty();
            return true;
        } catch (LessonFormatException e) {
            assertThat(e.getMessage()).isNotBlank();
            assertThat(e.line()).isBetween(0, 200_000);
            return false;
        }
    }

    @Property(tries = 2000, seed = "7")
    void randomBytes(@ForAll @Size(max = 4096) byte[] bytes) {
        parsesOrRefuses(bytes);
    }

    @Property(tries = 1000, seed = "8")
    void truncationsOfARealLesson(@ForAll @IntRange(min = 0, max = 200) int cut) {
        reachesBothAnswers(parsesOrRefuses(Arrays.copyOf(REAL, Math.min(cut, REAL.length))));
    }

    /** A generator that stops reaching either answer would go on passing: both must keep coming. */
    private static void reachesBothAnswers(boolean parsed) {
        Statistics.label("answer").collect(parsed ? "a lesson" : "a format error");
        Statistics.label("answer").coverage(c -> {
            c.check("a lesson").percentage(p -> p >= 5);
            c.check("a format error").percentage(p -> p >= 5);
        });
    }

    private static final String[] GOOD_LINES = {
        "step: 1", "step: 7", "say: s", "expect: client1 receive=1", "step: worker1.send#12", "step: wait=1", "# c", ""};
    private static final String[] ODD_LINES = {"step: bogus", "expect: x", ":", "title:"};

    /** Lines from a lesson's vocabulary: a valid lesson, one with a single odd line, or a heap of anything. */
    @Provide
    Arbitrary<String> lessonish() {
        Arbitrary<String> good = Arbitraries.of(GOOD_LINES);
        Arbitrary<String> valid = good.list().ofMinSize(0).ofMaxSize(12)
                .map(lines -> "title: T\nintro: i\nstep: 1\n" + String.join("\n", lines));
        Arbitrary<String> oneOdd = Arbitraries.of(ODD_LINES).flatMap(odd -> good.list().ofMaxSize(12)
                .map(lines -> "title: T\nintro: i\n" + odd + "\nstep: 1\n" + String.join("\n", lines)));
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.of(GOOD_LINES), Arbitraries.of(ODD_LINES), Arbitraries.of("title: T", "intro: i"),
                Arbitraries.strings().ofMaxLength(30),
                Arbitraries.strings().withChars('x').ofMinLength(1990).ofMaxLength(2010));
        Arbitrary<String> heap = line.list().ofMaxSize(40).map(lines -> String.join("\n", lines));
        return Arbitraries.oneOf(valid, oneOdd, heap);
    }

    @Property(tries = 2000, seed = "9")
    void linesThatLookLikeALesson(@ForAll("lessonish") String text) {
        reachesBothAnswers(parsesOrRefuses(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Property(tries = 500, seed = "10")
    void aBadLessonRunsNothingInThePlayer(@ForAll("lessonish") String text) throws Exception {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (parsesOrRefuses(bytes)) {
            return; // a valid file may run; this property is about bad ones
        }
        java.nio.file.Path file = java.nio.file.Files.createTempFile("fuzz", ".lesson");
        try {
            java.nio.file.Files.write(file, bytes);
            var out = new java.io.ByteArrayOutputStream();
            int exit = org.socketlab.cli.PlayerMain.run(new String[] {"--port", "0", "--lesson", file.toString()},
                    new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
            String printed = out.toString(StandardCharsets.UTF_8);
            assertThat(exit).isNotZero();
            assertThat(printed.lines().count()).as("only the error line: %s", printed).isEqualTo(1);
            assertThat(printed).contains("\"outcome\":\"error\"").contains("bad lesson").doesNotContain("\"counters\":{\"");
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }
}
