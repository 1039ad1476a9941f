package org.socketlab.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.socketlab.ui.cards.ReceivedChunk;
import org.testfx.api.FxRobot;

/** Clicks the real buttons of the headless window and reads the counters and statuses on screen. */
class WindowTest extends WindowTestBase {

    private void click(FxRobot robot, String panel, String op) {
        robot.clickOn(ui.reveal(ui.button(panel, op)));
        ui.settle();
    }

    private void clickSeedSteps(FxRobot robot, int upTo) {
        String[][] steps = {{"server", "init"}, {"server", "listen"}, {"client1", "init"}, {"client1", "connect"},
            {"server", "accept"}, {"worker1", "send"}, {"client1", "receive"}};
        for (int i = 0; i < upTo; i++) {
            if (i == 5) {
                ui.waitUntil("worker1's panel", () -> ui.hasPanel("worker1"));
            }
            click(robot, steps[i][0], steps[i][1]);
        }
    }

    @SuppressWarnings("unchecked")
    private ListView<ReceivedChunk> received(String panel) {
        return (ListView<ReceivedChunk>) ui.detail(panel, "received");
    }

    @Test
    void stepsOneToSevenShowTheLessonsCounters(FxRobot robot) {
        clickSeedSteps(robot, 4);
        ui.waitForCounter("client1", "send", "1");
        assertThat(ui.counter("server", "accept")).isEqualTo("1");
        assertThat(ui.counter("client1", "connect")).isEqualTo("1");
        assertThat(ui.counter("client1", "connect-error")).isEqualTo("error 0");
        assertThat(ui.status("client1", "connect"))
                .matches("WOULD BLOCK · EINPROGRESS 115 · WSAEWOULDBLOCK 10035 \\| connect\\(127\\.0\\.0\\.1:[0-9]+\\) returned false \\| .*");
        click(robot, "server", "accept");
        ui.waitForCounter("worker1", "send", "1");
        click(robot, "worker1", "send");
        ui.waitForCounter("client1", "receive", "1");
        click(robot, "client1", "receive");
        assertThat(ui.status("client1", "receive")).startsWith("OK | ");
        assertThat(ui.counter("client1", "receive")).isEqualTo("1");
        assertThat(ui.counter("worker1", "send")).isEqualTo("1");
        assertThat(ui.counter("server", "accept")).isEqualTo("1");
        assertThat(ui.counter("client1", "oob")).isEqualTo("0");
        assertThat(WindowDriver.fx(() -> received("client1").getItems().size())).isEqualTo(1);
        assertThat(WindowDriver.fx(stage::getTitle)).startsWith("SocketLab");
    }

    @Test
    void aSecondSendChangesNoCounterAndOneReceiveGetsBoth(FxRobot robot) {
        clickSeedSteps(robot, 6);
        ui.waitForCounter("client1", "receive", "1");
        click(robot, "worker1", "send");
        click(robot, "client1", "receive");
        assertThat(ui.counter("client1", "receive")).isEqualTo("1");
        ReceivedChunk chunk = WindowDriver.fx(() -> received("client1").getItems().get(0));
        assertThat(chunk.bytes()).isEqualTo(24);
        assertThat(chunk.text()).matches("(\\d\\d:\\d\\d:\\d\\d\\.\\d{3}){2}");
        click(robot, "client1", "receive");
        assertThat(ui.status("client1", "receive")).startsWith("WOULD BLOCK · EAGAIN 11 · WSAEWOULDBLOCK 10035");
        assertThat(ui.counter("client1", "receive")).isEqualTo("1");
    }

    @Test
    void receiveBeforeSendWouldBlockThenSendPostsOnReceive(FxRobot robot) {
        clickSeedSteps(robot, 5);
        ui.waitForCounter("worker1", "send", "1");
        click(robot, "client1", "receive");
        assertThat(ui.status("client1", "receive"))
                .startsWith("WOULD BLOCK · EAGAIN 11 · WSAEWOULDBLOCK 10035 | read(buffer of 1024 bytes) returned 0 | "
                        + "read() returned 0: nothing is waiting");
        assertThat(ui.counter("client1", "receive")).isEqualTo("0");
        click(robot, "worker1", "send");
        ui.waitForCounter("client1", "receive", "1");
    }

    @Test
    void twoClientsAndABroadcast(FxRobot robot) {
        clickSeedSteps(robot, 4);
        robot.clickOn("#addClient");
        ui.waitUntil("client2's panel", () -> ui.hasPanel("client2"));
        click(robot, "client2", "init");
        click(robot, "client2", "connect");
        click(robot, "server", "accept");
        click(robot, "server", "accept");
        ui.waitUntil("two workers", () -> ui.hasPanel("worker2"));
        ui.waitUntil("two connections counted", () -> ui.text("connectionCount").equals("Connections: 2"));
        robot.clickOn("#broadcast");
        ui.waitForCounter("client1", "receive", "1");
        ui.waitForCounter("client2", "receive", "1");
        click(robot, "client2", "receive");
        assertThat(WindowDriver.fx(() -> received("client2").getItems().get(0).bytes())).isEqualTo(12);
        click(robot, "client1", "close");
        ui.waitForCounter("worker1", "close", "1");
        ui.waitUntil("one connection counted", () -> ui.text("connectionCount").equals("Connections: 1"));
    }

    @Test
    void keysOneToSevenRunTheNumberedSteps(FxRobot robot) {
        robot.type(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4);
        ui.waitForCounter("client1", "send", "1");
        robot.type(KeyCode.DIGIT5);
        ui.waitForCounter("worker1", "send", "1");
        robot.type(KeyCode.DIGIT6);
        ui.waitForCounter("client1", "receive", "1");
        robot.type(KeyCode.DIGIT7);
        ui.waitUntil("receive status", () -> !ui.status("client1", "receive").startsWith(" |"));
        assertThat(ui.status("client1", "receive")).startsWith("OK");
    }

    @Test
    void invalidSettingsAreRefusedInTheField(FxRobot robot) {
        TextField port = (TextField) ui.control("portField");
        robot.doubleClickOn(port).eraseText(6).write("7000");
        ui.waitUntil("the lab takes the valid port", () -> ui.lab.settings().port() == 7000);
        robot.write("0");
        ui.waitUntil("the port error", () -> ui.visible("settingsError"));
        assertThat(ui.text("settingsError")).contains("0 to 65535");
        ui.settle();
        assertThat(ui.lab.settings().port()).as("an invalid port never reaches the lab").isEqualTo(7000);
        robot.eraseText(5).write("0");
        ui.waitUntil("no error", () -> !ui.visible("settingsError"));
    }

    @Test
    void resetRemovesWorkersAndZeroesCounters(FxRobot robot) {
        clickSeedSteps(robot, 6);
        ui.waitForCounter("client1", "receive", "1");
        robot.clickOn("#reset");
        // the connection is live: Reset asks first (ResetConfirmationWindowTest), OK goes on
        robot.clickOn(robot.lookup(".dialog-pane .button").match((javafx.scene.control.Button b) -> b.isDefaultButton())
                .queryButton());
        ui.waitForCounter("client1", "receive", "0");
        ui.waitUntil("worker panels gone", () -> !ui.hasPanel("worker1"));
        assertThat(ui.counter("server", "accept")).isEqualTo("0");
        assertThat(ui.lab.openChannels()).isZero();
    }

    @Test
    void zoomScalesTheWholeWindow(FxRobot robot) {
        double[] before = fontSizes();
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL); // 100 % → 110 %
        ui.waitUntil("every part's text 10 % bigger", () -> scaledBy(before, fontSizes(), 1.1));
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        ui.waitUntil("every part's text back to normal", () -> scaledBy(before, fontSizes(), 1.0));
    }

    /** The type size of a part of each region: a socket card, the toolbar's menu and field, the narration. */
    private double[] fontSizes() {
        return WindowDriver.fx(() -> new double[] {
            ui.button("server", "init").getFont().getSize(),
            ((Labeled) ui.control("roleMenu")).getFont().getSize(),
            ((TextField) ui.control("portField")).getFont().getSize(),
            ((Labeled) ui.control("narrationHeading")).getFont().getSize()});
    }

    private static boolean scaledBy(double[] before, double[] now, double factor) {
        for (int i = 0; i < before.length; i++) {
            if (Math.abs(now[i] - before[i] * factor) > 0.01) {
                return false;
            }
        }
        return true;
    }

    @Test
    void closingTheWindowStopsTheSelectorThread() {
        WindowDriver.fx(stage::close);
        ui.waitUntil("the lab stopped", () -> !ui.lab.isRunning());
    }

    @Test
    void theRoleMenuShowsOnlyOneSideAndTheLabFollows(FxRobot robot) {
        robot.clickOn("#roleMenu").clickOn(Texts.bundle().getString("role.client"));
        ui.waitUntil("server side hidden", () -> !ui.visible("panel-server") && ui.visible("panel-client1"));
        ui.waitUntil("the lab runs clients only",
                () -> ui.lab.settings().role() == org.socketlab.engine.Role.CLIENT);
        robot.type(KeyCode.DIGIT1); // step 1 is the server's: nothing is asked of the lab, and the why is said
        ui.settle();
        assertThat(ui.text("statusBar")).as("the status bar").startsWith("Key 1")
                .contains("clients only").doesNotContain("ERROR");
        assertThat(ui.status("server", "init")).as("the hidden server card is untouched").isEqualTo(" |  | ");
        assertThat(ui.lab.snapshot().sockets()).as("no socket made").isEmpty();
        assertThat(ui.visible("broadcast")).as("no workers to broadcast to").isFalse();
        assertThat(ui.visible("addClient")).isTrue();
    }

    @Test
    void networkSettingsWarnAboutAllInterfacesAndSwitchFamily(FxRobot robot) {
        assertThat(WindowDriver.fx(() -> ui.window.root().lookup("#bindField")))
                .as("the network row, built the first time it shows").isNull();
        robot.clickOn("#networkToggle");
        TextField bind = (TextField) ui.control("bindField");
        ui.waitUntil("network bar shown", bind::isVisible);
        robot.doubleClickOn(bind).eraseText(12).write("0.0.0.0");
        ui.waitUntil("the warning", () -> ui.visible("networkWarning"));
        assertThat(ui.text("localAddresses")).startsWith("This computer");
        robot.clickOn("#familyV6");
        ui.waitUntil("IPv6 settings", () -> ui.lab.settings().family() == org.socketlab.engine.IpFamily.V6);
        assertThat(ui.text("hostField")).isEqualTo("::1");
        assertThat(ui.text("bindField")).isEqualTo("::");
        assertThat(ui.lab.settings().bind()).isEqualTo("::");
        TextField timeout = (TextField) ui.control("timeoutField");
        robot.doubleClickOn(timeout).eraseText(6).write("0");
        ui.waitUntil("timeout refused", () -> ui.text("settingsError").contains("timeout"));
    }
}
