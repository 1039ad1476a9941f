package org.socketlab.ui.kernel;

import java.util.List;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.socketlab.ui.window.ColumnFit;
import org.socketlab.ui.window.Showing;

/**
 * The Kernel tab: binds the table to the kernel's rows, updated while the tab shows; after-close and queued rows get
 * their own looks.
 */
public final class KernelController {
    @FXML
    private Label source;
    @FXML
    private TableView<KernelRow> table;
    @FXML
    private TableColumn<KernelRow, String> who;
    @FXML
    private TableColumn<KernelRow, String> state;
    @FXML
    private TableColumn<KernelRow, String> sendq;
    @FXML
    private TableColumn<KernelRow, String> recvq;
    @FXML
    private TableColumn<KernelRow, String> note;
    @FXML
    private TableColumn<KernelRow, String> addresses;

    public void bind(KernelViewModel kernel) {
        table.setId("kernel-table");
        source.textProperty().bind(kernel.sourceProperty());
        column(who, KernelRow::who);
        column(state, KernelRow::stateText);
        column(sendq, KernelRow::sendQueue);
        column(recvq, KernelRow::recvQueue);
        column(note, KernelRow::note);
        column(addresses, KernelRow::addresses);
        showRowsWhileShowing(kernel);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(KernelRow row, boolean empty) {
                super.updateItem(row, empty);
                boolean shown = !empty && row != null;
                // a style class taken off and put back costs the row a CSS pass and a layout: only on a change
                mark(this, "kernel-row-after-close", shown && row.kind() == KernelRow.Kind.AFTER_CLOSE);
                mark(this, "kernel-row-queued", shown && row.kind() == KernelRow.Kind.QUEUED);
                mark(this, "kernel-row-moving", shown && row.state().isTransitional());
            }
        });
        // Every column always shows, sized in em; the narrow side pane scrolls sideways to the addresses.
        ColumnFit.fit(table, List.of(who, state, recvq, sendq, note, addresses), 6, source.fontProperty());
    }

    /**
     * The table lists the kernel's rows while it can be seen, and catches up when it shows again: a view of a
     * connection in TIME_WAIT is sampled 4 times a second and its seconds left change every second, which
     * would lay out the table on its unselected tab each time; nor are the rows put into words (a class has
     * hundreds). A row that did not change is left as it is.
     */
    private void showRowsWhileShowing(KernelViewModel kernel) {
        ObservableList<KernelRow> shown = FXCollections.observableArrayList();
        table.setItems(shown);
        ReadOnlyBooleanProperty showing = Showing.of(table);
        InvalidationListener sync = o -> {
            if (showing.get()) {
                update(shown, kernel.rows());
            }
        };
        table.getProperties().put(KernelController.class, sync); // lives as long as the table: the window's
        kernel.viewProperty().addListener(new WeakInvalidationListener(sync)); // view model may outlive it
        showing.addListener(sync);
        update(shown, kernel.rows());
    }

    /** Makes {@code shown} equal to {@code rows}, replacing only the rows that differ. */
    private static void update(List<KernelRow> shown, List<KernelRow> rows) {
        if (shown.size() > rows.size()) {
            shown.subList(rows.size(), shown.size()).clear();
        }
        for (int i = 0; i < rows.size(); i++) {
            if (i >= shown.size()) {
                shown.addAll(rows.subList(i, rows.size()));
                break;
            }
            if (!shown.get(i).equals(rows.get(i))) {
                shown.set(i, rows.get(i));
            }
        }
    }

    private static void mark(Node node, String styleClass, boolean on) {
        if (on != node.getStyleClass().contains(styleClass)) {
            if (on) {
                node.getStyleClass().add(styleClass);
            } else {
                node.getStyleClass().remove(styleClass);
            }
        }
    }

    private static void column(TableColumn<KernelRow, String> column, Function<KernelRow, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setSortable(false);
    }
}
