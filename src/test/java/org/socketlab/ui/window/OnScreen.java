package org.socketlab.ui.window;

import java.util.Locale;
import java.util.Optional;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * Whether a node can be seen where it is, without scrolling: it and every ancestor are visible, it has
 * a size, it lies inside the scene, inside the viewport of every scroll pane around it and inside every
 * clip; a label's text is shown whole (not cut to "…"). Call on the FX thread. Each check answers with
 * what is wrong, naming the node, its bounds in the scene and the area it should lie in, or nothing.
 */
public final class OnScreen {
    /** Half a pixel: layout snaps to pixels, a node flush with its viewport's edge is inside it. */
    private static final double SLACK = 0.5;

    private OnScreen() {
    }

    /** What keeps the whole node from being seen, or empty when all of it is visible. */
    public static Optional<String> problem(String name, Node node) {
        if (node == null) {
            return Optional.of(name + " is missing");
        }
        return problem(name, node, node.localToScene(node.getLayoutBounds()));
    }

    /** What keeps an area of the node (in scene coordinates) from being seen, or empty. */
    public static Optional<String> problem(String name, Node node, Bounds area) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return Optional.of(name + " is hidden" + (n == node ? "" : ": its ancestor " + describe(n)
                        + " is not visible"));
            }
        }
        if (area.getWidth() <= 0 || area.getHeight() <= 0) {
            return Optional.of(name + " has no size: " + show(area));
        }
        Scene scene = node.getScene();
        if (scene == null) {
            return Optional.of(name + " is in no scene");
        }
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll) {
                Bounds view = viewport(scroll);
                if (!inside(area, view)) {
                    return Optional.of(String.format(Locale.ROOT,
                            "%s at %s lies outside the viewport %s of the scroll pane %s (scrolled h %.2f, v %.2f;"
                                    + " content %s)", name, show(area), show(view), describe(scroll),
                            scroll.getHvalue(), scroll.getVvalue(),
                            scroll.getContent() == null ? "none" : show(scroll.getContent().getLayoutBounds())));
                }
            }
            boolean scrollViewport = n.getParent() instanceof ScrollPane && n.getStyleClass().contains("viewport");
            if (n.getClip() != null && !scrollViewport) { // a scroll pane's own clip: said below, with its scrolling
                Bounds clip = n.localToScene(n.getClip().getBoundsInParent());
                if (!inside(area, clip)) {
                    return Optional.of(name + " at " + show(area) + " is cut by the clip " + show(clip) + " of "
                            + describe(n));
                }
            }
        }
        Bounds sceneArea = new BoundingBox(0, 0, scene.getWidth(), scene.getHeight());
        if (!inside(area, sceneArea)) {
            return Optional.of(name + " at " + show(area) + " lies outside the scene " + show(sceneArea));
        }
        return Optional.empty();
    }

    /** Whether a label's, button's or badge's text shows whole: not cut to "…", not squeezed below its height. */
    public static Optional<String> cut(String name, Labeled labeled) {
        String text = labeled.getText() == null ? "" : labeled.getText();
        String expected = labeled.isMnemonicParsing() ? withoutMnemonic(text) : text;
        if (expected.isEmpty()) {
            return Optional.empty();
        }
        Text shown = labeled.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(Text.class::cast)
                .findFirst().orElse(null);
        if (shown == null || !shown.isVisible()) {
            return Optional.of(name + " shows none of its text \"" + expected + "\"");
        }
        if (!expected.equals(shown.getText())) {
            return Optional.of(name + " is cut: it shows \"" + shown.getText() + "\" of \"" + expected + "\" in "
                    + show(labeled.localToScene(labeled.getLayoutBounds())));
        }
        double needed = labeled.prefHeight(labeled.getWidth());
        if (labeled.isWrapText() && labeled.getHeight() + SLACK < needed) {
            return Optional.of(String.format(Locale.ROOT, "%s is cut: its text needs %.1f px of height at width "
                    + "%.1f, it has %.1f", name, needed, labeled.getWidth(), labeled.getHeight()));
        }
        return Optional.empty();
    }

    /**
     * The area, in the scene, of a wrapped label's top: its top padding and its first {@code lines} lines
     * of text at its font (the whole label when it has fewer lines).
     */
    public static Bounds firstLines(Region label, javafx.scene.text.Font font, int lines) {
        Text probe = new Text("Xg");
        probe.setFont(font);
        double line = probe.getLayoutBounds().getHeight();
        Insets in = label.getInsets();
        double h = Math.min(label.getHeight(), in.getTop() + lines * line);
        return label.localToScene(new BoundingBox(0, 0, label.getWidth(), h));
    }

    /** The visible part of a scroll pane's content, in scene coordinates (its viewport, without scroll bars). */
    public static Bounds viewport(ScrollPane scroll) {
        for (Node child : scroll.getChildrenUnmodifiable()) {
            if (child.getStyleClass().contains("viewport")) {
                return child.localToScene(child.getLayoutBounds());
            }
        }
        // no skin yet: the viewport's size, placed at the scroll pane's padding
        Bounds v = scroll.getViewportBounds();
        Insets in = scroll.getInsets();
        return scroll.localToScene(new BoundingBox(in.getLeft(), in.getTop(), v.getWidth(), v.getHeight()));
    }

    public static String show(Bounds b) {
        return String.format(Locale.ROOT, "[x %.1f..%.1f, y %.1f..%.1f (%.1f×%.1f)]", b.getMinX(), b.getMaxX(),
                b.getMinY(), b.getMaxY(), b.getWidth(), b.getHeight());
    }

    public static String describe(Node n) {
        String id = n.getId() == null ? "" : "#" + n.getId();
        String classes = n.getStyleClass().isEmpty() ? "" : "." + String.join(".", n.getStyleClass());
        return n.getClass().getSimpleName() + id + classes;
    }

    private static boolean inside(Bounds area, Bounds room) {
        return area.getMinX() >= room.getMinX() - SLACK && area.getMinY() >= room.getMinY() - SLACK
                && area.getMaxX() <= room.getMaxX() + SLACK && area.getMaxY() <= room.getMaxY() + SLACK;
    }

    /** The text a mnemonic-parsing control shows: without the first underscore ("__" shows one). */
    private static String withoutMnemonic(String text) {
        int at = text.indexOf('_');
        return at < 0 || at == text.length() - 1 ? text : text.substring(0, at) + text.substring(at + 1);
    }

    /** The labels and buttons inside a node, the node itself included, that show text. */
    public static java.util.List<Labeled> labeledIn(Node node) {
        java.util.List<Labeled> all = new java.util.ArrayList<>();
        collect(node, all);
        return all;
    }

    private static void collect(Node node, java.util.List<Labeled> into) {
        if (node instanceof Labeled l && node.isVisible()) {
            into.add(l);
        }
        if (node instanceof Parent p && !(node instanceof Labeled)) {
            for (Node child : p.getChildrenUnmodifiable()) {
                if (child.isVisible()) {
                    collect(child, into);
                }
            }
        }
    }
}
