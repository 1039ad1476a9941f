package org.socketlab.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Reset with live connections asks first, with the question switching lessons asks: Cancel keeps every
 * socket and connection, OK resets. Without a live connection Reset asks nothing.
 */
class ResetConfirmationWindowTest extends WindowTestBase {

    @Test
    void resetAsksOnlyWhileConnectionsAreLive(FxRobot robot) {
        run(1, 2);
        ui.waitUntil("server listening", () -> ui.window.model().server().phaseProperty().get()
                == org.socketlab.engine.SocketState.LISTENING);
        robot.clickOn(ui.control("reset"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WindowDriver.fx(ResetConfirmationWindowTest::questions)).as("a listening server alone is no live connection: Reset asks nothing").isEmpty();
        ui.waitUntil("reset without a question", () -> ui.window.model().server().phaseProperty().get()
                != org.socketlab.engine.SocketState.LISTENING);

        run(1, 2, 3, 4, 5);
        ui.waitUntil("worker 1 accepted", () -> !ui.window.model().workers().isEmpty());
        ui.settle();

        robot.clickOn(ui.control("reset"));
        DialogPane asked = question();
        assertThat(asked.getHeaderText()).isEqualTo(Texts.bundle().getString("reset.confirm.title"));
        assertThat(asked.getContentText()).isEqualTo(Texts.bundle().getString("reset.confirm.ask"));
        robot.clickOn(WindowDriver.fx(() -> (Button) asked.lookupButton(ButtonType.CANCEL)));
        ui.waitUntil("the question closed", () -> questions().isEmpty());
        ui.settle();
        assertThat(WindowDriver.fx(() -> ui.window.model().workers().size())).as("Cancel keeps the worker")
                .isEqualTo(1);
        assertThat(WindowDriver.fx(() -> ui.window.model().hasLiveConnections())).isTrue();

        robot.clickOn(ui.control("reset"));
        DialogPane again = question();
        robot.clickOn(WindowDriver.fx(() -> (Button) again.lookupButton(ButtonType.OK)));
        ui.waitUntil("OK resets: no worker, no live connection", () -> ui.window.model().workers().isEmpty()
                && !ui.window.model().hasLiveConnections());
    }

    private void run(int... steps) {
        for (int step : steps) {
            WindowDriver.fx(() -> ui.window.model().runNumbered(step));
            ui.settle();
        }
    }

    /** The question on screen, once it is there. */
    private DialogPane question() {
        ui.waitUntil("Reset asks", () -> !questions().isEmpty());
        return WindowDriver.fx(() -> questions().get(0));
    }

    /** The dialogs showing over the window; call on the FX thread. */
    private static List<DialogPane> questions() {
        return Window.getWindows().stream().filter(Window::isShowing)
                .map(w -> w.getScene() == null ? null : w.getScene().getRoot()).filter(DialogPane.class::isInstance)
                .map(DialogPane.class::cast).toList();
    }
}
