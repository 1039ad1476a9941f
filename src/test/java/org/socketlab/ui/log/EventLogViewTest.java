package org.socketlab.ui.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.socketlab.engine.Lab;
import org.socketlab.engine.LabSettings;
import org.socketlab.engine.Operation;
import org.socketlab.engine.SocketName;
import org.socketlab.engine.Step;
import org.socketlab.engine.StepLanguage;
import org.socketlab.ui.window.LabViewModel;
import org.socketlab.ui.window.Texts;
import org.socketlab.ui.window.UiBridge;
import org.socketlab.ui.window.WindowDriver;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The event log view on its own, fed by a real lab: it follows the newest row, leaves a user who scrolled up alone, saves. */
@ExtendWith(ApplicationExtension.class)
class EventLogViewTest {
    private Stage stage;
    private Lab lab;
    private LabViewModel vm;
    private EventLogController controller;
    private TreeTableView<LogEntry> table;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    @BeforeEach
    @SuppressWarnings("unchecked")
    void open() {
        lab = Lab.start(LabSettings.defaults().withPort(0));
        vm = new LabViewModel(lab, Texts.bundle(), (delay, action) -> { });
        lab.addListener(new UiBridge(Platform::runLater, vm::apply));
        WindowDriver.fx(() -> {
            FXMLLoader loader = new FXMLLoader(getClass().getResource("/fxml/log.fxml"), Texts.bundle());
            Parent root = loader.load();
            controller = loader.getController();
            controller.bind(vm.log());
            table = (TreeTableView<LogEntry>) root.lookup(".log-table");
            stage.setScene(new Scene(root, 700, 300));
            stage.show();
            return null;
        });
    }

    @AfterEach
    void close() {
        WindowDriver.fx(() -> stage.hide());
        vm.close();
    }

    /** Runs steps that answer at once (Listen before Initialize: an error), each one a log entry. */
    private void addEntries(int count) {
        int target = WindowDriver.fx(() -> vm.log().entries().size()) + count;
        for (int i = 0; i < count; i++) {
            lab.submit(new Step(SocketName.SERVER, Operation.LISTEN));
        }
        assertThat(lab.awaitQuiet(Duration.ofMillis(50), Duration.ofSeconds(WindowDriver.BOUND_SECONDS)))
                .as("the lab went quiet").isTrue();
        waitUntil(target + " entries", () -> vm.log().entries().size() == target);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitUntil(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(WindowDriver.BOUND_SECONDS, TimeUnit.SECONDS,
                    () -> WindowDriver.fx(condition::getAsBoolean));
        } catch (TimeoutException e) {
            throw new AssertionError("waited for " + what, e);
        }
    }

    private VirtualFlow<?> flow() {
        return (VirtualFlow<?>) table.lookup(".virtual-flow");
    }

    /** The index of the first and the last row on screen. */
    private int[] shownRows() {
        return WindowDriver.fx(() -> {
            IndexedCell<?> first = flow().getFirstVisibleCell();
            IndexedCell<?> last = flow().getLastVisibleCell();
            return new int[] {first.getIndex(), last.getIndex()};
        });
    }

    private int lastRow() {
        return WindowDriver.fx(() -> table.getExpandedItemCount() - 1);
    }

    @Test
    void theNewestRowIsShownUnlessTheUserScrolledUp() {
        addEntries(200);
        assertThat(shownRows()[1]).as("the newest of 200 rows is on screen").isEqualTo(lastRow()).isEqualTo(199);
        assertThat(WindowDriver.fx(() -> table.getTreeItem(199).getValue().seq()))
                .isEqualTo(vm.log().entries().get(199).seq());

        WindowDriver.fx(() -> table.scrollTo(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownRows()[0]).isZero();
        addEntries(30);
        assertThat(shownRows()[0]).as("scrolled up: the view stays where the user put it").isZero();
        assertThat(shownRows()[1]).isLessThan(lastRow());

        WindowDriver.fx(() -> table.scrollTo(lastRow()));
        WaitForAsyncUtils.waitForFxEvents();
        addEntries(5);
        assertThat(shownRows()[1]).as("back at the bottom: following again").isEqualTo(lastRow()).isEqualTo(234);
    }

    @Test
    void rowsThatCameWhileScrolledUpAreCountedAndOneClickShowsThem() {
        addEntries(100);
        javafx.scene.control.Button newRows = WindowDriver.fx(() -> (javafx.scene.control.Button) table.getScene()
                .lookup(".log-new-rows"));
        assertThat(WindowDriver.fx(newRows::isVisible)).as("following: nothing waits below").isFalse();
        WindowDriver.fx(() -> table.scrollTo(0));
        WaitForAsyncUtils.waitForFxEvents();
        addEntries(12);
        assertThat(WindowDriver.fx(newRows::isVisible)).isTrue();
        assertThat(WindowDriver.fx(newRows::getText)).isEqualTo("12 new rows below ↓");
        addEntries(1);
        assertThat(WindowDriver.fx(newRows::getText)).isEqualTo("13 new rows below ↓");

        WindowDriver.fx(newRows::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownRows()[1]).as("the newest row is shown").isEqualTo(lastRow()).isEqualTo(112);
        assertThat(WindowDriver.fx(newRows::isVisible)).isFalse();

        WindowDriver.fx(() -> table.scrollTo(0));
        WaitForAsyncUtils.waitForFxEvents();
        addEntries(3);
        assertThat(WindowDriver.fx(newRows::getText)).isEqualTo("3 new rows below ↓");
        WindowDriver.fx(() -> flow().scrollPixels(1e6)); // as the mouse wheel scrolls
        waitUntil("scrolling down by hand clears the count", () -> !newRows.isVisible());
    }

    @Test
    void aBroadcastShowsItsSendsIndentedUnderIt() {
        for (int step = 1; step <= 5; step++) {
            lab.run(StepLanguage.numbered(step).orElseThrow());
        }
        waitUntil("a connection", () -> vm.connectionsProperty().get() == 1);
        WindowDriver.fx(vm.classActions()::broadcast);
        waitUntil("the broadcast in the table", () -> table.getRoot().getChildren().stream()
                .anyMatch(i -> i.getValue().isGroup()));
        WaitForAsyncUtils.waitForFxEvents();
        var group = WindowDriver.fx(() -> table.getRoot().getChildren().stream()
                .filter(i -> i.getValue().isGroup()).findFirst().orElseThrow());
        assertThat(group.isExpanded()).as("expanded by default").isTrue();
        assertThat(group.getChildren()).extracting(i -> i.getValue().socket()).containsExactly("worker1");
        assertThat(WindowDriver.fx(() -> table.getTreeColumn().getStyleClass())).contains("log-what");
        var rows = WindowDriver.fx(() -> table.lookupAll(".tree-table-row-cell").stream()
                .filter(n -> n instanceof TreeTableRow<?> r && r.getItem() != null)
                .map(n -> (TreeTableRow<?>) n).toList());
        var groupRow = rows.stream().filter(r -> r.getStyleClass().contains("log-group")).findFirst().orElseThrow();
        var childRow = rows.stream().filter(r -> r.getStyleClass().contains("log-child")).findFirst().orElseThrow();
        assertThat(childRow.getIndex()).as("the send right under its broadcast").isEqualTo(groupRow.getIndex() + 1);
        assertThat(WindowDriver.fx(() -> table.getTreeItemLevel(table.getTreeItem(childRow.getIndex()))))
                .as("indented one level deeper").isEqualTo(2);
    }

    @Test
    void theTimeIsNeverCutEvenWhenZoomed() {
        addEntries(3);
        // wide enough for the time at this size (a narrower log folds the time's column rather than cut it)
        WindowDriver.fx(() -> {
            table.getScene().getWindow().setWidth(1200);
            table.getParent().setStyle("-fx-font-size: 26px;");
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        var cells = WindowDriver.fx(() -> table.lookupAll(".log-time").stream()
                .filter(n -> n instanceof TreeTableCell<?, ?> c && c.getText() != null && !c.getText().isEmpty()).toList());
        assertThat(cells).isNotEmpty();
        for (Node n : cells) {
            TreeTableCell<?, ?> cell = (TreeTableCell<?, ?>) n;
            String shown = WindowDriver.fx(() -> ((Text) cell.lookup(".text")).getText());
            assertThat(shown).as("the time as the cell draws it").isEqualTo(cell.getText()).matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3}");
        }
    }

    /** What happened may be cut in a narrow log: each such cell shows its whole text on hover. */
    @Test
    void whatHappenedShowsWholeOnHover() {
        addEntries(3);
        var cells = WindowDriver.fx(() -> table.lookupAll(".log-what").stream()
                .filter(n -> n instanceof TreeTableCell<?, ?> c && c.getText() != null && !c.getText().isEmpty())
                .map(n -> (TreeTableCell<?, ?>) n).toList());
        assertThat(cells).isNotEmpty();
        for (TreeTableCell<?, ?> cell : cells) {
            assertThat(WindowDriver.fx(() -> cell.getTooltip() == null ? null : cell.getTooltip().getText()))
                    .as("the tooltip of %s", cell.getText()).isEqualTo(cell.getText()).contains("listen → ERROR");
        }
    }

    @Test
    void saveWritesTheLogAsUtf8(@TempDir Path dir) throws IOException {
        addEntries(3);
        Path csv = dir.resolve("log.csv");
        assertThat(WindowDriver.fx(() -> controller.saveTo(csv, LogFormat.CSV))).isTrue();
        String written = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(written).isEqualTo(WindowDriver.fx(() -> vm.log().export(LogFormat.CSV)))
                .startsWith("#,Time,Socket,Step or notification,Thread\r\n").contains("listen → ERROR");
        assertThat(written.split("\r\n")).hasSize(4);
        Path tsv = dir.resolve("log.tsv");
        assertThat(WindowDriver.fx(() -> controller.saveTo(tsv, LogFormat.TSV))).isTrue();
        assertThat(Files.readString(tsv, StandardCharsets.UTF_8)).startsWith("#\tTime\t");
        assertThat(WindowDriver.fx(() -> ((Label) table.getScene().lookup(".log-save-status")).getText()))
                .contains("log.tsv");

        assertThat(WindowDriver.fx(() -> controller.saveTo(dir, LogFormat.CSV))).as("a directory is no file").isFalse();
        assertThat(WindowDriver.fx(() -> table.getScene().lookup(".log-save-status").getStyleClass()))
                .contains("log-save-error");
    }
}
