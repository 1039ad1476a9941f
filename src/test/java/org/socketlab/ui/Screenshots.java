package org.socketlab.ui;

import java.nio.file.Path;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.socketlab.engine.FreePort;
import org.socketlab.engine.Operation;
import org.socketlab.ui.model.PayloadMode;
import org.socketlab.ui.model.SocketViewModel;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Renders the window headless at several moments of the lesson into docs/screenshots/*.png.
 * Run with {@code mvn -B -Pscreenshots test}; the normal test run skips it.
 */
@ExtendWith(ApplicationExtension.class)
class Screenshots {
    private static final Path DIR = Path.of(System.getProperty("screenshots.dir", "docs/screenshots"));

    private WindowDriver ui;

    @Start
    void start(Stage stage) {
        ui = WindowDriver.open(stage);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.hideStage();
        ui.lab.close();
    }

    private void steps(String... numbered) {
        for (String n : numbered) {
            WindowDriver.fx(() -> ui.window.model().runNumbered(Integer.parseInt(n)));
            ui.settle();
        }
    }

    private void perform(SocketViewModel socket, Operation op) {
        WindowDriver.fx(() -> socket.perform(op));
        ui.settle();
    }

    @Test
    void lesson() throws Exception {
        ui.screenshot(DIR.resolve("01-start.png"));
        steps("1", "2", "3", "4");
        ui.waitForCounter("client1", "send", "1");
        ui.screenshot(DIR.resolve("02-connect-would-block.png"));
        steps("5", "6");
        ui.waitForCounter("client1", "receive", "1");
        steps("6", "7");
        ui.screenshot(DIR.resolve("03-two-sends-one-receive.png"));
        steps("7");
        ui.screenshot(DIR.resolve("04-receive-would-block.png"));
    }

    @Test
    void twoClientsAndABroadcast() throws Exception {
        var model = ui.window.model();
        steps("1", "2", "3", "4");
        SocketViewModel client2 = WindowDriver.fx(model::addClient);
        perform(client2, Operation.INIT);
        perform(client2, Operation.CONNECT);
        steps("5", "5");
        WindowDriver.fx(() -> {
            model.settings().payloadModeProperty().set(PayloadMode.TEXT);
            model.settings().payloadTextProperty().set("Hello, class!");
        });
        WindowDriver.fx(model::broadcast);
        ui.waitForCounter("client2", "receive", "1");
        ui.waitForCounter("client1", "receive", "1");
        perform(client2, Operation.RECEIVE);
        WindowDriver.fx(() -> ((ScrollPane) ui.window.root().lookup(".columns-scroll")).setVvalue(1.0));
        ui.screenshot(DIR.resolve("05-two-clients-broadcast.png"));
    }

    @Test
    void backPressure() throws Exception {
        var model = ui.window.model();
        WindowDriver.fx(() -> model.settings().payloadModeProperty().set(PayloadMode.BULK));
        steps("1", "2", "3", "4", "5", "6");
        ui.waitForCounter("client1", "receive", "1");
        steps("7", "7");
        ui.screenshot(DIR.resolve("06-back-pressure.png"));
    }

    @Test
    void refusedThenZoomedForAProjector() throws Exception {
        WindowDriver.fx(() -> ui.window.model().settings().portProperty().set(Integer.toString(FreePort.find())));
        steps("3", "4");
        ui.waitForCounter("client1", "connect", "1");
        steps("4");
        ui.screenshot(DIR.resolve("07-connection-refused.png"));
        WindowDriver.fx(() -> {
            ui.window.root().getScene().getWindow().setX(0);
            ui.window.root().getScene().getWindow().setY(0);
            ui.window.root().getScene().getWindow().setWidth(1920);
            ui.window.root().getScene().getWindow().setHeight(1080);
        });
        for (int i = 0; i < 3; i++) {
            WindowDriver.fx(ui.controller()::zoomIn);
        }
        ui.screenshot(DIR.resolve("08-zoom-150.png"));
    }
}
