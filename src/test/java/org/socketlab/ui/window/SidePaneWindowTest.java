package org.socketlab.ui.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socketlab.ui.log.LogFormat;
import org.socketlab.ui.settings.Theme;
import org.socketlab.ui.diagram.DiagramExport;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On the smallest classroom screen, 1024×768, every tab of the side pane can be reached: F9 and View ▸ Side
 * pane each open it over the cards, which keep their place and size, and close it again (Esc too); each tab,
 * clicked, shows its view inside the window, in every theme. Nothing reaches the log meanwhile: no exception,
 * no colour a stylesheet cannot resolve (the View menu and the toolbar's overflow menu included). No tab's
 * view is built before it first shows, and File ▸ Save log and Save PNG work from tabs that never showed.
 *
 * <p>Monocle's screen size is fixed for a JVM: this runs in the pom's {@code fits-1024x768} execution
 * ({@code -Dheadless.geometry=1024x768-32}, {@code -Dfits.screen=1024x768}) and is skipped elsewhere.
 */
class SidePaneWindowTest extends WindowTestBase {
    private static final String SCREEN = "1024x768";
    private static final List<String> TABS = List.of("lessonTab", "codeTab", "logTab", "kernelTab", "diagramTab");
    private static final List<String> CARDS = List.of("server", "client1");
    private static LogWatch log;

    @BeforeAll
    static void onTheSmallestScreen() {
        assumeTrue(SCREEN.equals(System.getProperty("fits.screen")),
                "runs in the pom's fits-1024x768 execution, which sets the screen size");
        log = LogWatch.start(); // before the window is built, so its start is watched too
    }

    @AfterAll
    static void stopWatching() {
        if (log != null) {
            log.close();
        }
    }

    @AfterEach
    void nothingReachedTheLog() {
        assertThat(log.seen()).as("logged while the test ran").isEmpty();
    }

    @Test
    void f9OpensThePaneOverTheCardsAndEachTabShowsItsView(FxRobot robot) {
        assertTheScreen();
        for (KeyCode key : List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4)) {
            robot.type(key);
            ui.settle();
        }
        assertThat(ui.visible("tabs")).as("closed at start: the cards take the width").isFalse();
        assertThat(builtTabs()).as("no tab's view is built before it shows").isEmpty();
        Map<String, Bounds> cards = cardBounds();

        robot.type(KeyCode.F9);
        waitForPane(true);
        assertThat(cardBounds()).as("the pane lies over the cards: they keep their place and size").isEqualTo(cards);
        assertInsideTheWindow("the side pane", ui.control("tabs"));
        for (String tab : TABS) {
            robot.clickOn("#" + tab);
            assertShows(tab);
        }
        assertThat(builtTabs()).containsExactlyInAnyOrderElementsOf(TABS);
        assertTheLogsColumnsFit(robot);
        // built after four steps, each view shows what there already is, not only what comes after it
        assertThat(ui.texts("codeBox", "code")).as("the last step's code in other APIs").isNotEmpty()
                .allSatisfy(code -> assertThat(code).isNotBlank());

        robot.type(KeyCode.F9);
        waitForPane(false);
        assertThat(cardBounds()).isEqualTo(cards);
        robot.type(KeyCode.F9);
        waitForPane(true);
        robot.type(KeyCode.ESCAPE);
        waitForPane(false);
    }

    @Test
    void theViewMenuOpensAndClosesThePane(FxRobot robot) {
        assertTheScreen();
        CheckMenuItem item = sidePaneItem();
        clickSidePaneItem(robot);
        waitForPane(true);
        assertThat(WindowDriver.fx(item::isSelected)).as("the item shows the pane open").isTrue();
        robot.clickOn("#diagramTab");
        assertShows("diagramTab");
        clickSidePaneItem(robot);
        waitForPane(false);
        assertThat(WindowDriver.fx(item::isSelected)).as("the item shows the pane closed").isFalse();
        robot.type(KeyCode.F9);
        waitForPane(true);
        assertThat(WindowDriver.fx(item::isSelected)).as("F9 and the item agree").isTrue();
    }

    @Test
    void everyThemeFindsEveryColourInTheTabsAndThePopups(FxRobot robot) {
        assertTheScreen();
        robot.type(KeyCode.F9);
        waitForPane(true);
        for (Theme theme : Theme.values()) {
            WindowDriver.fx(() -> ui.window.layout().themeProperty().set(theme));
            for (String tab : TABS) {
                robot.clickOn("#" + tab);
                assertShows(tab);
            }
            robot.clickOn("#viewMenu");
            styleEveryWindow();
            robot.type(KeyCode.ESCAPE);
            Node overflow = ui.window.root().lookup(".tool-bar-overflow-button");
            if (overflow != null && WindowDriver.fx(overflow::isVisible)) {
                robot.clickOn(overflow);
                styleEveryWindow();
                robot.type(KeyCode.ESCAPE);
            }
            assertThat(log.seen()).as("in the %s theme", theme).isEmpty();
        }
    }

    @Test
    void theFileMenusSavesWorkFromTabsThatNeverShowed(FxRobot robot, @TempDir Path dir) throws Exception {
        assertTheScreen();
        for (KeyCode key : List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4)) {
            robot.type(key);
            ui.settle();
        }
        ui.waitForCounter("client1", "connect", "1");
        assertThat(builtTabs()).as("the pane never showed").isEmpty();
        Path csv = dir.resolve("log.csv");
        assertThat(WindowDriver.fx(() -> ui.controller().eventLogController().saveTo(csv, LogFormat.CSV))).isTrue();
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).as("the whole log")
                .isEqualTo(WindowDriver.fx(() -> ui.window.model().log().export(LogFormat.CSV)))
                .contains("connect → WOULD BLOCK");
        Path png = dir.resolve("diagram.png");
        WindowDriver.fx(() -> {
            new DiagramExport(ui.window.diagram(), () -> ui.stage).writePng(png);
            return null;
        });
        assertThat(ImageIO.read(png.toFile())).as("a PNG of the diagram").isNotNull();
        // File ▸ Save asks where in a dialog owned by the window: the log's view built for it belongs to its
        // scene; the diagram's PNG is drawn from its view model and builds no tab.
        assertThat(WindowDriver.fx(() -> tab("logTab").getContent().getScene()))
                .isSameAs(WindowDriver.fx(() -> ui.window.root().getScene()));
        assertThat(WindowDriver.fx(() -> tab("diagramTab").getContent())).as("the Diagram tab's view").isNull();
    }

    /**
     * The event log in the side pane: every column it shows has its heading whole, and the socket and what
     * happened are among them (a narrow log folds the thread, the number, the time instead).
     */
    private void assertTheLogsColumnsFit(FxRobot robot) {
        robot.clickOn("#logTab");
        assertShows("logTab");
        List<String> problems = WindowDriver.fx(() -> {
            Node table = ui.window.root().lookup("#logTable");
            List<String> found = new java.util.ArrayList<>();
            for (Node header : table.lookupAll(".column-header")) {
                if (header.isVisible() && header.lookup(".label") instanceof javafx.scene.control.Label l
                        && !l.getText().isEmpty()) {
                    OnScreen.cut("the log's heading " + l.getText(), l).ifPresent(found::add);
                }
            }
            return found;
        });
        assertThat(problems).as("the log's headings in the side pane").isEmpty();
        assertThat(WindowDriver.fx(() -> ((javafx.scene.control.TreeTableView<?>) ui.window.root().lookup("#logTable"))
                .getVisibleLeafColumns().stream().map(c -> c.getId()).toList()))
                .as("the log's columns in the side pane").contains("logSocket", "logWhat");
    }

    private void assertTheScreen() {
        Bounds screen = WindowDriver.fx(() -> {
            var b = Screen.getPrimary().getBounds();
            return new BoundingBox(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
        });
        assertThat(screen.getWidth() + "x" + screen.getHeight()).as("Monocle's screen (-Dheadless.geometry)")
                .isEqualTo("1024.0x768.0");
    }

    private CheckMenuItem sidePaneItem() {
        return WindowDriver.fx(() -> ((MenuButton) ui.control("viewMenu")).getItems().stream()
                .filter(i -> "sidePanesItem".equals(i.getId())).map(CheckMenuItem.class::cast).findFirst()
                .orElseThrow());
    }

    /** View ▸ Side pane, clicked as a user would. */
    private void clickSidePaneItem(FxRobot robot) {
        robot.clickOn("#viewMenu");
        robot.clickOn(WindowDriver.fx(() -> sidePaneItem().getText()));
    }

    private void waitForPane(boolean shown) {
        ui.waitUntil("the side pane " + (shown ? "shown" : "hidden"), () -> ui.visible("tabs") == shown
                && ui.window.layout().sidePanesShownProperty().get() == shown);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void assertShows(String tabId) {
        ui.waitUntil(tabId + " chosen", () -> tab(tabId).isSelected());
        WaitForAsyncUtils.waitForFxEvents();
        Node content = WindowDriver.fx(() -> tab(tabId).getContent());
        assertThat(content).as("%s has its view", tabId).isNotNull();
        assertThat(WindowDriver.fx(() -> content.isVisible() && content.getScene() != null)).as(tabId).isTrue();
        assertInsideTheWindow(tabId, content);
    }

    private void assertInsideTheWindow(String what, Node node) {
        Bounds at = WindowDriver.fx(() -> node.localToScene(node.getLayoutBounds()));
        Bounds scene = WindowDriver.fx(() -> new BoundingBox(0, 0, node.getScene().getWidth(),
                node.getScene().getHeight()));
        assertThat(scene.contains(at)).as("%s at %s lies inside the window %s", what, at, scene).isTrue();
        assertThat(at.getWidth()).as("%s's width", what).isGreaterThan(200);
        assertThat(at.getHeight()).as("%s's height", what).isGreaterThan(200);
    }

    private Tab tab(String id) {
        return ((TabPane) ui.window.root().lookup("#tabs")).getTabs().stream().filter(t -> id.equals(t.getId()))
                .findFirst().orElseThrow();
    }

    private List<String> builtTabs() {
        return WindowDriver.fx(() -> TABS.stream().filter(id -> tab(id).getContent() != null).toList());
    }

    private Map<String, Bounds> cardBounds() {
        return WindowDriver.fx(() -> {
            Map<String, Bounds> at = new LinkedHashMap<>();
            for (String card : CARDS) {
                Node panel = ui.window.root().lookup("#panel-" + card);
                at.put(card, panel.localToScene(panel.getLayoutBounds()));
            }
            return at;
        });
    }

    /** Applies the stylesheets now to every window shown (the popups too), so what does not resolve is said now. */
    private static void styleEveryWindow() {
        WaitForAsyncUtils.waitForFxEvents();
        WindowDriver.fx(() -> Window.getWindows().forEach(w -> w.getScene().getRoot().applyCss()));
    }
}
