package org.socketlab.ui.log;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;

/**
 * Mirrors the log's entries as tree items under a hidden root: one item per entry, a group's children
 * under it, expanded. A group that grows keeps its item (and whether the user folded it).
 */
final class LogTree {
    private LogTree() {
    }

    /** A root with an item for each entry. */
    static TreeItem<LogEntry> rootFor(List<LogEntry> entries) {
        TreeItem<LogEntry> root = new TreeItem<>();
        root.setExpanded(true);
        entries.forEach(e -> root.getChildren().add(itemFor(e)));
        return root;
    }

    /** Applies a change of the entries to the root's items. */
    static void mirror(ListChangeListener.Change<? extends LogEntry> c, TreeItem<LogEntry> root) {
        ObservableList<TreeItem<LogEntry>> items = root.getChildren();
        while (c.next()) {
            int from = c.getFrom();
            if (c.wasPermutated()) {
                for (int i = from; i < c.getTo(); i++) {
                    items.set(i, itemFor(c.getList().get(i)));
                }
            } else if (c.wasReplaced() && c.getRemovedSize() == c.getAddedSize()) {
                for (int i = from; i < c.getTo(); i++) {
                    update(items.get(i), c.getList().get(i));
                }
            } else {
                items.remove(from, from + c.getRemovedSize());
                items.addAll(from, c.getAddedSubList().stream().map(LogTree::itemFor).toList());
            }
        }
    }

    private static TreeItem<LogEntry> itemFor(LogEntry entry) {
        TreeItem<LogEntry> item = new TreeItem<>();
        item.setExpanded(true);
        update(item, entry);
        return item;
    }

    /**
     * Gives the item the entry and its children. A group that only grew keeps its children's items and
     * gets items for the new ones alone: a burst of notifications in one group stays linear.
     */
    private static void update(TreeItem<LogEntry> item, LogEntry entry) {
        item.setValue(entry);
        ObservableList<TreeItem<LogEntry>> shown = item.getChildren();
        List<LogEntry> children = entry.children();
        int kept = 0;
        while (kept < shown.size() && kept < children.size() && shown.get(kept).getValue().equals(children.get(kept))) {
            kept++;
        }
        if (kept < shown.size()) {
            shown.remove(kept, shown.size());
        }
        if (kept < children.size()) {
            shown.addAll(children.subList(kept, children.size()).stream().map(TreeItem::new).toList());
        }
    }
}
