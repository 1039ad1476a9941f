package org.socketlab.ui.window;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;


/**
 * Opens the real window on a fresh lab before each test and closes both after it. (TestFX looks for
 * {@code @Start} on the test class only, so this uses the primary stage it registers.)
 */
@ExtendWith(ApplicationExtension.class)
public abstract class WindowTestBase {
    protected WindowDriver ui;
    protected Stage stage;

    @BeforeEach
    void openWindow() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        ui = WindowDriver.open(stage);
    }

    /** Runs {@code check} on the window built again in Korean, as View ▸ Language ▸ 한국어 builds it. */
    protected void inKorean(Runnable check) {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.KOREAN);
            ui.lab.close();
            ui = WindowDriver.open(stage);
            check.run();
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.hideStage();
        ui.lab.close();
    }
}
