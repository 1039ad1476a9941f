package org.socketlab.ui.window;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Whether a node can be seen: it is in the scene of a window that shows, and it and every one of its parents
 * are visible (a side-pane tab that is not selected hides its content; a closed window shows nothing). A
 * view that is not seen can leave its controls alone and catch up once it shows, so a hidden table is
 * neither updated nor laid out.
 */
public final class Showing {
    private final Node node;
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper();
    private final List<Node> chain = new ArrayList<>();
    private final InvalidationListener recheck = o -> recheck();
    private Scene scene;
    private Window window;

    private Showing(Node node) {
        this.node = node;
        node.sceneProperty().addListener(recheck);
        recheck();
    }

    /** True while {@code node} is in a showing window's scene and it and all its parents are visible. */
    public static ReadOnlyBooleanProperty of(Node node) {
        return new Showing(node).showing.getReadOnlyProperty();
    }

    /** Follows the node's parents again (a parent or a visibility changed): rare, so it rebuilds the chain. */
    private void recheck() {
        for (Node n : chain) {
            n.visibleProperty().removeListener(recheck);
            n.parentProperty().removeListener(recheck);
        }
        chain.clear();
        follow(node.getScene());
        boolean visible = window != null && window.isShowing();
        for (Node n = node; n != null; n = n.getParent()) {
            chain.add(n);
            n.visibleProperty().addListener(recheck);
            n.parentProperty().addListener(recheck);
            visible &= n.isVisible();
        }
        showing.set(visible);
    }

    /** Follows the scene's window, and whether that window shows. */
    private void follow(Scene now) {
        if (scene != null) {
            scene.windowProperty().removeListener(recheck);
        }
        if (window != null) {
            window.showingProperty().removeListener(recheck);
        }
        scene = now;
        window = now == null ? null : now.getWindow();
        if (scene != null) {
            scene.windowProperty().addListener(recheck);
        }
        if (window != null) {
            window.showingProperty().addListener(recheck);
        }
    }
}
