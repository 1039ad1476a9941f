package org.socketlab.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socketlab.engine.IpFamily;
import org.socketlab.engine.Lab;
import org.socketlab.engine.Role;
import org.socketlab.lesson.Lessons;
import org.socketlab.ui.settings.PayloadMode;
import org.socketlab.ui.settings.SettingsViewModel;
import org.socketlab.ui.window.LabViewModel;
import org.socketlab.ui.window.ViewModelLab;

/**
 * Lessons a teacher can trust: every shipped lesson ends green whatever free play left in the settings,
 * the user's settings come back after the lesson, and a lesson whose step does otherwise ends red naming it.
 * A real lab on loopback; updates applied on the test thread.
 */
class LessonTrustTest {
    private static final ResourceBundle TEXT = ViewModelLab.TEXT;
    private ViewModelLab w;
    private Lab lab;
    private LabViewModel vm;

    @BeforeEach
    void start() {
        w = new ViewModelLab();
        lab = w.lab;
        vm = w.vm;
    }

    @AfterEach
    void stop() {
        w.close();
    }

    private void settle() {
        w.settle();
    }

    private void waitUntil(String what, BooleanSupplier condition) {
        w.waitUntil(what, condition);
    }

    /** What a class leaves behind in free play: a 1-byte buffer, text mode, IPv4 only, clients-only role. */
    private void leaveWrongSettings(IpFamily family) {
        SettingsViewModel s = vm.settings();
        s.bufferProperty().set("1");
        s.payloadModeProperty().set(PayloadMode.TEXT);
        s.payloadTextProperty().set("leftover text");
        s.familyProperty().set(family);
        s.roleProperty().set(Role.CLIENT);
        s.hostProperty().set(family == IpFamily.V4 ? "192.0.2.1" : "2001:db8::1");
        settle();
    }

    private void playToTheEnd(String name) {
        LessonViewModel lesson = vm.lesson();
        lesson.openShipped(name);
        settle();
        lesson.play();
        waitUntil(name + " finished", () -> lesson.nextProperty().get() == null || !lesson.playingProperty().get()
                && lesson.promisesHeldProperty().get() != null);
        waitUntil(name + " verdict", () -> lesson.promisesHeldProperty().get() != null);
    }

    @Test
    void everyShippedLessonEndsGreenWhateverFreePlayLeftBehind() {
        for (IpFamily family : IpFamily.values()) {
            leaveWrongSettings(family);
            for (String name : Lessons.names()) {
                playToTheEnd(name);
                assertThat(vm.lesson().promisesProperty().get()).as(name + " after leftovers in " + family)
                        .isEqualTo(TEXT.getString("lesson.promises.held"));
                assertThat(vm.lesson().steps()).as(name + ": complete, every step done (✓), the last one too")
                        .allMatch(r -> r.mark() == LessonStepRow.Mark.DONE);
            }
            vm.leaveLesson();
            settle();
            SettingsViewModel s = vm.settings();
            assertThat(s.bufferProperty().get()).as("the user's buffer comes back").isEqualTo("1");
            assertThat(s.payloadModeProperty().get()).isEqualTo(PayloadMode.TEXT);
            assertThat(s.payloadTextProperty().get()).isEqualTo("leftover text");
            assertThat(s.familyProperty().get()).isEqualTo(family);
            assertThat(s.roleProperty().get()).isEqualTo(Role.CLIENT);
            assertThat(s.hostProperty().get()).isIn("192.0.2.1", "2001:db8::1");
        }
    }

    @Test
    void whileALessonRunsItsSettingsShowAndTheLabUsesThem() {
        leaveWrongSettings(IpFamily.V4);
        vm.lesson().openShipped("two-sends-one-receive");
        settle();
        assertThat(vm.settings().bufferProperty().get()).isEqualTo("1024");
        assertThat(vm.settings().roleProperty().get()).isEqualTo(Role.BOTH);
        assertThat(vm.settings().hostProperty().get()).as("a lesson runs on loopback").isEqualTo("127.0.0.1");
        assertThat(lab.settings().receiveBufferSize()).isEqualTo(1024);
        assertThat(lab.settings().host()).isEqualTo("127.0.0.1");
        assertThat(vm.lesson().setupProperty().get()).contains("1024 bytes").contains("IPv4");
    }

    @Test
    void aStepThatDoesOtherwiseStopsAutoPlayAndTheVerdictNamesIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("too-early.lesson");
        Files.writeString(file, """
                title: Receive too early, not declared
                step: 1
                step: 2
                step: 3
                step: 4
                step: 5
                step: 7
                say: The lesson wrongly expects data here.
                step: 6
                step: 7
                expect: client1 receive=1
                """);
        LessonViewModel lesson = vm.lesson();
        assertThat(lesson.openFile(file)).isTrue();
        settle();
        lesson.play();
        waitUntil("the lesson stops", () -> lesson.promisesHeldProperty().get() != null);
        settle();
        assertThat(lesson.promisesHeldProperty().get()).isFalse();
        assertThat(lesson.promisesProperty().get()).contains("Step 6").contains("7 Receive")
                .contains("would-block (EAGAIN)").contains("ok");
        assertThat(lesson.playingProperty().get()).as("auto-play stopped at the failed step").isFalse();
        assertThat(lesson.positionProperty().get()).as("step 7 (6 Send) never ran").isEqualTo(6);
        assertThat(lesson.steps().get(5).mark()).isEqualTo(LessonStepRow.Mark.FAILED);
        assertThat(lesson.steps().get(5).what()).contains("would-block");
        // Free clicks afterwards do not change the verdict.
        vm.runNumbered(6);
        settle();
        vm.runNumbered(7);
        settle();
        assertThat(lesson.promisesHeldProperty().get()).isFalse();
        assertThat(lesson.promisesProperty().get()).contains("Step 6");
    }

    @Test
    void theVerdictIsTakenOnceAndLaterClicksDoNotChangeIt() {
        playToTheEnd("seed-steps");
        assertThat(vm.lesson().promisesHeldProperty().get()).isTrue();
        vm.runNumbered(6);
        settle();
        vm.runNumbered(7);
        settle();
        assertThat(vm.lesson().promisesHeldProperty().get()).as("client1 OnReceive is now 2, the lesson said 1")
                .isTrue();
        assertThat(vm.lesson().promisesProperty().get()).isEqualTo(TEXT.getString("lesson.promises.held"));
    }

    @Test
    void aCompleteLessonMarksItsLastStepDoneNotCurrent() {
        LessonViewModel lesson = vm.lesson();
        lesson.openShipped("seed-steps");
        settle();
        int steps = lesson.steps().size();
        for (int i = 0; i < steps; i++) {
            lesson.step();
            settle();
            int ran = i + 1;
            waitUntil("step " + ran, () -> lesson.positionProperty().get() == ran);
            if (ran < steps) {
                assertThat(lesson.steps().get(i).mark()).as("step %d just ran", ran).isEqualTo(LessonStepRow.Mark.CURRENT);
            }
        }
        assertThat(lesson.progressLineProperty().get()).endsWith(TEXT.getString("lesson.done"));
        assertThat(lesson.steps()).extracting(LessonStepRow::mark).containsOnly(LessonStepRow.Mark.DONE);
    }

    @Test
    void stepBackReplaysTheEarlierStepsOnFreshSockets() {
        LessonViewModel lesson = vm.lesson();
        lesson.openShipped("seed-steps");
        settle();
        for (int i = 0; i < 5; i++) {
            lesson.step();
            settle();
        }
        waitUntil("five steps", () -> lesson.positionProperty().get() == 5);
        String firstWorker = vm.workers().get(0).toString();
        lesson.stepBack();
        waitUntil("replayed to step 4", () -> !lesson.replayingProperty().get());
        assertThat(lesson.positionProperty().get()).isEqualTo(4);
        assertThat(vm.workers()).as("5 Accept has not run again").isEmpty();
        assertThat(lesson.steps().get(3).mark()).isEqualTo(LessonStepRow.Mark.CURRENT);
        assertThat(lesson.steps().get(4).mark()).isEqualTo(LessonStepRow.Mark.NEXT);
        assertThat(lesson.steps().get(4).button()).isEqualTo("5 Accept");
        assertThat(vm.server().countProperty(org.socketlab.engine.Notification.ACCEPT).get())
                .as("a fresh server whose queue got the replayed connection").isEqualTo(1);
        assertThat(firstWorker).isNotEmpty();
        assertThat(vm.narration().headingProperty().get()).isEqualTo("4 Connect");
    }

    @Test
    void switchingWithALabInProgressIsSaidToNeedAQuestion() {
        assertThat(vm.lesson().inProgress()).isFalse();
        vm.runNumbered(1);
        settle();
        assertThat(vm.lesson().inProgress()).isTrue();
        vm.reset();
        settle();
        assertThat(vm.lesson().inProgress()).isFalse();
    }
}
