package org.socketlab.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.Selector;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.socketlab.engine.LabResources;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On a PC that refuses the lab its selector, SocketLab opens no main window: a small window says what
 * happened and what can be allowed, in the window's language, and closing it ends SocketLab.
 */
@ExtendWith(ApplicationExtension.class)
class StartRefusalWindowTest {
    private static final String LOOPBACK_REFUSED = "Unable to establish loopback connection";

    @Test
    void aRefusedSelectorIsSaidInASmallWindowAndClosingItEndsSocketLab(FxRobot robot) throws Exception {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.KOREAN);
        try {
            LabResources noSelector = new LabResources() {
                @Override
                public Selector openSelector() throws IOException {
                    throw new IOException(LOOPBACK_REFUSED);
                }
            };
            CountDownLatch ended = new CountDownLatch(1);
            SocketLabApp app = new SocketLabApp(noSelector, ended::countDown);
            Stage stage = FxToolkit.registerPrimaryStage();
            FxToolkit.setupFixture(() -> app.start(stage));
            WaitForAsyncUtils.waitForFxEvents();

            DialogPane said = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
            assertThat(said.getHeaderText()).isEqualTo("이 PC에서는 SocketLab을 시작할 수 없습니다");
            assertThat(said.getContentText()).contains("셀렉터").contains(LOOPBACK_REFUSED).contains("다시 시작하세요");
            assertThat(WindowDriver.fx(stage::isShowing)).as("no main window on a lab that did not start").isFalse();
            assertThat(ended.getCount()).as("SocketLab waits for the reader").isEqualTo(1);

            robot.clickOn("SocketLab 닫기");
            assertThat(ended.await(30, TimeUnit.SECONDS)).as("closing the window ends SocketLab").isTrue();
        } finally {
            Locale.setDefault(before);
        }
    }
}
