package org.socketlab.ui.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socketlab.diagram.DiagramItem;
import org.socketlab.diagram.SequenceDiagram;
import org.socketlab.kernel.KernelView;
import org.socketlab.ui.window.WindowDriver;
import org.socketlab.ui.window.WindowTestBase;
import org.testfx.api.FxRobot;

/**
 * The diagram's PNG shows what its SVG shows (same lifelines, arrows, texts, the heads at the top), drawn
 * from the session though the Diagram tab was never built (a scrolled tab: {@link DiagramWindowTest}); and
 * the diagram starts clean at a lesson's start, though the kernel still keeps the lab before it.
 */
class DiagramExportTest extends WindowTestBase {
    @TempDir
    Path dir;

    @BeforeEach
    void linux() {
        assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")), "no /proc/net/tcp here: the wire would be inferred");
    }

    @Test
    void aPngOfARunWhoseDiagramWasNeverShownShowsWhatItsSvgShows(FxRobot robot) throws Exception {
        // As a side pane built on first show that never was: no Diagram tab in the window at all.
        WindowDriver.fx(() -> tabs().getTabs().removeIf(t -> "diagramTab".equals(t.getId())));
        sevenStepsAndAClose(robot);

        PngAgainstSvg export = PngAgainstSvg.export(ui, dir, "never-shown");
        SequenceDiagram d = WindowDriver.fx(() -> ui.window.diagram().diagramProperty().get());
        assertThat(export.texts()).as("the SVG's texts").contains("server", "client1", "worker1", "SYN", "SYN-ACK",
                "ACK", "FIN", "TIME_WAIT", "◐ 4 Connect", "✓ 7 Receive", "OnClose 0");
        assertThat(export.arrows()).as("an arrow per segment").isEqualTo(d.of(DiagramItem.Wire.class).size())
                .isGreaterThanOrEqualTo(6);
        assertThat(export.differences()).as("what the PNG shows unlike the SVG").isEmpty();
        assertThat(export.scale).as("the PNG at least as sharp as the SVG").isGreaterThanOrEqualTo(1);
    }

    @Test
    void aLessonStartsOnAnEmptyDiagramThoughThePreviousLabsConnectionIsInTimeWait(FxRobot robot) {
        sevenStepsAndAClose(robot);
        WindowDriver.fx(() -> ui.window.model().lesson().openShipped("seed-steps"));
        ui.waitUntil("an empty diagram", () -> ui.window.diagram().newestDrawing().shapes().isEmpty());
        for (KeyCode key : List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3)) {
            robot.push(key);
            ui.settle();
        }
        long now = ui.lab.snapshot().version();
        KernelView seen = waitForView("the new client1 beside the old one's TIME_WAIT", v -> v.labVersion() >= now
                && v.earlier().stream().anyMatch(e -> e.name().toString().equals("client1")
                && e.state() == org.socketlab.kernel.TcpState.TIME_WAIT));
        // The sampler hands a view to the window first, then to the diagram: a later view means that one is drawn.
        waitForView("a later view", v -> v != seen);
        SequenceDiagram d = WindowDriver.fx(() -> {
            ui.window.diagram().newestDrawing();
            return ui.window.diagram().diagramProperty().get();
        });
        assertThat(d.lifelineIds()).containsExactly("server", "client1");
        assertThat(d.items()).as("the lesson's three steps, nothing before them").hasSize(3)
                .allMatch(DiagramItem.Call.class::isInstance);
    }

    /** Steps 1–7 by key, then client1 closes and worker1 answers its FIN: the kernel keeps client1 in TIME_WAIT. */
    private void sevenStepsAndAClose(FxRobot robot) {
        DiagramWindowTest.sevenSteps(ui, robot);
        click("client1", "close");
        ui.waitUntil("worker1's OnClose", () -> DiagramWindowTest.drawn(ui).contains("OnClose 0"));
        click("worker1", "close");
        ui.waitUntil("TIME_WAIT drawn", () -> DiagramWindowTest.drawn(ui).contains("TIME_WAIT"));
    }

    private void click(String panel, String op) {
        javafx.scene.control.Button button = ui.button(panel, op);
        WindowDriver.fx(button::fire);
        ui.settle();
    }

    private KernelView waitForView(String what, java.util.function.Predicate<KernelView> condition) {
        ui.waitUntil(what, () -> condition.test(ui.window.model().kernel().viewProperty().get()));
        return WindowDriver.fx(() -> ui.window.model().kernel().viewProperty().get());
    }

    private TabPane tabs() {
        return (TabPane) ui.window.root().lookup("#tabs");
    }
}
