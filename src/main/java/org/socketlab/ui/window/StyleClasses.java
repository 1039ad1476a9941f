package org.socketlab.ui.window;

import javafx.collections.ObservableList;
import javafx.scene.Node;

/**
 * Keeps exactly one style class of a family (e.g. {@code outcome-*}) on a node. Every change of a node's style
 * classes makes JavaFX match the node against the whole stylesheet again, at once: the class is left alone
 * when it is already there (a card's outcome stays "ok" through most answers) and replaced in one change,
 * not removed and added.
 */
public final class StyleClasses {
    private StyleClasses() {
    }

    public static void swap(Node node, String prefix, String styleClass) {
        ObservableList<String> classes = node.getStyleClass();
        int at = -1;
        int members = 0;
        for (int i = 0; i < classes.size(); i++) {
            if (classes.get(i).startsWith(prefix)) {
                at = i;
                members++;
            }
        }
        if (members == 1) {
            if (!classes.get(at).equals(styleClass)) {
                classes.set(at, styleClass);
            }
            return;
        }
        classes.removeIf(c -> c.startsWith(prefix));
        classes.add(styleClass);
    }
}
