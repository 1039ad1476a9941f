package org.socketlab.ui.window;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.controlsfx.control.StatusBar;
import org.socketlab.engine.Lab;
import org.socketlab.engine.LabSettings;
import org.socketlab.ui.diagram.PngFiles;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window: finds buttons and labels by id, reads what the screen shows, waits for it. */
public final class WindowDriver {
    public static final long BOUND_SECONDS = 30;

    public final Lab lab;
    public final MainWindow window;
    public final Stage stage;

    private WindowDriver(Lab lab, MainWindow window, Stage stage) {
        this.lab = lab;
        this.window = window;
        this.stage = stage;
    }

    /** Opens the window on the stage with a fresh lab on 127.0.0.1 and an OS-chosen port. */
    public static WindowDriver open(Stage stage) {
        Lab lab = Lab.start(new LabSettings("127.0.0.1", 0, LabSettings.DEFAULT_BACKLOG,
                LabSettings.DEFAULT_RECEIVE_BUFFER));
        MainWindow window = fx(() -> MainWindow.show(stage, lab));
        return new WindowDriver(lab, window, stage);
    }

    public MainController controller() {
        return window.controller();
    }

    public static <T> T fx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(BOUND_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static void fx(Runnable work) {
        fx(() -> {
            work.run();
            return null;
        });
    }

    /**
     * The node with this id in a card's Details, which are built the first time they show: where they were
     * not yet, they are opened and folded again, as a user would.
     */
    public Node detail(String panel, String id) {
        return fx(() -> {
            Node p = window.root().lookup("#panel-" + panel);
            if (p != null && p.lookup("#" + id) == null) {
                javafx.scene.control.ToggleButton details = (javafx.scene.control.ToggleButton) node(panel, "details-toggle");
                details.setSelected(true);
                details.setSelected(false);
            }
            return node(panel, id);
        });
    }

    public Node node(String panel, String id) {
        return fx(() -> {
            Node p = window.root().lookup("#panel-" + panel);
            if (p == null) {
                throw new IllegalStateException("no panel " + panel);
            }
            Node n = p.lookup("#" + id);
            if (n == null) {
                throw new IllegalStateException("no #" + id + " in " + panel);
            }
            return n;
        });
    }

    public Button button(String panel, String op) {
        return (Button) node(panel, "op-" + op);
    }

    /** Scrolls the panels so the node is on screen (the robot clicks where a user would). */
    public <T extends Node> T reveal(T node) {
        fx(() -> {
            ScrollPane scroll = (ScrollPane) window.root().lookup(".columns-scroll");
            Node content = scroll.getContent();
            Bounds at = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            Bounds view = scroll.getViewportBounds();
            double extraY = content.getBoundsInLocal().getHeight() - view.getHeight();
            double extraX = content.getBoundsInLocal().getWidth() - view.getWidth();
            if (extraY > 0) {
                scroll.setVvalue(Math.max(0, Math.min(1, (at.getMinY() - 40) / extraY)));
            }
            if (extraX > 0) {
                scroll.setHvalue(Math.max(0, Math.min(1, (at.getMinX() - 40) / extraX)));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return node;
    }

    /** What the counter label shows, e.g. {@code counter("client1", "receive")} → "1". */
    public String counter(String panel, String key) {
        return fx(() -> ((Label) node(panel, "count-" + key)).getText());
    }

    /**
     * The status field beside a button, its lines joined by " | " (summary | Java | explanation); the Java
     * line as the code it is, without the line breaks the card's width gave it.
     */
    public String status(String panel, String op) {
        return fx(() -> ((javafx.scene.layout.VBox) detail(panel, "status-" + op)).getChildren().stream()
                .map(n -> ((Label) n).getAccessibleText() != null ? ((Label) n).getAccessibleText() : ((Label) n).getText())
                .collect(java.util.stream.Collectors.joining(" | ")));
    }

    /** The control with this id anywhere in the window (toolbars, lesson bar, narration, status bar). */
    public Node control(String id) {
        return fx(() -> {
            Node n = window.root().lookup("#" + id);
            if (n == null) {
                throw new IllegalStateException("no #" + id + " in the window");
            }
            return n;
        });
    }

    /** The text a label, button, text field or the status bar shows, read on the FX thread. */
    public String text(String id) {
        return fx(() -> {
            Node n = control(id);
            if (n instanceof Labeled l) {
                return l.getText();
            }
            if (n instanceof TextInputControl t) {
                return t.getText();
            }
            if (n instanceof StatusBar b) {
                return b.getText();
            }
            throw new IllegalStateException("#" + id + " shows no text: " + n);
        });
    }

    /** The texts of the labels a container shows (the narration's events, the code snippets), in order. */
    public List<String> texts(String id, String styleClass) {
        return fx(() -> ((Parent) control(id)).getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Label && n.getStyleClass().contains(styleClass))
                .map(n -> ((Label) n).getText()).toList());
    }

    /** Chooses the side pane's tab with this id (its view is built the first time it shows). */
    public void showTab(String tabId) {
        fx(() -> {
            TabPane tabs = (TabPane) window.root().lookup("#tabs");
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> tabId.equals(t.getId()))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no tab " + tabId)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    public boolean visible(String id) {
        return fx(() -> control(id).isVisible());
    }

    public boolean disabled(String id) {
        return fx(() -> control(id).isDisabled());
    }

    public boolean hasPanel(String panel) {
        return fx(() -> window.root().lookup("#panel-" + panel) != null);
    }

    /** Waits until the condition holds (read on the FX thread), at most {@link #BOUND_SECONDS}. */
    public void waitUntil(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(BOUND_SECONDS, TimeUnit.SECONDS, () -> fx(condition::getAsBoolean));
        } catch (TimeoutException e) {
            throw new AssertionError("waited " + BOUND_SECONDS + " s for: " + what, e);
        }
    }

    public void waitForCounter(String panel, String key, String value) {
        waitUntil(panel + " " + key + " = " + value, () -> {
            Node p = window.root().lookup("#panel-" + panel);
            Node n = p == null ? null : p.lookup("#count-" + key);
            return n instanceof Label l && l.getText().equals(value);
        });
    }

    /** Lets every update the lab has published reach the screen. */
    public void settle() {
        if (!lab.awaitQuiet(java.time.Duration.ofMillis(100), java.time.Duration.ofSeconds(BOUND_SECONDS))) {
            throw new AssertionError("the lab never went quiet in " + BOUND_SECONDS + " s");
        }
        waitUntil("the window caught up with the lab", () -> fx(window::caughtUp));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Renders the window's scene to a PNG file. */
    public void screenshot(Path file) throws IOException {
        settle();
        Image image = fx(() -> window.root().getScene().snapshot(null));
        Files.createDirectories(file.getParent());
        ImageIO.write(toBuffered(image), "png", file.toFile());
    }

    private static BufferedImage toBuffered(Image image) {
        return PngFiles.toBuffered(image);
    }
}
