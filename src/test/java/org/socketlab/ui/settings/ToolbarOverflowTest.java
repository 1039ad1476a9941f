package org.socketlab.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ToolBar;
import javafx.stage.Screen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socketlab.ui.window.LayoutViewModel;
import org.socketlab.ui.window.OnScreen;
import org.socketlab.ui.window.WindowDriver;
import org.socketlab.ui.window.WindowTestBase;
import org.testfx.util.WaitForAsyncUtils;

/**
 * No toolbar text is ever covered or cut: in the toolbar and the lesson bar, the overflow button (») lies
 * beside every item the bar shows, never over one, and every item shows its whole text inside the window —
 * in English and Korean, in windows of 1366×768, 1280×720 and 1024×768 (those the screen holds), at 100 %,
 * 150 % and 200 %, and in presentation mode (F5, full screen) at 100 % and 200 %. Zoom and F5 change what
 * the items need without changing the bar's width, which JavaFX's own toolbar skin did not follow.
 */
class ToolbarOverflowTest extends WindowTestBase {
    private static final double SLACK = 0.5;
    private static final int[][] WINDOWS = {{1366, 768}, {1280, 720}, {1024, 768}};
    private static final int[] ZOOMS = {100, 150, 200};

    @AfterEach
    void leavePresentation() {
        // the next test reuses the primary stage
        WindowDriver.fx(() -> {
            if (ui.window.layout().presentationProperty().get()) {
                ui.window.layout().togglePresentation();
            }
            stage.setFullScreen(false);
        });
    }

    @Test
    void inEnglish() {
        everySizeZoomAndPresentation("en");
    }

    @Test
    void inKorean() {
        inKorean(() -> everySizeZoomAndPresentation("ko"));
    }

    private void everySizeZoomAndPresentation(String language) {
        Rectangle2D screen = WindowDriver.fx(() -> Screen.getPrimary().getBounds());
        LayoutViewModel layout = ui.window.layout();
        for (int[] size : WINDOWS) {
            if (size[0] > screen.getWidth() || size[1] > screen.getHeight()) {
                continue;
            }
            WindowDriver.fx(() -> {
                stage.setMaximized(false);
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            for (int zoom : ZOOMS) {
                zoomTo(zoom);
                assertNothingCovered(language + " " + size[0] + "×" + size[1] + " at " + zoom + " %");
            }
        }
        zoomTo(100);
        WindowDriver.fx(layout::togglePresentation);
        ui.waitUntil("full screen", () -> stage.isFullScreen());
        String f5 = language + " F5 on " + (int) screen.getWidth() + "×" + (int) screen.getHeight();
        assertNothingCovered(f5 + " at " + layout.zoomPercentProperty().get() + " %");
        zoomTo((int) Math.round(200 * 1.25));
        assertNothingCovered(f5 + " at " + layout.zoomPercentProperty().get() + " %");
    }

    private void zoomTo(int percent) {
        LayoutViewModel layout = ui.window.layout();
        WindowDriver.fx(() -> {
            layout.zoomReset();
            while (layout.zoomPercentProperty().get() < percent) {
                layout.zoomIn();
            }
        });
        ui.waitUntil(percent + " %", () -> layout.zoomPercentProperty().get() == percent);
    }

    /** Waits (bounded) for the window to settle with nothing covered; fails listing what is. */
    private void assertNothingCovered(String when) {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WindowDriver.fx(this::problems).isEmpty());
        } catch (TimeoutException e) {
            // reported below with what is wrong
        }
        assertThat(WindowDriver.fx(this::problems)).as(when).isEmpty();
    }

    /** Every item covered by the » button, reaching past the bar or the window, or showing cut text. */
    private List<String> problems() {
        List<String> problems = new ArrayList<>();
        Bounds window = new BoundingBox(0, 0, stage.getScene().getWidth(), stage.getScene().getHeight());
        for (Node node : ui.window.root().lookupAll(".tool-bar")) {
            ToolBar bar = (ToolBar) node;
            if (!bar.isVisible() || bar.getScene() == null) {
                continue;
            }
            Node overflow = bar.lookup(".tool-bar-overflow-button");
            Bounds button = overflow != null && overflow.isVisible() ? sceneBounds(overflow) : null;
            Bounds room = sceneBounds(bar);
            for (Node item : bar.getItems()) {
                if (!shownInBar(bar, item)) {
                    continue;
                }
                String name = OnScreen.describe(item) + " of " + OnScreen.describe(bar);
                Bounds at = sceneBounds(item);
                if (button != null && overlap(at, button)) {
                    problems.add(name + " at " + OnScreen.show(at) + " lies under the » button at "
                            + OnScreen.show(button));
                }
                if (at.getMaxX() > Math.min(room.getMaxX(), window.getMaxX()) + SLACK) {
                    problems.add(name + " at " + OnScreen.show(at) + " reaches past the bar " + OnScreen.show(room)
                            + " or the window " + OnScreen.show(window));
                }
                for (Labeled labeled : textsIn(item)) {
                    OnScreen.cut(name, labeled).ifPresent(problems::add);
                }
            }
        }
        return problems;
    }

    /** The labels and buttons in the item that draw text themselves (a menu button's text is its inner label's). */
    private static List<Labeled> textsIn(Node item) {
        List<Labeled> texts = new ArrayList<>();
        for (Labeled labeled : OnScreen.labeledIn(item)) {
            if (labeled instanceof MenuButton menu) {
                menu.getChildrenUnmodifiable().stream().filter(Labeled.class::isInstance).map(Labeled.class::cast)
                        .forEach(texts::add);
            } else {
                texts.add(labeled);
            }
        }
        return texts;
    }

    /** Whether the item stands in the bar itself (not in the overflow menu) and takes room there. */
    private static boolean shownInBar(ToolBar bar, Node item) {
        return item.isVisible() && item.isManaged() && item.getParent() != null
                && item.getParent().getParent() == bar;
    }

    private static Bounds sceneBounds(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    private static boolean overlap(Bounds a, Bounds b) {
        return a.getMinX() < b.getMaxX() - SLACK && b.getMinX() < a.getMaxX() - SLACK
                && a.getMinY() < b.getMaxY() - SLACK && b.getMinY() < a.getMaxY() - SLACK;
    }
}
