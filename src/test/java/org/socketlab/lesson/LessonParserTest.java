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
        "title: T\\nset: reuseaddr=maybe\\nstep: 1  | 2 | reuseaddr= must be on, off",
        "title: T\\nset: host=10.0.0.1\\nstep: 1   | 2 | a lesson always runs on loopback",
        "title: T\\nset: bind=0.0.0.0\\nstep: 1    | 2 | a lesson always runs on loopback",
        "title: T\\nset: send=loud\\nstep: 1       | 2 | send= must be time, text, bulk",
        "title: T\\nset: buffer=0\\nstep: 1        | 2 | buffer must be between 1",
        "title: T\\nstep: wait=10 -> ok             | 2 | a wait makes no call",
        "title: T\\nexpect[ko]: client1 send=1     | 2 | only title, intro, say, ask and why have translations",
        "title: T\\nos: linux, beos\\nstep: 1      | 2 | unknown system 'beos'",
        "title: T\\nos: other\\nstep: 1            | 2 | unknown system 'other'",
        "title: T\\nos: linux\\nos: macos\\nstep: 1 | 3 | a second 'os:' line",
        "title: T\\nos: linux linux\\nstep: 1      | 2 | 'linux' is named twice",
        "title: T\\nos: ,\\nstep: 1                | 2 | os: names the systems",
        "title: T\\nos[ko]: linux\\nstep: 1        | 2 | only title, intro, say, ask and why have translations",
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
    void aLessonPinsEverySettingItDependsOnAndNothingOfFreePlayLeaks() throws LessonFormatException {
        org.socketlab.engine.LabSettings leftover = org.socketlab.engine.LabSettings.defaults()
                .withReceiveBufferSize(1).withFamily(org.socketlab.engine.IpFamily.V6).withHost("192.0.2.1")
                .withBind("::").withRole(org.socketlab.engine.Role.CLIENT).withReuseAddress(false);
        Setup plain = LessonParser.parse("title: T\nstep: 1\n").setup();
        org.socketlab.engine.LabSettings applied = plain.applyTo(leftover, leftover);
        assertThat(applied.receiveBufferSize()).isEqualTo(org.socketlab.engine.LabSettings.DEFAULT_RECEIVE_BUFFER);
        assertThat(applied.family()).isEqualTo(org.socketlab.engine.IpFamily.V4);
        assertThat(applied.host()).as("never a host other than loopback").isEqualTo("127.0.0.1");
        assertThat(applied.bind()).isEqualTo("127.0.0.1");
        assertThat(applied.role()).isEqualTo(org.socketlab.engine.Role.BOTH);
        assertThat(applied.reuseAddress()).as("Java's own SO_REUSEADDR").isTrue();
        assertThat(plain.send()).isEqualTo(org.socketlab.engine.Payload.DEFAULT);

        Setup pinned = LessonParser.parse("""
                title: T
                set: text=Hi there
                set: send=text
                set: family=ipv6
                set: role=server
                set: port=0
                set: backlog=2
                set: buffer=4
                set: reuseaddr=off
                step: 1
                """).setup();
        assertThat(pinned.send()).isEqualTo(new org.socketlab.engine.Payload.Text("Hi there"));
        org.socketlab.engine.LabSettings six = pinned.applyTo(leftover, leftover);
        assertThat(plain.applyTo(org.socketlab.engine.LabSettings.defaults().withHost("192.0.2.1")).host())
                .as("the player keeps the host its user gave with --host").isEqualTo("192.0.2.1");
        assertThat(six.host()).isEqualTo("::1");
        assertThat(six.port()).isZero();
        assertThat(six.backlog()).isEqualTo(2);
        assertThat(six.receiveBufferSize()).isEqualTo(4);
        assertThat(six.role()).isEqualTo(org.socketlab.engine.Role.SERVER);
        assertThat(six.reuseAddress()).isFalse();
        assertThat(LessonParser.parse("title: T\n" + String.join("\n", pinned.lines().stream()
                .map(l -> "set: " + l).toList()) + "\nstep: 1\n").setup())
                .as("the set: lines a setup writes read back as the same setup").isEqualTo(pinned);
    }

    @Test
    void aStepLineSaysWhatItReturnsAndTranslationsSitBesideTheEnglish() throws LessonFormatException {
        Lesson lesson = LessonParser.parse("""
                title: Receive too early
                title[ko]: 너무 이른 Receive
                intro: Nothing was sent.
                intro[ko]: 아무것도 보내지 않았습니다.
                step: 7 -> would-block
                say: Would block.
                say[ko]: 블로킹될 상황입니다.
                step: client1.send=a -> b
                step: client1.receive -> ECONNRESET
                say: Reset.
                """);
        assertThat(lesson.steps().get(0).expect()).isEqualTo(new Expect("would-block"));
        assertThat(lesson.steps().get(0).step().text()).isEqualTo("client1.receive");
        assertThat(lesson.steps().get(1).step().text()).as("not an outcome: part of the text").isEqualTo("client1.send=a -> b");
        assertThat(lesson.steps().get(1).expect()).isEqualTo(Expect.DEFAULT);
        assertThat(lesson.steps().get(2).expect().word()).isEqualTo("ECONNRESET");
        Lesson ko = lesson.in(java.util.Locale.KOREAN);
        assertThat(ko.title()).isEqualTo("너무 이른 Receive");
        assertThat(ko.intro()).isEqualTo("아무것도 보내지 않았습니다.");
        assertThat(ko.steps().get(0).narration()).isEqualTo("블로킹될 상황입니다.");
        assertThat(lesson.in(java.util.Locale.ENGLISH).steps().get(0).narration()).isEqualTo("Would block.");
        assertThat(lesson.untranslated("ko")).containsExactly("say of the step at line 9");
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
