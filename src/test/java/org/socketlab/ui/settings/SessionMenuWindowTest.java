package org.socketlab.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.socketlab.ui.window.WindowDriver;
import org.socketlab.ui.window.WindowTestBase;

/** The File menu offers to save the session as a lesson and to export its narration once a step has run. */
class SessionMenuWindowTest extends WindowTestBase {

    private MenuItem item(String id) {
        return WindowDriver.fx(() -> ((MenuButton) ui.control("fileMenu")).getItems().stream()
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow());
    }

    @Test
    void theSessionItemsWaitForAFirstStepAndAResetTakesThemBack(FxRobot robot) {
        MenuItem save = item("fileSaveSession");
        MenuItem export = item("fileExportNarration");
        assertThat(WindowDriver.fx(save::getText)).isEqualTo("Save session as lesson…");
        assertThat(WindowDriver.fx(export::getText)).isEqualTo("Export narration (Markdown)…");
        assertThat(WindowDriver.fx(() -> List.of(save.isDisable(), export.isDisable()))).containsOnly(true);

        robot.push(KeyCode.DIGIT1);
        ui.settle();
        ui.waitUntil("the items enabled", () -> WindowDriver.fx(() -> !save.isDisable() && !export.isDisable()));

        WindowDriver.fx(() -> ui.window.model().reset());
        ui.settle();
        ui.waitUntil("the items disabled again", () -> WindowDriver.fx(() -> save.isDisable() && export.isDisable()));
    }
}
