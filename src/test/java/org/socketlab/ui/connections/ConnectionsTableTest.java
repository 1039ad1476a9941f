package org.socketlab.ui.connections;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socketlab.ui.window.TableSight;
import org.socketlab.ui.window.WindowDriver;
import org.socketlab.ui.window.WindowTestBase;
import org.testfx.api.FxRobot;

/**
 * A classroom server: 30 raw sockets connect to a server-only window, which shows its workers as a
 * connections table; a row follows its connection, and the selected row opens as the worker's card.
 */
class ConnectionsTableTest extends WindowTestBase {
    private static final int CONNECTIONS = 30;
    private static final int SENT = 700;
    private static final int MORE = 300;
    private final List<Socket> peers = new ArrayList<>();

    @AfterEach
    void closePeers() throws IOException {
        for (Socket s : peers) {
            s.close();
        }
    }

    private TableView<ConnectionRow> workersTable() {
        return TableSight.workers(ui);
    }

    /** The table row showing this worker, if it is in sight. */
    private TableRow<ConnectionRow> shownRow(String worker) {
        return TableSight.shownRow(workersTable(), worker);
    }

    /** Whether this worker's row is on screen from its top to its bottom, inside the table's scrolling part. */
    private boolean wholeInSight(String worker) {
        return TableSight.wholeInSight(workersTable(), worker);
    }

    /** The tooltip of this worker's cell in the column {@code col-<column>} ("" when none). */
    private String tooltip(String worker, String column) {
        cell(worker, column); // scrolls it into sight
        return WindowDriver.fx(() -> {
            for (Node n : shownRow(worker).getChildrenUnmodifiable()) {
                if (n instanceof TableCell<?, ?> c && ("col-" + column).equals(c.getTableColumn().getId())) {
                    return c.getTooltip() == null ? "" : c.getTooltip().getText();
                }
            }
            throw new IllegalStateException("no column " + column);
        });
    }

    /** What the cell of this worker's row shows in the column {@code col-<column>}, scrolled into sight. */
    private String cell(String worker, String column) {
        return WindowDriver.fx(() -> {
            TableView<ConnectionRow> table = workersTable();
            if (shownRow(worker) == null) {
                table.scrollTo(table.getItems().stream()
                        .filter(r -> r.name().toString().equals(worker)).findFirst().orElseThrow());
                table.layout(); // the cells of the rows now in sight
            }
            for (Node n : shownRow(worker).getChildrenUnmodifiable()) {
                if (n instanceof TableCell<?, ?> c && ("col-" + column).equals(c.getTableColumn().getId())) {
                    return c.getText();
                }
            }
            throw new IllegalStateException("no column " + column);
        });
    }

    /**
     * A lab of a few sockets (the seed's steps 1–7, as most lessons) never loads the tables' view, so the
     * window's start does not wait for it (docs/performance.md); the test below sees a class load the workers'.
     */
    @Test
    void aLabOfAFewSocketsNeverBuildsTheTables() {
        for (int step = 1; step <= 7; step++) {
            int n = step;
            WindowDriver.fx(() -> ui.window.model().runNumbered(n));
        }
        ui.waitForCounter("client1", "receive", "1");
        ui.settle();
        for (String table : List.of("#workers-table", "#clients-table")) {
            assertThat(WindowDriver.fx(() -> ui.window.root().lookup(table))).as(table + " after 1–7").isNull();
        }
    }

    @Test
    void thirtyConnectionsShowAsRowsAndTheSelectedRowAsItsCard(FxRobot robot) throws IOException {
        TableSight.acceptClass(ui, CONNECTIONS, peers);
        TableView<ConnectionRow> table = workersTable();
        assertThat(WindowDriver.fx(table::isVisible)).as("the table, not 30 cards").isTrue();
        assertThat(ui.hasPanel("worker1")).as("no card before a row is selected").isFalse();
        assertThat(WindowDriver.fx(() -> table.getItems().size())).isEqualTo(CONNECTIONS);
        // the scroll lands at the next layout pulse, which settle() does not wait for
        ui.waitUntil("the newest row scrolled wholly into sight", () -> wholeInSight("worker" + CONNECTIONS));
        for (int i = 1; i <= CONNECTIONS; i++) {
            assertThat(cell("worker" + i, "peer")).as("worker%d's peer", i)
                    .isEqualTo("127.0.0.1:" + peers.get(i - 1).getLocalPort());
            assertThat(cell("worker" + i, "state")).isEqualTo("connected");
        }

        int k = 17;
        OutputStream out = peers.get(k - 1).getOutputStream();
        out.write(new byte[SENT]);
        out.flush();
        ui.waitUntil("OnReceive 1 in worker17's row", () -> "1".equals(cell("worker" + k, "receive")));
        ui.waitUntil("the changed row lit", () -> shownRow("worker" + k).getPseudoClassStates()
                .contains(javafx.css.PseudoClass.getPseudoClass("flash")));
        assertThat(cell("worker" + (k + 1), "receive")).isEqualTo("0");

        robot.clickOn(shownRow("worker" + k));
        ui.waitUntil("worker17's card", () -> ui.hasPanel("worker" + k));
        assertThat(ui.counter("worker" + k, "receive")).isEqualTo("1");
        assertThat(ui.counter("worker" + k, "send")).isEqualTo("1");
        robot.clickOn(ui.reveal(ui.button("worker" + k, "receive")));
        ui.waitUntil("bytes in = " + SENT, () -> String.valueOf(SENT).equals(cell("worker" + k, "in")));
        assertThat(tooltip("worker" + k, "in")).isEqualTo(SENT + " bytes returned by 1 Receive");
        assertThat(cell("worker" + k, "out")).isEqualTo("0");
        assertThat(tooltip("worker" + k, "out")).as("no Send yet: nothing to say").isEmpty();
        assertThat(cell("worker" + k, "data")).isEqualTo("·".repeat(24) + "…");
        assertThat(tooltip("worker" + k, "data")).as("the dots' bytes on hover")
                .isEqualTo("The last chunk received, as hex (first 64 bytes): " + "00 ".repeat(63) + "00 …");

        out.write(new byte[MORE]);
        out.flush();
        ui.waitUntil("OnReceive 2 in worker17's row", () -> "2".equals(cell("worker" + k, "receive")));
        robot.clickOn(ui.reveal(ui.button("worker" + k, "receive")));
        ui.waitUntil("a second Receive counted", () -> cell("worker" + k, "in").endsWith("(2×)"));
        assertThat(cell("worker" + k, "in")).as("the bytes and, once several, the Receives that returned them")
                .isEqualTo(String.format("%,d (2×)", SENT + MORE));
        assertThat(tooltip("worker" + k, "in")).isEqualTo(String.format("%,d bytes returned by 2 Receives", SENT + MORE));

        robot.clickOn(shownRow("worker" + k)).type(KeyCode.DOWN);
        ui.waitUntil("the next row's card", () -> ui.hasPanel("worker" + (k + 1)));
        assertThat(ui.hasPanel("worker" + k)).as("one card: the one of the selected row").isFalse();
        assertThat(ui.counter("worker" + (k + 1), "receive")).isEqualTo("0");
    }
}
