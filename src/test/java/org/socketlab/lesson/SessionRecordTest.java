package org.socketlab.lesson;

import org.socketlab.engine.Outcome;

import java.util.Map;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socketlab.engine.Clicks;
import org.socketlab.engine.IpFamily;
import org.socketlab.engine.Lab;
import org.socketlab.engine.LabSettings;
import org.socketlab.engine.Operation;
import org.socketlab.engine.Payload;
import org.socketlab.engine.Role;
import org.socketlab.engine.ScriptStep;
import org.socketlab.engine.SocketName;
import org.socketlab.engine.Step;

/** What a recorded session writes as a lesson, on a real loopback lab: each step with what it returned. */
class SessionRecordTest {
    private static final Clock NOON = Clock.fixed(Instant.parse("2024-03-05T12:30:00Z"), ZoneId.of("UTC"));
    private static final Duration BOUND = Duration.ofSeconds(20);

    private final Lab lab = Lab.start(LabSettings.defaults().withPort(0));
    private final SessionRecord record = new SessionRecord(NOON);

    {
        lab.addListener(record::accept);
    }

    @AfterEach
    void stop() {
        lab.close();
    }

    @Test
    void aQuestionAskedBeforeAStepIsWrittenBeforeItWithItsChoicesAndWhy() throws LessonFormatException {
        Clicks.run(lab, BOUND, "1");
        record.asked(new Question("Will it\nwork?", List.of(Outcome.OK, Outcome.ERROR), "It always does.", Map.of(),
                Map.of()));
        Clicks.run(lab, BOUND, "2");
        record.asked(new Question("And Listen?", Question.ALL_OUTCOMES, "", Map.of(), Map.of()));
        String text = record.toLesson("Asked", Setup.DEFAULT, lab.snapshot());
        assertThat(text).contains("\nask: Will it work?\nchoices: ok, error\nwhy: It always does.\nstep: server.init\n"
                + "ask: And Listen?\nstep: server.listen\n");
        Lesson lesson = LessonParser.parse(text);
        assertThat(lesson.steps().get(0).asked().orElseThrow().choices()).containsExactly(Outcome.OK, Outcome.ERROR);
        assertThat(lesson.steps().get(1).asked().orElseThrow().why()).isEmpty();
    }

    @Test
    void writesTitleIntroSettingsStepsWithTheirVerdictsAndEveryCounter() throws LessonFormatException {
        Clicks.run(lab, BOUND, "1", "2", "3", "4", "7", "5", "6", "7", "worker2.send");
        String text = record.toLesson("Receive too early", Setup.DEFAULT.withBuffer(16), lab.snapshot());

        assertThat(text).startsWith("title: Receive too early\n"
                + "intro: A recorded session: the steps run in SocketLab on 2024-03-05 12:30, each with what it "
                + "returned, and the counters they reached as promises.\n"
                + "set: buffer=16\n");
        assertThat(text).contains("\nstep: server.init\nstep: server.listen\nstep: client1.init\n"
                + "step: client1.connect\nstep: client1.receive -> would-block\nstep: server.accept\n"
                + "step: worker1.send\nstep: client1.receive\nstep: worker2.send -> EBADF\n");
        assertThat(text).contains("\nexpect: server accept=1 connect=0 send=0 receive=0 close=0 oob=0\n"
                + "expect: client1 accept=0 connect=1 send=1 receive=1 close=0 oob=0\n"
                + "expect: worker1 accept=0 connect=0 send=1 receive=0 close=0 oob=0\n");
        Lesson lesson = LessonParser.parse(text);
        assertThat(lesson.steps()).hasSize(9);
        assertThat(lesson.steps().get(4).expect()).isEqualTo(new Expect("would-block"));
        assertThat(lesson.setup().receiveBuffer()).isEqualTo(16);
        assertThat(lesson.promises()).hasSize(18);
    }

    @Test
    void aResetStartsTheRecordOver() throws Exception {
        Clicks.run(lab, BOUND, "1", "2");
        lab.reset().get();
        assertThat(lab.awaitQuiet(Duration.ofMillis(50), BOUND)).as("the lab went quiet").isTrue();
        assertThat(record.isEmpty()).isTrue();
        Clicks.run(lab, BOUND, "3");
        assertThat(record.entries()).extracting(SessionRecord.Entry::line).containsExactly("client1.init");
        assertThat(record.toLesson("t", Setup.DEFAULT, record.latest()))
                .contains("expect: client1 accept=0 connect=0 send=0 receive=0 close=0 oob=0")
                .doesNotContain("expect: server");
    }

    @Test
    void waitsAndAwaitsAreNotedInTheirPlace() throws LessonFormatException {
        Clicks.run(lab, BOUND, "1");
        record.note(new ScriptStep.Wait(200));
        Clicks.run(lab, BOUND, "2");
        assertThat(record.entries()).extracting(SessionRecord.Entry::line)
                .containsExactly("server.init", "wait=200", "server.listen");
        assertThatThrownBy(() -> record.note(new ScriptStep.Action(new Step(SocketName.SERVER, Operation.INIT))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSendWhoseTextHoldsAnArrowSaysItsVerdictSoTheTextStaysWhole() throws LessonFormatException {
        Clicks.run(lab, BOUND, "1", "2", "3", "4", "5", "worker1.send=a -> ok");
        String text = record.toLesson("arrow", Setup.DEFAULT, lab.snapshot());
        assertThat(text).contains("step: worker1.send=a -> ok -> ok\n");
        Payload sent = ((ScriptStep.Action) LessonParser.parse(text).steps().get(5).step()).step().payload();
        assertThat(sent).isEqualTo(new Payload.Text("a -> ok"));
    }

    @Test
    void whatNoLessonCanHoldIsRefusedWithTheReason() {
        assertThatThrownBy(() -> record.toLesson("empty", Setup.DEFAULT, lab.snapshot()))
                .isInstanceOf(LessonFormatException.class).hasMessageContaining("no steps");
        Clicks.run(lab, BOUND, "1", "2", "3", "4", "5", "worker1.send=two\nlines");
        assertThatThrownBy(() -> record.toLesson("broken", Setup.DEFAULT, lab.snapshot()))
                .isInstanceOf(LessonFormatException.class);
    }

    @Test
    void aTitleStaysOnOneLineAndAnEmptyOneGetsAName() throws LessonFormatException {
        Clicks.run(lab, BOUND, "1");
        assertThat(record.toLesson("two\nlines", Setup.DEFAULT, lab.snapshot())).startsWith("title: two lines\n");
        assertThat(record.toLesson(" ", Setup.DEFAULT, lab.snapshot())).startsWith("title: Recorded session\n");
    }

    @Test
    void setupFromSettingsPinsWhatTheSettingsSayAndThePayload() {
        LabSettings settings = new LabSettings("::1", 12345, 7, 64, "::1", IpFamily.V6, Role.SERVER, 1000, false);
        Setup setup = Setup.from(settings, new Payload.Text("hi"));
        assertThat(setup).isEqualTo(new Setup(64, OptionalInt.of(7), false, new Payload.Text("hi"), Role.SERVER,
                IpFamily.V6, OptionalInt.of(12345)));
        assertThat(setup.lines()).containsExactly("buffer=64", "backlog=7", "reuseaddr=off", "send=text", "text=hi",
                "role=server", "family=ipv6", "port=12345");
    }
}
