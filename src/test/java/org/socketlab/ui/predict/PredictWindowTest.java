package org.socketlab.ui.predict;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.socketlab.ui.window.WindowDriver;
import org.socketlab.ui.window.WindowTestBase;
import org.testfx.api.FxRobot;

/**
 * Predict mode in the real window: F6 turns it on, a click on Receive asks instead of running, a click on
 * the answer runs the real call and shows its answer beside the prediction; the keys answer too.
 */
class PredictWindowTest extends WindowTestBase {

    /** Whether client 1's Receive has an answer on its card. */
    private boolean received() {
        return !ui.status("client1", "receive").startsWith(" |");
    }

    @Test
    void aClickedStepIsAskedThenAnsweredByAClickThenRevealed(FxRobot robot) {
        robot.type(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5);
        ui.waitForCounter("worker1", "send", "1");
        assertThat(ui.visible("predictPanel")).isFalse();
        assertThat(WindowDriver.fx(() -> ui.window.root().lookup("#predictQuestion")))
                .as("the panel's contents, built the first time it shows").isNull();
        robot.type(KeyCode.F6);
        assertThat(WindowDriver.fx(() -> ui.window.model().predict().onProperty().get())).isTrue();
        assertThat(WindowDriver.fx(() -> ((javafx.scene.control.ToggleButton) ui.control("predictToggle"))
                .isSelected())).as("the lesson bar's toggle shows it").isTrue();

        robot.clickOn(ui.reveal(ui.button("client1", "receive")));
        ui.waitUntil("the question", () -> ui.visible("predictQuestion"));
        assertThat(ui.text("predictQuestion")).isEqualTo("What will 7 Receive return?");
        assertThat(WindowDriver.fx(() -> ((javafx.scene.control.Label) ui.control("predictQuestion")).getFont().getSize()))
                .as("the question is at least as large as the step buttons")
                .isGreaterThanOrEqualTo(WindowDriver.fx(() -> ui.button("client1", "receive").getFont().getSize()));
        assertThat(WindowDriver.fx(() -> ui.window.root().lookup("#panel-client1").getStyleClass()))
                .as("the asked card is marked").contains("predict-asked");
        assertThat(WindowDriver.fx(() -> ui.window.root().lookup("#panel-worker1").getStyleClass()))
                .doesNotContain("predict-asked");
        ui.settle();
        assertThat(received()).as("nothing ran before the answer").isFalse();

        robot.clickOn("#predictBytes").write("0"); // how many bytes: typed into the field, not taken as keys
        assertThat(received()).isFalse();
        robot.clickOn("#predict-would-block");
        ui.waitUntil("the reveal", () -> ui.visible("predictReveal"));
        assertThat(received()).isTrue();
        assertThat(ui.text("predictBytesReveal")).isEqualTo("Bytes: you said 0, and the call moved 0. ✓");
        assertThat(ui.text("predictReveal")).startsWith("✓ Right: you said WOULD BLOCK");
        assertThat(ui.text("predictScore")).isEqualTo("Score: 1 of 1");
        assertThat(ui.visible("predictQuestion")).isFalse();

        robot.type(KeyCode.DIGIT7); // the keys are the window's again after the field had them
        ui.waitUntil("the next question", () -> ui.visible("predictQuestion"));
        robot.type(KeyCode.O); // O answers OK
        ui.waitUntil("the second reveal", () -> ui.text("predictScore").equals("Score: 1 of 2"));
        assertThat(ui.text("predictReveal")).startsWith("✗");
    }

    @Test
    void aWholeLessonRunsByKeysAndClicksWithItsOwnQuestion(FxRobot robot) {
        WindowDriver.fx(() -> ui.window.model().lesson().openShipped("receive-before-send"));
        robot.type(KeyCode.F6);
        KeyCode[] steps = {null, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT7,
            KeyCode.DIGIT6, KeyCode.DIGIT7};
        KeyCode[] answers = {KeyCode.O, KeyCode.O, KeyCode.O, KeyCode.W, KeyCode.O, KeyCode.W, KeyCode.O, KeyCode.O};
        for (int i = 0; i < steps.length; i++) {
            if (steps[i] == null) {
                robot.clickOn("#stepLesson"); // the lesson bar's Step
            } else {
                robot.type(steps[i]); // the lesson's next step by its key
            }
            ui.waitUntil("question " + (i + 1), () -> ui.visible("predictQuestion"));
            if (i == 5) {
                assertThat(ui.text("predictQuestion")).as("the lesson's own question")
                        .startsWith("Connected, and nothing has been sent yet.");
            }
            robot.type(answers[i]);
            int answered = i + 1;
            ui.waitUntil("reveal " + answered, () -> ui.text("predictScore").endsWith(" of " + answered));
        }
        ui.waitUntil("the lesson's verdict", () -> Boolean.TRUE.equals(WindowDriver.fx(() ->
                ui.window.model().lesson().promisesHeldProperty().get())));
        assertThat(WindowDriver.fx(() -> ui.window.model().lesson().positionProperty().get())).isEqualTo(8);
        assertThat(WindowDriver.fx(() -> ui.window.model().predict().sheet().entries().get(5).right())).isTrue();
    }

    @Test
    void inKoreanTheQuestionAndTheAnswersAreKorean(FxRobot robot) {
        inKorean(() -> {
            robot.type(KeyCode.F6);
            robot.type(KeyCode.DIGIT1);
            ui.waitUntil("the question", () -> ui.visible("predictQuestion"));
            assertThat(ui.text("predictQuestion")).endsWith("은(는) 무엇을 돌려줄까요?");
            assertThat(WindowDriver.fx(() -> ((javafx.scene.control.Button) ui.control("predict-would-block"))
                    .getText())).isEqualTo("지금은 불가 (W)");
            robot.clickOn("#predict-ok");
            ui.waitUntil("the reveal", () -> ui.visible("predictReveal"));
            assertThat(ui.text("predictReveal")).startsWith("✓ 맞았습니다");
            assertThat(ui.text("predictScore")).isEqualTo("점수: 1개 중 1개");
        });
    }
}
