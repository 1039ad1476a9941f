package org.socketlab.ui;

import java.nio.file.Path;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.Test;
import org.socketlab.engine.FreePort;
import org.socketlab.engine.Operation;
import org.socketlab.ui.model.PayloadMode;
import org.socketlab.ui.model.SocketViewModel;

/**
 * Renders the window headless at several moments of the lesson into docs/screenshots/*.png.
 * Run with {@code mvn -B -Pscreenshots test}; the normal test run skips it.
 */
class Screenshots extends WindowTestBase {
    private static final Path DIR = Path.of(System.getProperty("screenshots.dir", "docs/screenshots"));


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
    void guidedLessonWithNarration() throws Exception {
        var lesson = ui.window.model().lesson();
        WindowDriver.fx(() -> lesson.openShipped("two-sends-one-receive"));
        ui.settle();
        for (int i = 0; i < 7; i++) {
            WindowDriver.fx(lesson::step);
            ui.settle();
            ui.waitUntil("step " + (i + 1), () -> !lesson.playingProperty().get());
        }
        ui.waitForCounter("client1", "receive", "1");
        ui.screenshot(DIR.resolve("09-guided-lesson.png"));
        WindowDriver.fx(() -> ((javafx.scene.control.TabPane) ui.window.root().lookup("#tabs")).getSelectionModel().select(0));
        WindowDriver.fx(() -> ((org.controlsfx.control.ToggleSwitch) ui.window.root().lookup("#selectorView")).setSelected(true));
        ui.waitUntil("selector lines", () -> !ui.window.model().workers().get(0).selectorLineProperty().get().isEmpty());
        ui.screenshot(DIR.resolve("10-selector-view-and-code.png"));
    }

    @Test
    void clientOnlyWithNetworkSettings() throws Exception {
        var settings = ui.window.model().settings();
        WindowDriver.fx(() -> {
            settings.roleProperty().set(org.socketlab.engine.Role.SERVER);
            settings.bindProperty().set("0.0.0.0");
            ((javafx.scene.control.ToggleButton) ui.window.root().lookup("#networkToggle")).setSelected(true);
        });
        steps("1", "2");
        ui.screenshot(DIR.resolve("11-server-only-all-interfaces.png"));
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
        // The first write() takes what fits (a short count); Send again until one takes nothing.
        for (int i = 0; i < 20 && !ui.status("worker1", "send").startsWith("WOULD BLOCK"); i++) {
            steps("6");
        }
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
