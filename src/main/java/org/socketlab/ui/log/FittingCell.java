package org.socketlab.ui.log;

import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.text.Text;

/**
 * A cell whose text must never be cut (a number, a time of day): its column grows to the widest text it
 * showed, measured in the cell's own font, so zoom cannot turn "04:11:33.512" into "04:11:33…".
 */
final class FittingCell<S> extends TreeTableCell<S, String> {
    /** Room for rounding and the cell's focus border, in pixels. */
    private static final double SLACK = 4;

    FittingCell() {
        fontProperty().addListener(o -> fit());
        insetsProperty().addListener(o -> fit());
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty ? null : item);
        fit();
    }

    private void fit() {
        TreeTableColumn<S, String> column = getTableColumn();
        String text = getText();
        if (column == null || text == null || text.isEmpty()) {
            return;
        }
        Text probe = new Text(text);
        probe.setFont(getFont());
        double needed = Math.ceil(probe.getLayoutBounds().getWidth() + snappedLeftInset() + snappedRightInset() + SLACK);
        if (column.getMinWidth() < needed) {
            column.setMinWidth(needed);
        }
        if (column.getPrefWidth() < needed) {
            column.setPrefWidth(needed);
        }
    }
}
