package org.socketlab.ui.window;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.socketlab.ui.connections.ConnectionRow;

/** Where a connections table's rows are: which row shows a socket, and whether all of it is in sight. */
public final class TableSight {
    private TableSight() {
    }

    /** The connections table of the workers (#workers-table). */
    @SuppressWarnings("unchecked")
    public static TableView<ConnectionRow> workers(WindowDriver ui) {
        return (TableView<ConnectionRow>) ui.control("workers-table");
    }

    /** The table row showing this socket ("worker17"), if it is in sight. */
    @SuppressWarnings("unchecked")
    public static TableRow<ConnectionRow> shownRow(TableView<ConnectionRow> table, String socket) {
        return WindowDriver.fx(() -> table.lookupAll(".table-row-cell").stream()
                .map(n -> (TableRow<ConnectionRow>) n)
                .filter(r -> r.getItem() != null && r.isVisible() && r.getItem().name().toString().equals(socket))
                .findFirst().orElse(null));
    }

    /** Whether this socket's row is on screen from its top to its bottom, inside the table's scrolling part. */
    public static boolean wholeInSight(TableView<ConnectionRow> table, String socket) {
        return WindowDriver.fx(() -> {
            TableRow<ConnectionRow> row = shownRow(table, socket);
            Node flow = table.lookup(".virtual-flow");
            Node clip = table.lookup(".clipped-container");
            if (row == null || flow == null || clip == null) {
                return false;
            }
            Bounds shown = clip.localToScreen(clip.getLayoutBounds());
            Bounds bounds = row.localToScreen(row.getLayoutBounds());
            return bounds.getMinY() >= shown.getMinY() - 0.5 && bounds.getMaxY() <= shown.getMaxY() + 0.5;
        });
    }
}
