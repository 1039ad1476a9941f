package org.socketlab.ui.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.ScrollPane;
import javafx.stage.Screen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socketlab.engine.FreePort;
import org.socketlab.engine.Operation;
import org.socketlab.engine.Role;
import org.socketlab.engine.SocketName;
import org.socketlab.ui.settings.PayloadMode;
import org.socketlab.ui.cards.SocketViewModel;
import org.socketlab.ui.settings.Theme;
import org.socketlab.ui.diagram.DiagramWindowTest;
import org.socketlab.ui.diagram.PngFiles;
import org.socketlab.ui.lesson.LessonRuns;

/**
 * Renders the window headless into docs/screenshots/, named by the screen they were taken on
 * ({@code 1366x768-dark.png}). Monocle's screen size is fixed for a JVM, so the pom's screenshots
 * profile runs this class once per size ({@code -Dheadless.geometry}, {@code -Dscreenshots.screen}) and
 * each test takes only the shots meant for that screen. Run with {@code mvn -B -Pscreenshots test}; the
 * normal test run skips it.
 */
class Screenshots extends WindowTestBase {
    private static final Path DIR = Path.of(System.getProperty("screenshots.dir", "docs/screenshots"));
    private static final String SCREEN = System.getProperty("screenshots.screen", "");
    private static final String CLASSROOM = "1366x768";
    private static final String SMALL_LAPTOP = "1280x720";
    private static final String OLD_PROJECTOR = "1024x768";

    @AfterEach
    void leaveFullScreen() {
        // the next test reuses the primary stage
        WindowDriver.fx(() -> stage.setFullScreen(false));
    }

    /** Takes this test's shots only in the execution whose Monocle screen has this size. */
    private void on(String screen) {
        assumeTrue(SCREEN.equals(screen), "shots for a " + screen + " screen (this run: '" + SCREEN + "')");
        Rectangle2D bounds = WindowDriver.fx(() -> Screen.getPrimary().getBounds());
        assertThat(String.format(Locale.ROOT, "%.0fx%.0f", bounds.getWidth(), bounds.getHeight()))
                .as("Monocle's screen (-Dheadless.geometry)").isEqualTo(screen);
    }

    /** Shoots the steady window: after the lab is quiet and the flash of what just changed has faded. */
    private void shoot(String name) throws Exception {
        ui.settle();
        ui.waitUntil("no flash", () -> ui.window.root().lookupAll("*").stream()
                .noneMatch(n -> n.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("renewed"))
                        || n.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("flash"))));
        ui.screenshot(DIR.resolve(SCREEN + "-" + name + ".png"));
    }

    private void steps(String... numbered) {
        for (String n : numbered) {
            WindowDriver.fx(() -> ui.window.model().runNumbered(Integer.parseInt(n)));
            ui.settle();
        }
    }

    /** The seed's steps 1–7: a connection, one Send, one Receive. */
    private void seed() {
        steps("1", "2", "3", "4");
        ui.waitForCounter("server", "accept", "1");
        steps("5", "6");
        ui.waitForCounter("client1", "receive", "1");
        steps("7");
    }

    private void perform(SocketViewModel socket, Operation op) {
        WindowDriver.fx(() -> socket.perform(op));
        ui.settle();
    }

    @Test
    void themesAfterTheSeedSteps() throws Exception {
        on(CLASSROOM);
        seed();
        shoot("light");
        WindowDriver.fx(() -> ui.window.layout().themeProperty().set(Theme.DARK));
        shoot("dark");
        WindowDriver.fx(() -> ui.window.layout().themeProperty().set(Theme.HIGH_CONTRAST));
        shoot("high-contrast");
    }

    @Test
    void kernelView() throws Exception {
        on(CLASSROOM);
        steps("1", "2", "3", "4");
        ui.waitUntil("the kernel's accept queue on the server card", () -> ((javafx.scene.control.Label)
                ui.node("server", "kernel-queue")).getText().contains("127.0.0.1"));
        WindowDriver.fx(() -> {
            var tabs = (javafx.scene.control.TabPane) ui.window.root().lookup(".teach-tabs");
            tabs.getSelectionModel().select(tabs.getTabs().stream()
                    .filter(t -> t.getId().equals("kernelTab")).findFirst().orElseThrow());
        });
        ui.waitUntil("three kernel rows", () -> ((javafx.scene.control.TableView<?>) ui.control("kernel-table"))
                .getItems().size() == 3);
        shoot("kernel-view");
    }

    @Test
    void presentationMode() throws Exception {
        on(CLASSROOM);
        seed();
        WindowDriver.fx(ui.window.layout()::togglePresentation);
        shoot("presentation");
    }

    @Test
    void zoomedTo150Percent() throws Exception {
        on(SMALL_LAPTOP);
        seed();
        zoomTo150();
        shoot("zoom-150");
    }

    /** Ctrl + three times: 150 %, as a teacher zooms for the back row. */
    private void zoomTo150() {
        for (int i = 0; i < 3; i++) {
            WindowDriver.fx(ui.window.layout()::zoomIn);
        }
        ui.waitUntil("150 %", () -> ui.window.layout().zoomPercentProperty().get() == 150);
    }

    /** "Two sends, one receive" stepped through its second Send: 7 Receive is next. */
    private void twoSendsUpToTheSecondReceive() {
        var lesson = ui.window.model().lesson();
        WindowDriver.fx(() -> lesson.openShipped("two-sends-one-receive"));
        ui.settle();
        for (int i = 0; i < 7; i++) {
            WindowDriver.fx(lesson::step);
            ui.settle();
            ui.waitUntil("step " + (i + 1), () -> !lesson.playingProperty().get());
        }
        ui.waitForCounter("client1", "receive", "1");
    }

    /** The window again, in Korean: as View ▸ Language ▸ 한국어 builds it. */
    private void inKorean() {
        Locale.setDefault(Locale.KOREAN);
        ui.lab.close();
        ui = WindowDriver.open(stage);
    }

    @Test
    void koreanSeedStepsAndLesson() throws Exception {
        on(CLASSROOM);
        Locale before = Locale.getDefault();
        try {
            inKorean();
            seed();
            shoot("ko-seed-steps");
            twoSendsUpToTheSecondReceive();
            shoot("ko-guided-lesson");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void koreanZoomedTo150Percent() throws Exception {
        on(SMALL_LAPTOP);
        Locale before = Locale.getDefault();
        try {
            inKorean();
            seed();
            zoomTo150();
            shoot("ko-zoom-150");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void guidedLessonWithNarration() throws Exception {
        on(CLASSROOM);
        twoSendsUpToTheSecondReceive();
        shoot("guided-lesson");
        WindowDriver.fx(() -> {
            var tabs = (javafx.scene.control.TabPane) ui.window.root().lookup("#tabs");
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "codeTab".equals(t.getId()))
                    .findFirst().orElseThrow());
        });
        WindowDriver.fx(() -> ((javafx.scene.control.MenuButton) ui.window.root().lookup("#viewMenu")).getItems()
                .stream().filter(item -> "selectorView".equals(item.getId())).findFirst()
                .map(javafx.scene.control.CheckMenuItem.class::cast).orElseThrow().setSelected(true));
        ui.waitUntil("selector lines", () -> !ui.window.model().workers().get(0).selectorLineProperty().get().isEmpty());
        shoot("selector-view-and-code");
    }

    @Test
    void connectionRefused() throws Exception {
        on(CLASSROOM);
        WindowDriver.fx(() -> ui.window.model().settings().portProperty().set(Integer.toString(FreePort.find())));
        steps("3", "4");
        ui.waitForCounter("client1", "connect", "1");
        steps("4");
        shoot("connection-refused");
    }

    @Test
    void twoClientsAndABroadcast() throws Exception {
        on(CLASSROOM);
        var model = ui.window.model();
        steps("1", "2", "3", "4");
        SocketViewModel client2 = WindowDriver.fx(model::addClient);
        perform(client2, Operation.INIT);
        perform(client2, Operation.CONNECT);
        ui.waitForCounter("server", "accept", "1");
        steps("5", "5");
        WindowDriver.fx(() -> {
            model.settings().payloadModeProperty().set(PayloadMode.TEXT);
            model.settings().payloadTextProperty().set("Hello, class!");
        });
        WindowDriver.fx(model.classActions()::broadcast);
        ui.waitForCounter("client2", "receive", "1");
        ui.waitForCounter("client1", "receive", "1");
        perform(client2, Operation.RECEIVE);
        WindowDriver.fx(() -> ((ScrollPane) ui.window.root().lookup(".columns-scroll")).setVvalue(1.0));
        shoot("two-clients-broadcast");
    }

    @Test
    void backPressure() throws Exception {
        on(CLASSROOM);
        var model = ui.window.model();
        WindowDriver.fx(() -> model.settings().payloadModeProperty().set(PayloadMode.BULK));
        steps("1", "2", "3", "4");
        ui.waitForCounter("server", "accept", "1");
        steps("5", "6");
        ui.waitForCounter("client1", "receive", "1");
        // The first write() takes what fits (a short count); Send again until one takes nothing.
        for (int i = 0; i < 20 && !ui.status("worker1", "send").startsWith("WOULD BLOCK"); i++) {
            steps("6");
        }
        steps("7", "7");
        shoot("back-pressure");
    }

    /**
     * Predict mode in the lesson "Receive before anything was sent": its own question before the Receive that
     * would block (asked, 1366×768 and 1024×768), and after the class answered (revealed, 1366×768).
     */
    @Test
    void predictMode() throws Exception {
        assumeTrue(SCREEN.equals(CLASSROOM) || SCREEN.equals(OLD_PROJECTOR), "predict shots: 1366x768, 1024x768");
        on(SCREEN);
        var predict = WindowDriver.fx(() -> ui.window.model().predict());
        WindowDriver.fx(() -> ui.window.model().lesson().openShipped("receive-before-send"));
        ui.settle();
        WindowDriver.fx(() -> predict.onProperty().set(true));
        org.socketlab.engine.Outcome[] answers = {org.socketlab.engine.Outcome.OK, org.socketlab.engine.Outcome.OK,
            org.socketlab.engine.Outcome.OK, org.socketlab.engine.Outcome.WOULD_BLOCK, org.socketlab.engine.Outcome.OK};
        for (var answer : answers) {
            WindowDriver.fx(() -> ui.window.model().lesson().step());
            ui.waitUntil("asked", () -> WindowDriver.fx(() -> predict.askingProperty().get()));
            WindowDriver.fx(() -> predict.answer(answer));
            ui.waitUntil("revealed", () -> WindowDriver.fx(() -> predict.revealedProperty().get()));
        }
        WindowDriver.fx(() -> ui.window.model().lesson().step());
        ui.waitUntil("asked", () -> WindowDriver.fx(() -> predict.askingProperty().get()));
        shoot("predict");
        if (SCREEN.equals(CLASSROOM)) {
            WindowDriver.fx(() -> predict.answer(org.socketlab.engine.Outcome.WOULD_BLOCK));
            ui.waitUntil("revealed", () -> WindowDriver.fx(() -> predict.revealedProperty().get()));
            shoot("predict-revealed");
        }
    }

    /** "A full backlog" run to its end: the server, two workers and three clients at once. */
    @Test
    void fullBacklog() throws Exception {
        assumeTrue(SCREEN.equals(CLASSROOM) || SCREEN.equals(OLD_PROJECTOR), "full-backlog shots: 1366x768, 1024x768");
        on(SCREEN);
        LessonRuns.toTheEnd(ui, "full-backlog");
        shoot("full-backlog");
        if (SCREEN.equals(CLASSROOM)) {
            WindowDriver.fx(ui.window.layout()::togglePresentation);
            shoot("full-backlog-presentation");
        }
    }

    /**
     * A server alone with 30 accepted connections: the connections table (plain sockets as the peers); then after
     * each student sent a line and Receive all read them; then after 12 students left; a row's card; a
     * Broadcast with the Event log shown.
     */
    @Test
    void thirtyConnections() throws Exception {
        on(CLASSROOM);
        var model = ui.window.model();
        WindowDriver.fx(() -> model.settings().roleProperty().set(Role.SERVER));
        ui.waitUntil("the lab runs the server only", () -> ui.lab.settings().role() == Role.SERVER);
        steps("1", "2");
        String local = ui.lab.snapshot().socket(SocketName.SERVER).orElseThrow().local();
        int port = Integer.parseInt(local.substring(local.lastIndexOf(':') + 1));
        List<Socket> peers = new ArrayList<>();
        try {
            for (int i = 0; i < 30; i++) {
                Socket peer = new Socket();
                peers.add(peer);
                peer.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
                WindowDriver.fx(() -> model.runNumbered(5));
            }
            ui.settle();
            ui.waitUntil("30 workers", () -> model.workers().size() == 30);
            shoot("30-connections");
            for (int i = 0; i < peers.size(); i++) {
                peers.get(i).getOutputStream().write(("student " + (i + 1) + " here\n").getBytes(StandardCharsets.UTF_8));
            }
            ui.waitUntil("every worker has a line waiting",
                    () -> model.workers().stream().allMatch(w -> w.dataWaitingProperty().get()));
            WindowDriver.fx(model.classActions()::receiveAll);
            ui.waitUntil("every line read", () -> model.workers().stream().noneMatch(w -> w.dataWaitingProperty().get()));
            ui.settle();
            shoot("30-connections-received-all");
            for (int i = 0; i < 12; i++) {
                peers.get(i * 2).close();
            }
            ui.waitUntil("12 students left", () -> model.classActions().departedWorkers().size() == 12);
            ui.settle();
            shoot("30-connections-students-left");
            @SuppressWarnings("unchecked")
            javafx.scene.control.TableView<?> table = (javafx.scene.control.TableView<?>) ui.control("workers-table");
            WindowDriver.fx(() -> table.getSelectionModel().select(16)); // a student's row: its card opens below
            ui.waitUntil("worker 17's card", () -> ui.hasPanel("worker17"));
            ui.settle();
            shoot("30-connections-selected");
            // a Broadcast to the 18 still there, with the Event log shown: one group, a Send per worker under
            // it, and one more Send on each row
            WindowDriver.fx(() -> table.getSelectionModel().clearSelection());
            WindowDriver.fx(model.classActions()::broadcast);
            ui.waitUntil("every remaining worker sent", () -> model.workers().stream()
                    .filter(w -> !model.classActions().departedWorkers().contains(w))
                    .allMatch(w -> w.traffic().sendsProperty().get() == 1));
            WindowDriver.fx(() -> {
                var tabs = (javafx.scene.control.TabPane) ui.window.root().lookup(".teach-tabs");
                tabs.getSelectionModel().select(tabs.getTabs().stream()
                        .filter(t -> t.getId().equals("logTab")).findFirst().orElseThrow());
            });
            ui.settle();
            shoot("30-connections-broadcast-log");
        } finally {
            for (Socket peer : peers) {
                peer.close();
            }
        }
    }
    /** The Diagram tab after 1–7 and a close: the client closes first, FIN both ways, TIME_WAIT on the client. */
    @Test
    void sequenceDiagram() throws Exception {
        on(CLASSROOM);
        diagramAfterSeedAndClose();
        shoot("sequence-diagram");
        // The same diagram in a window of its own (File ▸ Diagram in a window), as on a projector.
        WindowDriver.fx(() -> ui.controller().diagramController().openWindow());
        ui.waitUntil("the diagram's own window", () -> javafx.stage.Window.getWindows().stream()
                .anyMatch(w -> w != stage && w.isShowing()));
        ui.settle();
        WindowDriver.fx(() -> {
            javafx.stage.Window own = javafx.stage.Window.getWindows().stream()
                    .filter(w -> w != stage && w.isShowing()).findFirst().orElseThrow();
            PngFiles.write(own.getScene().getRoot(), DIR.resolve(SCREEN + "-sequence-diagram-window.png"));
            ((javafx.stage.Stage) own).close();
            return null;
        });
    }

    /** For review only ({@code -Ddiagram.review=true}, any screen): the diagram at 100 % and 200 %, under target/. */
    @Test
    void sequenceDiagramReview() throws Exception {
        assumeTrue(Boolean.getBoolean("diagram.review"), "review shots only when asked");
        diagramAfterSeedAndClose();
        Path review = Path.of("target", "diagram-review");
        ui.screenshot(review.resolve(SCREEN + "-diagram-100.png"));
        for (int i = 0; i < 5; i++) {
            WindowDriver.fx(ui.window.layout()::zoomIn);
        }
        ui.waitUntil("200 %", () -> ui.window.layout().zoomPercentProperty().get() == 200);
        ui.screenshot(review.resolve(SCREEN + "-diagram-200.png"));
    }

    private void diagramAfterSeedAndClose() {
        WindowDriver.fx(() -> DiagramWindowTest.showDiagramTab(ui));
        seed();
        perform(ui.window.model().clients().get(0), Operation.CLOSE);
        ui.waitForCounter("worker1", "close", "1");
        perform(ui.window.model().workers().get(0), Operation.CLOSE);
        ui.waitUntil("TIME_WAIT drawn", () -> ui.window.diagram().diagramProperty().get().items().stream()
                .anyMatch(i -> i instanceof org.socketlab.diagram.DiagramItem.Note n && n.text().equals("TIME_WAIT")));
    }
}
