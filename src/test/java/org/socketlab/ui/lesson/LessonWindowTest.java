package org.socketlab.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.socketlab.lesson.Lesson;
import org.socketlab.lesson.Lessons;
import org.socketlab.ui.window.Texts;
import org.socketlab.ui.window.WindowDriver;
import org.socketlab.ui.window.WindowTestBase;
import org.testfx.api.FxRobot;

/** Lessons in the headless window: auto-play, guided mode, narration, a bad file. */
class LessonWindowTest extends WindowTestBase {

    private LessonViewModel lesson() {
        return ui.window.model().lesson();
    }

    private String text(String id) {
        return ui.text(id);
    }

    static java.util.List<String> lessons() {
        return Lessons.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void autoPlayEndsWithTheCountersTheLessonPromises(String name, FxRobot robot) {
        Lesson expected = Lessons.builtIn(name).orElseThrow();
        WindowDriver.fx(() -> {
            lesson().secondsPerStepProperty().set(LessonViewModel.MIN_SECONDS);
            lesson().openShipped(name);
        });
        ui.settle();
        robot.clickOn("#playLesson");
        String done = Texts.bundle().getString("lesson.done");
        ui.waitUntil(name + " finished", () -> text("lessonProgress").contains(done));
        ui.settle();
        for (Lesson.Promise p : expected.promises()) {
            ui.waitForCounter(p.socket().toString(), p.notification().word(), Integer.toString(p.count()));
        }
        ui.waitUntil("promises checked", () -> !text("lessonPromises").isEmpty());
        assertThat(text("lessonPromises")).isEqualTo(Texts.bundle().getString("lesson.promises.held"));
        assertThat(text("lessonProgress")).contains(done);
        assertThat(ui.disabled("playLesson")).as("nothing left to play").isTrue();
    }

    @Test
    void guidedModeHighlightsTheNextButtonAndAClickAdvances(FxRobot robot) {
        WindowDriver.fx(() -> lesson().openShipped("seed-steps"));
        ui.settle();
        assertThat(WindowDriver.fx(() -> ui.button("server", "init").getStyleClass().contains("next-step"))).isTrue();
        robot.clickOn(ui.reveal(ui.button("server", "init")));
        ui.waitUntil("listen is next", () -> ui.button("server", "listen").getStyleClass().contains("next-step"));
        assertThat(WindowDriver.fx(() -> List.copyOf(ui.button("server", "init").getStyleClass())))
                .doesNotContain("next-step");
        assertThat(text("narrationText")).contains("socket");
        assertThat(text("lessonProgress")).startsWith("Step 1 of 7");

        robot.clickOn("#freeMode");
        ui.waitUntil("no highlight in free mode", () -> !ui.button("server", "listen").getStyleClass().contains("next-step"));
        robot.clickOn(ui.reveal(ui.button("client1", "init")));
        ui.settle();
        assertThat(text("lessonProgress")).as("an off-lesson click runs honestly but does not advance")
                .startsWith("Step 1 of 7");
        assertThat(ui.status("client1", "init")).startsWith("OK");
    }

    @Test
    void narrationExplainsEachStepAndItsNotifications(FxRobot robot) {
        for (String[] click : new String[][] {{"server", "init"}, {"server", "listen"}, {"client1", "init"},
            {"client1", "connect"}}) {
            robot.clickOn(ui.reveal(ui.button(click[0], click[1])));
            ui.settle();
        }
        ui.waitUntil("notifications narrated", () -> ui.texts("narrationEvents", "narration-event").size() >= 3);
        assertThat(text("narrationHeading")).as("the step by its button").isEqualTo("4 Connect");
        assertThat(text("narrationText")).contains("before anyone calls accept()");
        assertThat(ui.texts("narrationEvents", "narration-event")).anySatisfy(e -> assertThat(e).startsWith("• OnAccept"));
        assertThat(ui.texts("codeBox", "code-language")).as("the step's code in four languages").hasSize(4);
        assertThat(ui.texts("codeBox", "code")).hasSize(4).allSatisfy(code -> assertThat(code).isNotBlank());
    }

    @Test
    void aBadLessonFileIsRefusedWithItsLineAndNothingRuns(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.lesson");
        Files.writeString(bad, "title: Broken\nstep: 1\nstep: server.fly\n");
        assertThat(WindowDriver.fx(() -> lesson().openFile(bad))).isFalse();
        ui.settle();
        assertThat(text("lessonError")).contains("bad.lesson").contains("line 3").contains("fly");
        assertThat(ui.lab.snapshot().sockets()).isEmpty();
        assertThat(text("lessonProgress")).as("no lesson open").isEmpty();
        assertThat(ui.disabled("restartLesson")).as("no lesson to restart").isTrue();
    }
}
