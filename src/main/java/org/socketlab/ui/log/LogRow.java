package org.socketlab.ui.log;

import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableRow;

/** A row of the event log, marked {@code log-group} for a group (a broadcast) and {@code log-child} for its members. */
final class LogRow extends TreeTableRow<LogEntry> {
    @Override
    protected void updateItem(LogEntry item, boolean empty) {
        super.updateItem(item, empty);
        TreeItem<LogEntry> treeItem = getTreeItem();
        boolean child = !empty && treeItem != null && treeItem.getParent() != null
                && treeItem.getParent().getParent() != null;
        mark("log-group", !empty && item != null && item.isGroup());
        mark("log-child", child);
    }

    private void mark(String styleClass, boolean on) {
        if (!on) {
            getStyleClass().remove(styleClass);
        } else if (!getStyleClass().contains(styleClass)) {
            getStyleClass().add(styleClass);
        }
    }
}
