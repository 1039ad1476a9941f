package org.socketlab.ui.window;

import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import org.controlsfx.control.SegmentedButton;

/**
 * A tooltip made the first time the pointer enters its node. Each tooltip is a popup window with a scene of its
 * own, and a window of cards carries a few dozen at its start, most never hovered: made at once, they cost the
 * start its time. Once made, it behaves as any tooltip (it shows after the pointer rests on the node). A view's
 * FXML gives a node's tooltip as its {@code accessibleHelp} (what a screen reader reads as the node's help), and
 * {@link #fromAccessibleHelp} makes each one lazily. A tooltip shows only while it has text.
 */
public final class LazyTooltip {
    private LazyTooltip() {
    }

    /**
     * Gives every node under {@code root} (itself included) that has an accessible help text, and no tooltip yet,
     * that text as its lazy tooltip. Looks into toolbars' items and segmented buttons' buttons, which are not yet
     * children before their skins are made.
     */
    public static void fromAccessibleHelp(Node root) {
        String help = root.getAccessibleHelp();
        if (help != null && !help.isEmpty() && !(root instanceof Control c && c.getTooltip() != null)) {
            install(root, () -> new Tooltip(help));
        }
        if (root instanceof ToolBar bar) {
            bar.getItems().forEach(LazyTooltip::fromAccessibleHelp);
        } else if (root instanceof SegmentedButton segments) {
            segments.getButtons().forEach(LazyTooltip::fromAccessibleHelp);
        } else if (root instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(LazyTooltip::fromAccessibleHelp);
        }
    }

    /** Gives {@code node} the tooltip {@code make} makes, when the pointer first enters it (once per node). */
    public static void install(Node node, Supplier<Tooltip> make) {
        if (node.getProperties().putIfAbsent(LazyTooltip.class, make) != null) {
            return;
        }
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                Tooltip tip = make.get();
                ShownWhileItHasText shown = new ShownWhileItHasText(node, tip);
                shown.invalidated(tip.textProperty());
                tip.textProperty().addListener(shown);
            }
        });
    }

    /**
     * A tooltip without text would show as an empty box (a step not yet taken has no answer to tell): the node
     * has its tooltip only while the tooltip has text.
     */
    private static final class ShownWhileItHasText implements InvalidationListener {
        private final Node node;
        private final Tooltip tip;
        private boolean installed;

        ShownWhileItHasText(Node node, Tooltip tip) {
            this.node = node;
            this.tip = tip;
        }

        @Override
        public void invalidated(Observable text) {
            boolean hasText = tip.getText() != null && !tip.getText().isEmpty();
            if (hasText == installed) {
                return;
            }
            installed = hasText;
            if (node instanceof Control control) {
                control.setTooltip(hasText ? tip : null);
            } else if (hasText) {
                Tooltip.install(node, tip);
            } else {
                Tooltip.uninstall(node, tip);
            }
        }
    }
}
