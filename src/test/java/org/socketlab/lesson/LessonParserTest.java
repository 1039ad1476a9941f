package org.socketlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socketlab.engine.Notification;
import org.socketlab.engine.SocketName;

class LessonParserTest {

    @Test
    void readsTitleIntroStepsNarrationAndPromises() throws LessonFormatException {
        Lesson lesson = LessonParser.parse("""
                # a comment
                title: Demo
                intro: First line.
                intro: Second line.

                step: 1
                say: Made a server.
                say: Really.
                step: worker1.send=a: b
                step: wait=10
                expect: client1 receive=2 close=0
                """);
        assertThat(lesson.title()).isEqualTo("Demo");
        assertThat(lesson.intro()).isEqualTo("First line. Second line.");
        assertThat(lesson.steps()).hasSize(3);
        assertThat(lesson.steps().get(0).narration()).isEqualTo("Made a server. Really.");
        assertThat(lesson.steps().get(0).line()).isEqualTo(6);
        assertThat(lesson.steps().get(1).step().text()).isEqualTo("worker1.send=a: b");
        assertThat(lesson.steps().get(2).narration()).isEmpty();
        assertThat(lesson.promises()).containsExactly(
                new Lesson.Promise(SocketName.client(1), Notification.RECEIVE, 2, 11),
                new Lesson.Promise(SocketName.client(1), Notification.CLOSE, 0, 11));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "step: 1                                   | 1 | a lesson starts with 'title",
        "title: T\\nstep: 1\\nstep: client1.fly     | 3 | unknown operation 'fly'",
        "title: T\\nsay: orphan                     | 2 | 'say' belongs to a step",
        "title: T\\ntitle: again\\nstep: 1          | 2 | a second title",
        "title: T\\nstep: 1\\nexpect: client1 recv=1 | 3 | unknown counter 'recv'",
        "title: T\\nstep: 1\\nexpect: host receive=1 | 3 | unknown socket 'host'",
        "title: T\\nstep: 1\\nexpect: client1       | 3 | expect: SOCKET counter=N",
        "title: T\\nstep: 1\\nfrobnicate: x         | 3 | unknown key 'frobnicate'",
        "title: T\\nstep 1                          | 2 | expected 'key: value'",
        "title: T                                   | 0 | no steps",
        "# nothing                                  | 0 | no 'title:' line",
        "title:                                     | 1 | an empty title",
        "title: T\\nset: reuseaddr=maybe\\nstep: 1  | 2 | expected buffer=N, backlog=N or reuseaddr=on",
    })
    void badFilesSayWhichLineAndWhy(String text, int line, String why) {
        assertThatThrownBy(() -> LessonParser.parse(text.strip().replace("\\n", "\n")))
                .isInstanceOfSatisfying(LessonFormatException.class, e -> assertThat(e.line()).isEqualTo(line))
                .hasMessageContaining(why);
    }

    @Test
    void reuseAddrIsJavasOwnUnlessTheLessonTurnsItOff() throws LessonFormatException {
        org.socketlab.engine.LabSettings base = org.socketlab.engine.LabSettings.defaults();
        Lesson plain = LessonParser.parse("title: T\nstep: 1\n");
        assertThat(plain.setup().reuseAddress()).isTrue();
        assertThat(plain.setup().applyTo(base.withReuseAddress(false)).reuseAddress())
                .as("free play's setting does not leak into a lesson").isTrue();
        Lesson off = LessonParser.parse("title: T\nset: reuseaddr=off\nset: buffer=4\nstep: 1\n");
        assertThat(off.setup().reuseAddress()).isFalse();
        assertThat(off.setup().applyTo(base).reuseAddress()).isFalse();
        assertThat(off.setup().receiveBuffer()).isEqualTo(4);
        assertThat(LessonParser.parse("title: T\nset: reuseaddr=off\nset: reuseaddr=on\nstep: 1\n")
                .setup().reuseAddress()).isTrue();
    }

    @Test
    void refusesBinaryHugeAndNonUtf8Files() {
        assertThatThrownBy(() -> LessonParser.parse(new byte[] {(byte) 0xff, (byte) 0xfe, 0x41}))
                .hasMessageContaining("not UTF-8");
        assertThatThrownBy(() -> LessonParser.parse("title: T\nstep: 1\u0000\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("line 2").hasMessageContaining("control characters");
        assertThatThrownBy(() -> LessonParser.parse(("title: " + "x".repeat(LessonParser.MAX_LINE + 1)).getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("line 1").hasMessageContaining("longer than");
        assertThatThrownBy(() -> LessonParser.parse(new byte[LessonParser.MAX_BYTES + 1]))
                .hasMessageContaining("larger than");
    }

    @Test
    void everyShippedLessonParsesAndPromisesSomething() {
        assertThat(Lessons.names()).hasSizeGreaterThanOrEqualTo(8);
        for (String name : Lessons.names()) {
            Lesson lesson = Lessons.builtIn(name).orElseThrow();
            assertThat(lesson.promises()).as(name).isNotEmpty();
            assertThat(lesson.intro()).as(name).isNotBlank();
        }
    }
}
