package org.socketlab.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.socketlab.ui.model.KernelRow;
import org.socketlab.ui.model.KernelViewModel;

/** The Kernel tab: binds the table to the kernel's rows; after-close and queued rows get their own looks. */
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
        table.setItems(kernel.rows());
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(KernelRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("kernel-row-after-close", "kernel-row-queued", "kernel-row-moving");
                if (!empty && row != null) {
                    if (row.kind() == KernelRow.Kind.AFTER_CLOSE) {
                        getStyleClass().add("kernel-row-after-close");
                    } else if (row.kind() == KernelRow.Kind.QUEUED) {
                        getStyleClass().add("kernel-row-queued");
                    }
                    if (row.state().isTransitional()) {
                        getStyleClass().add("kernel-row-moving");
                    }
                }
            }
        });
        // Every column always shows, sized in em; the narrow side pane scrolls sideways to the addresses.
        ColumnFit.fit(table, java.util.List.of(who, state, recvq, sendq, note, addresses), 6, source.fontProperty());
    }

    private static void column(TableColumn<KernelRow, String> column, Function<KernelRow, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setSortable(false);
    }
}
