package org.socketlab.ui.window;

import java.io.IOException;
import java.net.Socket;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.socketlab.engine.Role;
import org.socketlab.engine.SocketName;
import org.socketlab.engine.SocketState;
import org.socketlab.ui.connections.ConnectionRow;

/**
 * A class in the window and where its connections table's rows are: which row shows a socket, and whether all
 * of it is in sight.
 */
public final class TableSight {
    private TableSight() {
    }

    /**
     * A class: the lab as a server alone, Initialized and Listening, {@code count} plain sockets connected
     * to it (added to {@code students}, for the caller to close) and each accepted by key 5's action, one
     * worker at a time.
     */
    public static void acceptClass(WindowDriver ui, int count, List<Socket> students) throws IOException {
        WindowDriver.fx(() -> ui.window.model().settings().roleProperty().set(Role.SERVER));
        ui.waitUntil("a server-only lab", () -> ui.lab.settings().role() == Role.SERVER);
        WindowDriver.fx(() -> ui.window.model().runNumbered(1));
        WindowDriver.fx(() -> ui.window.model().runNumbered(2));
        ui.waitUntil("the server listening", () -> ui.lab.snapshot().socket(SocketName.SERVER)
                .map(v -> v.state() == SocketState.LISTENING).orElse(false));
        String local = ui.lab.snapshot().socket(SocketName.SERVER).orElseThrow().local();
        int port = Integer.parseInt(local.substring(local.lastIndexOf(':') + 1));
        for (int i = 0; i < count; i++) {
            students.add(new Socket("127.0.0.1", port));
        }
        for (int i = 1; i <= count; i++) {
            WindowDriver.fx(() -> ui.window.model().runNumbered(5));
            int workers = i;
            ui.waitUntil("worker" + i, () -> ui.window.model().workers().size() == workers);
        }
        ui.settle();
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
