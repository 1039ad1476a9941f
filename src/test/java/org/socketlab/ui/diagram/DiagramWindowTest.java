package org.socketlab.ui.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socketlab.diagram.DiagramItem;
import org.socketlab.diagram.SequenceDiagram;
import org.socketlab.ui.window.WindowDriver;
import org.socketlab.ui.window.WindowTestBase;
import org.testfx.api.FxRobot;

/** The Diagram tab in the real window draws the seed's 1–7 as it happens, and exports it. */
public class DiagramWindowTest extends WindowTestBase {
    @TempDir
    Path dir;

    @Test
    void theDiagramTabDrawsTheSevenStepsAndSavesThem(FxRobot robot) throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")), "no /proc/net/tcp here: the wire would be inferred");
        WindowDriver.fx(() -> showDiagramTab(ui));
        sevenSteps(ui, robot);
        ui.waitUntil("7 Receive drawn on the tab", () -> texts().stream().anyMatch(t -> t.endsWith("7 Receive")));
        SequenceDiagram d = WindowDriver.fx(() -> ui.window.diagram().diagramProperty().get());
        assertThat(d.lifelineIds()).containsExactly("server", "client1", "worker1");
        long bytes = d.of(DiagramItem.Wire.class).get(3).bytes();
        assertThat(texts()).contains("server", "client1", "worker1", "SYN", "SYN-ACK", "ACK", bytes + " bytes",
                "◐ 4 Connect", "would block (EINPROGRESS)", "✓ 6 Send", "OnAccept", "OnConnect 0", "OnReceive");
        assertThat(WindowDriver.fx(() -> canvas().getChildrenUnmodifiable().size())).isGreaterThan(40);

        Path svg = dir.resolve("session.svg");
        Path png = dir.resolve("session.png");
        assertThat(WindowDriver.fx(() -> ui.window.diagram().saveSvg(svg))).isTrue();
        WindowDriver.fx(() -> {
            new DiagramExport(ui.window.diagram(), () -> stage).writePng(png);
            return null;
        });
        assertThat(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile())
                .getElementsByTagName("text").getLength()).as("the same texts as drawn").isEqualTo(texts().size());
        assertThat(ImageIO.read(png.toFile()).getWidth()).isGreaterThan(300);
        assertThat(ui.text("diagramSaveStatus")).isEqualTo("Saved to session.png");
    }

    @Test
    void theFileMenuOpensTheDiagramInAWindowOfItsOwnWithTheSameDrawing(FxRobot robot) {
        WindowDriver.fx(() -> showDiagramTab(ui)); // its drawing is compared with the window's
        for (KeyCode key : List.of(KeyCode.DIGIT1, KeyCode.DIGIT2)) {
            robot.push(key);
            ui.settle();
        }
        ui.waitUntil("2 Listen drawn", () -> texts().stream().anyMatch(t -> t.endsWith("2 Listen")));
        WindowDriver.fx(() -> {
            javafx.scene.control.MenuButton file = (javafx.scene.control.MenuButton) ui.control("fileMenu");
            file.getItems().stream().filter(i -> "fileDiagramWindow".equals(i.getId())).findFirst().orElseThrow().fire();
        });
        ui.waitUntil("the diagram's own window", () -> ownWindow().isPresent());
        javafx.stage.Stage own = ownWindow().orElseThrow();
        assertThat(WindowDriver.fx(own::getTitle)).isEqualTo("SocketLab: sequence diagram");
        assertThat(WindowDriver.fx(() -> own.getWidth())).as("wider than the side pane").isGreaterThan(600);
        ui.waitUntil("the same texts drawn there", () -> texts(own.getScene().getRoot()).equals(texts()));
        assertThat(WindowDriver.fx(() -> own.getScene().getRoot().lookup("#diagramOwnWindow").isVisible()))
                .as("no button to open it again").isFalse();
        WindowDriver.fx(own::close);
    }

    @Test
    void theLifelinesNamesStayInViewWhenALongSessionScrollsAndItsPngHasThemAtTheTop(FxRobot robot) throws Exception {
        WindowDriver.fx(() -> showDiagramTab(ui));
        List<KeyCode> keys = new java.util.ArrayList<>(List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3,
                KeyCode.DIGIT4, KeyCode.DIGIT5));
        for (int i = 0; i < 6; i++) {
            keys.addAll(List.of(KeyCode.DIGIT6, KeyCode.DIGIT7));
        }
        for (KeyCode key : keys) {
            robot.push(key);
            ui.settle();
        }
        javafx.scene.control.ScrollPane scroll = WindowDriver.fx(() ->
                (javafx.scene.control.ScrollPane) ui.window.root().lookup(".diagram-scroll"));
        ui.waitUntil("a diagram taller than its view", () -> canvas().getLayoutBounds().getHeight()
                > scroll.getViewportBounds().getHeight() * 1.5);
        WindowDriver.fx(() -> scroll.setVvalue(scroll.getVmax()));
        ui.waitUntil("client1's name at the top of the view, though scrolled to the end", () -> {
            javafx.geometry.Bounds view = scroll.localToScene(scroll.getBoundsInLocal());
            return canvas().getChildrenUnmodifiable().stream()
                    .filter(n -> n instanceof Text t && t.getText().equals("client1"))
                    .map(n -> n.localToScene(n.getBoundsInLocal()))
                    .anyMatch(b -> b.getMinY() >= view.getMinY() && b.getMaxY() <= view.getMinY() + view.getHeight() / 4);
        });
        // The PNG is drawn afresh: its heads are at the top, over no step, as in the SVG.
        assertThat(PngAgainstSvg.export(ui, dir, "scrolled").differences()).as("what the PNG shows unlike the SVG")
                .isEmpty();
    }

    private Optional<javafx.stage.Stage> ownWindow() {
        return WindowDriver.fx(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.stage.Stage s && w != stage && w.isShowing()
                        && "SocketLab: sequence diagram".equals(s.getTitle()))
                .map(w -> (javafx.stage.Stage) w).findFirst());
    }

    private static List<String> texts(Parent root) {
        return WindowDriver.fx(() -> ((Parent) root.lookup("#diagram-canvas")).getChildrenUnmodifiable().stream()
                .filter(Text.class::isInstance).map(n -> ((Text) n).getText()).toList());
    }

    /** The seed's 1–7 by key, each drawn in the session's diagram (whether or not a tab shows it). */
    static void sevenSteps(WindowDriver ui, FxRobot robot) {
        for (KeyCode key : List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4)) {
            robot.push(key);
            ui.settle();
        }
        ui.waitUntil("the handshake drawn", () -> drawn(ui).contains("SYN-ACK") && drawn(ui).contains("client1 in accept queue"));
        for (KeyCode key : List.of(KeyCode.DIGIT5, KeyCode.DIGIT6)) {
            robot.push(key);
            ui.settle();
        }
        ui.waitForCounter("client1", "receive", "1");
        robot.push(KeyCode.DIGIT7);
        ui.settle();
        ui.waitUntil("7 Receive drawn", () -> drawn(ui).stream().anyMatch(t -> t.endsWith("7 Receive")));
    }

    /** The texts of the session's diagram as laid out now; on the FX thread. */
    static List<String> drawn(WindowDriver ui) {
        return ui.window.diagram().newestDrawing().texts();
    }

    public static void showDiagramTab(WindowDriver ui) {
        TabPane tabs = (TabPane) ui.window.root().lookup("#tabs");
        tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "diagramTab".equals(t.getId()))
                .findFirst().orElseThrow());
    }

    private Parent canvas() {
        return (Parent) ui.window.root().lookup("#diagram-canvas");
    }

    private List<String> texts() {
        return WindowDriver.fx(() -> canvas().getChildrenUnmodifiable().stream().filter(Text.class::isInstance)
                .map(n -> ((Text) n).getText()).toList());
    }
}
