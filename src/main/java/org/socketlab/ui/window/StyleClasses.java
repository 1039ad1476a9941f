package org.socketlab.ui.window;

import javafx.scene.Node;

/** Keeps exactly one style class of a family (e.g. {@code outcome-*}) on a node. */
public final class StyleClasses {
    private StyleClasses() {
    }

    public static void swap(Node node, String prefix, String styleClass) {
        node.getStyleClass().removeIf(c -> c.startsWith(prefix));
        node.getStyleClass().add(styleClass);
    }
}
