package org.socketlab.ui.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Screen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.socketlab.lesson.Lessons;
import org.socketlab.ui.lesson.LessonViewModel;
import org.socketlab.ui.cards.CardBoard;
import org.socketlab.ui.lesson.LessonRuns;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window fits a classroom screen: after the seed's steps 1–7 (typed on the keyboard), the server's,
 * the first worker's and the first client's numbered step buttons (every button of the card), status
 * header (never cut), state and notification counters are on screen together, without scrolling — at
 * 100 % with the narration's heading and first line, at 150 % (and 200 % on 1366×768) and in presentation
 * mode. On a 1024×768 screen the side panes (code, log) must be out of the way, by themselves or after one
 * F9. Every shipped lesson, run to its end, shows every card it made the same way at 100 % and in
 * presentation mode; and Play and Step stay put while a lesson runs (clicked at one screen point).
 *
 * <p>Monocle's screen size is fixed for a JVM, so the pom runs this class once per screen (executions
 * {@code fits-1366x768}, {@code fits-1280x720}, {@code fits-1024x768}: {@code -Dheadless.geometry} and
 * {@code -Dfits.screen}); elsewhere it is skipped. A failure lists every node that does not fit, with
 * its bounds and the area it should lie in, and leaves a screenshot in {@code target/fits/}.
 */
class FitsScreenTest extends WindowTestBase {
    private static final String SCREEN = System.getProperty("fits.screen", "");
    private static final List<String> CARDS = List.of("server", "worker1", "client1");
    private static final Path SHOTS = Path.of(System.getProperty("fits.shots.dir", "target/fits"));
    /** A class's connections: more than the cards show, so the table does. */
    private static final int CLASS = 30;
    private final List<java.net.Socket> students = new ArrayList<>();
    private static final KeyCode[] STEP_KEYS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
        KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7};

    @BeforeAll
    static void onlyOnANamedScreen() {
        assumeTrue(!SCREEN.isEmpty(), "runs in the pom's fits-* executions, which set fits.screen and the screen size");
    }

    @AfterEach
    void leaveFullScreen() {
        // the next test reuses the primary stage
        WindowDriver.fx(() -> stage.setFullScreen(false));
    }

    @Test
    void atOneHundredPercent(FxRobot robot) {
        seedStepsByKeys(robot);
        assertFits(robot, "100 %", true);
    }

    @Test
    void zoomedTo150Percent(FxRobot robot) {
        seedStepsByKeys(robot);
        for (int i = 0; i < 3; i++) {
            robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        }
        ui.waitUntil("150 %", () -> ui.window.layout().zoomPercentProperty().get() == 150);
        assertFits(robot, "150 %", false);
    }

    /**
     * Zooming in while the cards want more height than the window gives (1–7 and two more clients): the
     * cards give way, and the status bar stays inside the window.
     */
    @Test
    void zoomingInWithCardsThatWantMoreKeepsTheStatusBarInTheWindow(FxRobot robot) {
        seedStepsByKeys(robot);
        WindowDriver.fx(() -> {
            ui.window.model().addClient();
            ui.window.model().addClient();
            return null;
        });
        ui.settle();
        for (int i = 0; i < 3; i++) {
            robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        }
        ui.waitUntil("150 %", () -> ui.window.layout().zoomPercentProperty().get() == 150);
        ui.settle();
        Node bar = ui.control("statusBar");
        WindowDriver.fx(() -> {
            Bounds at = bar.localToScene(bar.getLayoutBounds());
            assertThat(at.getMaxY()).as("the status bar's bottom in a %s-high window", SCREEN)
                    .isLessThanOrEqualTo(bar.getScene().getHeight() + 0.5);
            return null;
        });
    }

    /**
     * The seed's three cards on a board that folds their Details to fit: a card's Details opened with a click stay
     * open (the board makes room by crowding the others), and closing them gives the board back its earlier look.
     */
    @Test
    void detailsOpenedWithAClickStayOpenOnACrowdedBoard(FxRobot robot) {
        seedStepsByKeys(robot);
        ui.settle();
        Node board = ui.control("columns");
        String crowded = WindowDriver.fx(() -> String.join(" ", board.getStyleClass()));
        javafx.scene.control.ToggleButton details = (javafx.scene.control.ToggleButton) ui.node("client1",
                "details-toggle");
        assertThat(WindowDriver.fx(details::isSelected)).as("at %s, the cards fold their Details (%s)", SCREEN,
                crowded).isFalse();
        robot.clickOn(details);
        ui.settle();
        assertThat(WindowDriver.fx(details::isSelected)).as("at %s, client1's Details after a click", SCREEN).isTrue();
        assertThat(WindowDriver.fx(() -> ui.node("client1", "details").isVisible())).isTrue();
        robot.clickOn(details);
        ui.settle();
        assertThat(WindowDriver.fx(details::isSelected)).isFalse();
        assertThat(WindowDriver.fx(() -> String.join(" ", board.getStyleClass()))).as("the board once closed")
                .isEqualTo(crowded);
    }

    /**
     * Network…'s key (Alt+W) opens and closes the network row as a click does: in the toolbar, and on the smallest
     * screen from the toolbar's overflow menu (»), where Network… sits there.
     */
    @Test
    void networksKeyOpensItsRowFromTheBarAndFromTheOverflowMenu(FxRobot robot) {
        seedStepsByKeys(robot);
        Node network = WindowDriver.fx(() -> ui.window.root().lookupAll(".tool-bar").stream()
                .flatMap(bar -> ((javafx.scene.control.ToolBar) bar).getItems().stream())
                .filter(item -> "networkToggle".equals(item.getId())).findFirst().orElseThrow());
        if (SCREEN.equals("1024x768")) {
            assertThat(WindowDriver.fx(() -> network.getScene())).as("Network… in the overflow menu").isNull();
        } else {
            assertThat(WindowDriver.fx(() -> network.getScene())).as("Network… in the toolbar at %s", SCREEN)
                    .isNotNull();
        }
        assertThat(WindowDriver.fx(() -> ((javafx.scene.control.ToggleButton) network).isSelected())).isFalse();
        robot.press(KeyCode.ALT).type(KeyCode.W).release(KeyCode.ALT);
        ui.settle();
        assertThat(WindowDriver.fx(() -> ((javafx.scene.control.ToggleButton) network).isSelected()))
                .as("Network… after Alt+W").isTrue();
        robot.press(KeyCode.ALT).type(KeyCode.W).release(KeyCode.ALT);
        ui.settle();
        assertThat(WindowDriver.fx(() -> ((javafx.scene.control.ToggleButton) network).isSelected()))
                .as("and again").isFalse();
    }

    /** 200 % on the classroom screen: the largest zoom a teacher uses for the back row. */
    @Test
    void zoomedTo200PercentOnTheClassroomScreen(FxRobot robot) {
        assumeTrue(SCREEN.equals("1366x768"), "200 % is checked on the 1366×768 screen");
        seedStepsByKeys(robot);
        for (int i = 0; i < 5; i++) {
            robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        }
        ui.waitUntil("200 %", () -> ui.window.layout().zoomPercentProperty().get() == 200);
        assertFits(robot, "200 %", false);
    }

    @Test
    void inPresentationMode(FxRobot robot) {
        seedStepsByKeys(robot);
        robot.type(KeyCode.F5);
        ui.waitUntil("presentation mode", () -> ui.window.layout().presentationProperty().get());
        assertFits(robot, "presentation", false);
    }

    /**
     * Every shipped lesson run to its end (each step as soon as the one before is answered): then, at 100 %
     * and in presentation mode, every card the lesson made shows its buttons, latest answer and counters
     * without scrolling.
     */
    @Test
    void everyShippedLessonShowsAllItsSocketsAtItsEnd() {
        List<String> found = new ArrayList<>();
        for (String name : Lessons.names()) {
            LessonRuns.toTheEnd(ui, name);
            found.addAll(cardProblems(name));
        }
        if (!found.isEmpty()) {
            fail("At " + SCREEN + ", " + found.size() + " thing(s) do not fit:\n  - " + String.join("\n  - ", found));
        }
    }

    /**
     * The lesson bar stays put: "A full backlog" (five cards, two of them made on the way) stepped to its
     * end by real clicks at the one screen point where Step was before the first step; each click must
     * land (the lesson advances) and Step never moves. On the classroom screen only, to keep the build short.
     */
    @Test
    void stepStaysPutThroughALesson() {
        assumeTrue(SCREEN.equals("1366x768"), "checked on the 1366×768 screen");
        String name = "full-backlog";
        LessonViewModel lesson = ui.window.model().lesson();
        WindowDriver.fx(() -> lesson.openShipped(name));
        ui.settle();
        Node step = ui.control("stepLesson");
        Node play = ui.control("playLesson");
        Bounds at = WindowDriver.fx(() -> step.localToScreen(step.getLayoutBounds()));
        Bounds playAt = WindowDriver.fx(() -> play.localToScreen(play.getLayoutBounds()));
        Point2D click = new Point2D(at.getCenterX(), at.getCenterY());
        for (int n = 1; WindowDriver.fx(() -> lesson.nextProperty().get() != null); n++) {
            int before = WindowDriver.fx(() -> lesson.positionProperty().get());
            int number = n;
            ui.waitUntil("Step enabled for step " + n, () -> !step.isDisabled());
            WindowDriver.fx(() -> {
                assertThat(OnScreen.show(step.localToScreen(step.getLayoutBounds())))
                        .as("Step before step %d", number).isEqualTo(OnScreen.show(at));
                assertThat(OnScreen.show(play.localToScreen(play.getLayoutBounds())))
                        .as("Play before step %d", number).isEqualTo(OnScreen.show(playAt));
                // the platform's own robot, at the screen point: a real click where a user would click
                javafx.scene.robot.Robot fxRobot = new javafx.scene.robot.Robot();
                fxRobot.mouseMove(click);
                fxRobot.mouseClick(MouseButton.PRIMARY);
            });
            ui.waitUntil("the click on Step at " + click + " ran step " + n,
                    () -> lesson.positionProperty().get() > before);
        }
        ui.settle();
        assertThat(WindowDriver.fx(() -> OnScreen.show(step.localToScreen(step.getLayoutBounds()))))
                .as("Step at the lesson's end").isEqualTo(OnScreen.show(at));
    }

    /**
     * A class on this screen: a server alone with 30 accepted connections shows them as rows; the row a
     * teacher clicks stays wholly in sight while its card opens under the table, and the card shows whole
     * (buttons and counters, without scrolling): the newest row's, and the one at the bottom edge of the
     * table scrolled to its top.
     */
    @Test
    void aSelectedRowShowsItsCardWholeAndStaysInSight(FxRobot robot) throws java.io.IOException {
        TableSight.acceptClass(ui, CLASS, students);
        var table = TableSight.workers(ui);
        String newest = "worker" + CLASS;
        ui.waitUntil("the newest row in sight", () -> TableSight.wholeInSight(table, newest));
        robot.clickOn(TableSight.shownRow(table, newest));
        ui.waitUntil(newest + "'s card", () -> ui.hasPanel(newest));
        assertSelectedShowsWhole(table, newest);
        // scrolled back to the top with no row selected, the row at the bottom edge is clicked: the card
        // opening below takes room from the table, which must not hide that row
        WindowDriver.fx(() -> {
            table.getSelectionModel().clearSelection();
            table.scrollTo(0);
            return null;
        });
        ui.waitUntil("no card", () -> !ui.hasPanel(newest));
        WaitForAsyncUtils.waitForFxEvents();
        String lowest = WindowDriver.fx(() -> {
            var flow = (javafx.scene.control.skin.VirtualFlow<?>) table.lookup(".virtual-flow");
            int last = flow.getLastVisibleCell().getIndex();
            return table.getItems().get(TableSight.wholeInSight(table, "worker" + (last + 1)) ? last : last - 1)
                    .name().toString();
        });
        robot.clickOn(TableSight.shownRow(table, lowest));
        ui.waitUntil(lowest + "'s card", () -> ui.hasPanel(lowest));
        assertSelectedShowsWhole(table, lowest);
        // its Receive answers (would block: the student sent nothing) and the card grows by the answer
        robot.clickOn(ui.button(lowest, "receive"));
        ui.waitUntil(lowest + "'s Receive answered", () -> ui.window.model().lastStepProperty().get().contains("Receive"));
        assertSelectedShowsWhole(table, lowest);
    }

    private void assertSelectedShowsWhole(javafx.scene.control.TableView<?> table, String worker) {
        @SuppressWarnings("unchecked")
        var rows = (javafx.scene.control.TableView<org.socketlab.ui.connections.ConnectionRow>) table;
        List<String> found = settled(List.of(worker));
        shotIfAny(found, "selected-" + worker);
        assertThat(found).as("at %s, %s's card under the table", SCREEN, worker).isEmpty();
        ui.waitUntil(worker + "'s row wholly in sight with its card open", () -> TableSight.wholeInSight(rows, worker));
    }

    @AfterEach
    void studentsLeave() throws java.io.IOException {
        ui.lab.close(); // before the students' sockets, so no row changes while the window is taken down
        for (java.net.Socket s : students) {
            s.close();
        }
        students.clear();
    }

    /** What of the cards on the board does not fit at 100 % and in presentation mode, after the lesson. */
    private List<String> cardProblems(String name) {
        ui.settle();
        WaitForAsyncUtils.waitForFxEvents();
        List<String> found = new ArrayList<>();
        List<String> cards = WindowDriver.fx(() -> ui.window.root().lookupAll(".socket-panel").stream()
                .filter(p -> p.getParent() instanceof CardBoard && p.isVisible()).map(Node::getId)
                .map(id -> id.substring("panel-".length())).toList());
        for (String problem : settled(cards)) {
            found.add(name + " at 100 %: " + problem);
        }
        shotIfAny(found, name);
        WindowDriver.fx(ui.window.layout()::togglePresentation);
        ui.waitUntil("full screen", stage::isFullScreen);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> inPresentation = new ArrayList<>();
        for (String problem : settled(cards)) {
            inPresentation.add(name + " in presentation mode: " + problem);
        }
        shotIfAny(inPresentation, name + "-presentation");
        found.addAll(inPresentation);
        WindowDriver.fx(ui.window.layout()::togglePresentation);
        WindowDriver.fx(() -> stage.setFullScreen(false));
        return found;
    }

    /**
     * The problems once the board has settled: a board too crowded for its cards folds and shrinks them a
     * level per layout pass, so the check gives it up to 3 s to find an arrangement that fits.
     */
    private List<String> settled(List<String> cards) {
        List<String> found = WindowDriver.fx(() -> problems(cards, false, false));
        for (int i = 0; i < 30 && !found.isEmpty(); i++) {
            WaitForAsyncUtils.sleep(100, java.util.concurrent.TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            found = WindowDriver.fx(() -> problems(cards, false, false));
        }
        return found;
    }

    private void shotIfAny(List<String> found, String name) {
        if (!found.isEmpty()) {
            try {
                ui.screenshot(SHOTS.resolve(SCREEN + "-" + name + ".png"));
            } catch (java.io.IOException e) {
                found.add("(no screenshot: " + e + ")");
            }
        }
    }

    /** 1–7 on the keyboard, each waited for like a teacher would: until its effect is on screen. */
    private void seedStepsByKeys(FxRobot robot) {
        Rectangle2D screen = WindowDriver.fx(() -> Screen.getPrimary().getBounds());
        assertThat(size(screen.getWidth(), screen.getHeight()))
                .as("Monocle's screen (-Dheadless.geometry) is the one fits.screen names").isEqualTo(SCREEN);
        // steps 4, 5 and 6 show their effect a moment after their answer: OnAccept, worker1's OnSend, OnReceive
        String[][] effects = {null, null, null, {"server", "accept"}, {"worker1", "send"}, {"client1", "receive"}, null};
        for (int i = 0; i < STEP_KEYS.length; i++) {
            robot.type(STEP_KEYS[i]);
            ui.settle();
            if (effects[i] != null) {
                ui.waitForCounter(effects[i][0], effects[i][1], "1");
            }
        }
        ui.waitUntil("step 7 answered", () -> ui.window.model().lastStepProperty().get().equals("7 Receive"));
    }

    private void assertFits(FxRobot robot, String situation, boolean withNarration) {
        LayoutViewModel layout = ui.window.layout();
        if (SCREEN.equals("1024x768") && WindowDriver.fx(() -> layout.sidePanesShownProperty().get())) {
            robot.type(KeyCode.F9); // the one key the contract allows on this screen
        }
        ui.settle();
        WaitForAsyncUtils.waitForFxEvents();
        if (SCREEN.equals("1024x768")) {
            assertThat(ui.visible("tabs")).as("the side panes (code, log) are hidden at 1024×768").isFalse();
        }
        List<String> problems = WindowDriver.fx(() -> problems(withNarration));
        if (!problems.isEmpty()) {
            Path shot = SHOTS.resolve(SCREEN + "-" + situation.replaceAll("[^a-z0-9]+", "") + ".png");
            try {
                ui.screenshot(shot);
            } catch (java.io.IOException e) {
                problems.add("(no screenshot: " + e + ")");
            }
            String where = WindowDriver.fx(() -> String.format(Locale.ROOT,
                    "At %s, %s (scene %.0f×%.0f, font %.1f px, density %s, side panes %s)", SCREEN, situation,
                    ui.window.root().getScene().getWidth(), ui.window.root().getScene().getHeight(), layout.fontPx(),
                    layout.densityProperty().get(), layout.sidePanesShownProperty().get() ? "shown" : "hidden"));
            fail(where + ", " + problems.size() + " thing(s) do not fit:\n  - " + String.join("\n  - ", problems)
                    + "\n  screenshot: " + shot.toAbsolutePath());
        }
    }

    /** Everything the contract wants on screen that is not, each said with its bounds and the room it had. */
    private List<String> problems(boolean withNarration) {
        return problems(CARDS, true, withNarration);
    }

    /**
     * Everything the contract wants on screen that is not, for these cards; with {@code answered} each card's
     * status header must say something (the seed's steps touch every card they check; a lesson may not).
     */
    private List<String> problems(List<String> cards, boolean answered, boolean withNarration) {
        List<String> found = new ArrayList<>();
        Rectangle2D screen = Screen.getPrimary().getBounds();
        Rectangle2D window = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        if (!screen.contains(window)) {
            found.add("the window " + window + " is not inside the screen " + screen);
        }
        Parent root = ui.window.root();
        for (String card : cards) {
            Node panel = root.lookup("#panel-" + card);
            if (panel == null) {
                found.add("there is no card " + card);
                continue;
            }
            Map<String, Node> parts = new LinkedHashMap<>(); // what must not cover one another
            parts.put(card + " state badge", panel.lookup("#state"));
            check(found, card + " state badge", panel.lookup("#state"));
            Node header = panel.lookup("#status-header");
            boolean silent = !answered && header instanceof Parent h0 && !h0.isVisible()
                    && h0.getChildrenUnmodifiable().get(0) instanceof Label l0 && l0.getText().isBlank();
            if (!silent) { // a socket nothing was asked of yet has no latest answer to show
                check(found, card + " status header", header);
                parts.put(card + " status header", header);
            }
            if (header instanceof Parent h) {
                Node summary = h.getChildrenUnmodifiable().get(0);
                if (answered && (!(summary instanceof Label l) || l.getText().isBlank())) {
                    found.add(card + " status header shows no summary (outcome, errno, WSA code)");
                }
                for (Labeled line : OnScreen.labeledIn(h)) {
                    OnScreen.cut(card + " status header line \"" + line.getText() + "\"", line).ifPresent(found::add);
                }
            }
            List<Node> buttons = children(panel.lookup("#buttons"));
            if (buttons.isEmpty()) {
                found.add(card + " has no step buttons");
            }
            for (Node button : buttons) {
                String name = card + " step button #" + button.getId();
                check(found, name, button);
                parts.put(name, button);
                if (((Labeled) button).getGraphic() instanceof Labeled mark) {
                    OnScreen.cut(name + " mark", mark).ifPresent(found::add);
                }
            }
            List<Node> chips = children(panel.lookup("#counters"));
            if (chips.isEmpty()) {
                found.add(card + " has no counters");
            }
            for (Node chip : chips) {
                if (!chip.isVisible() && chip.getStyleClass().contains("unobservable")) {
                    continue; // a crowded card folds the counter Java can never raise first
                }
                if (chip.isVisible()) {
                    parts.put(card + " counter chip " + (chip.lookup(".counter-name") instanceof Labeled n ? n.getText()
                            : OnScreen.describe(chip)), chip);
                }
                for (Node label : children(chip)) {
                    String id = label.getId();
                    boolean counter = id != null && id.startsWith("count-");
                    boolean optional = counter && id.endsWith("-error"); // an error code shows once there is one
                    if (counter && (!optional || label.isVisible())) {
                        check(found, card + " counter #" + id, label);
                    } else if (label.getStyleClass().contains("counter-name")) {
                        check(found, card + " counter name \"" + ((Labeled) label).getText() + "\"", label);
                    }
                }
            }
            overlaps(found, parts);
        }
        if (withNarration) {
            Label heading = (Label) root.lookup("#narrationHeading");
            check(found, "narration heading", heading);
            Label text = (Label) root.lookup("#narrationText");
            OnScreen.problem("narration's first line", text, OnScreen.firstLines(text, text.getFont(), 1))
                    .ifPresent(found::add);
        }
        return found;
    }

    private static void check(List<String> found, String name, Node node) {
        OnScreen.problem(name, node).ifPresent(found::add);
        if (node instanceof Labeled labeled && node.isVisible()) {
            OnScreen.cut(name, labeled).ifPresent(found::add);
        }
    }

    /** Parts squeezed into too little room are drawn over one another: each must keep its own place. */
    private static void overlaps(List<String> found, Map<String, Node> parts) {
        List<Map.Entry<String, Node>> list = new ArrayList<>(parts.entrySet());
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                Node a = list.get(i).getValue();
                Node b = list.get(j).getValue();
                if (a == null || b == null || !a.isVisible() || !b.isVisible()) {
                    continue;
                }
                Bounds x = a.localToScene(a.getLayoutBounds());
                Bounds y = b.localToScene(b.getLayoutBounds());
                double w = Math.min(x.getMaxX(), y.getMaxX()) - Math.max(x.getMinX(), y.getMinX());
                double h = Math.min(x.getMaxY(), y.getMaxY()) - Math.max(x.getMinY(), y.getMinY());
                if (w > 1 && h > 1) {
                    found.add(list.get(i).getKey() + " at " + OnScreen.show(x) + " and " + list.get(j).getKey()
                            + " at " + OnScreen.show(y) + " overlap");
                }
            }
        }
    }

    private static List<Node> children(Node parent) {
        return parent instanceof Parent p ? List.copyOf(p.getChildrenUnmodifiable()) : List.of();
    }

    private static String size(double w, double h) {
        return String.format(Locale.ROOT, "%.0fx%.0f", w, h);
    }
}
