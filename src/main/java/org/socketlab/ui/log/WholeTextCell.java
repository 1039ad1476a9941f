package org.socketlab.ui.log;

import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableCell;

/**
 * A cell whose text may be cut to fit its column (what happened, in the narrow side pane): on hover it
 * shows the whole text.
 */
final class WholeTextCell<S> extends TreeTableCell<S, String> {
    private final Tooltip whole = new Tooltip();

    WholeTextCell() {
        whole.setWrapText(true);
        whole.setMaxWidth(640);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        boolean none = empty || item == null || item.isEmpty();
        setText(empty ? null : item);
        whole.setText(none ? "" : item);
        setTooltip(none ? null : whole);
    }
}
