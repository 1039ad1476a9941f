package org.socketlab.ui.window;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToolBar;
import javafx.scene.control.skin.ToolBarSkin;
import javafx.scene.layout.Region;

/**
 * A toolbar skin that splits its items between the bar and the overflow menu (») again whenever what
 * they need changes. JavaFX's own skin splits them only when the bar's width changes or items are added
 * or removed, so an item that grows where it stands (the zoom's "200 %", F5's longer "Leave
 * presentation", the larger type of zoom and presentation mode) or items that hide or show (F5 folds the
 * settings away) kept the old split: the grown items ran under the » button, which was drawn over
 * their text, or the freed room stayed empty while items sat in the menu.
 *
 * <p>Before each layout it compares what the split depends on — each item's preferred width and
 * whether it takes room, the bar's insets — with what it was at the last split, and on a difference
 * makes the skin split again (the public way: the item list changes, which is what the skin listens
 * to). Layout runs after CSS, so the widths compared are the ones about to be drawn.
 */
final class RefittingToolBarSkin extends ToolBarSkin {
    /** Never shown and never taking room: added to the items and taken away again, to ask for a split. */
    private final Region nudge = new Region();
    private List<Double> splitFor = List.of();

    RefittingToolBarSkin(ToolBar bar) {
        super(bar);
        nudge.setManaged(false);
        nudge.setVisible(false);
        for (Node item : bar.getItems()) {
            if (item instanceof Labeled labeled) {
                // what it needs is measured again (see widenToMin) when its text or type changes
                labeled.textProperty().addListener(o -> labeled.setPrefWidth(Region.USE_COMPUTED_SIZE));
                labeled.fontProperty().addListener(o -> labeled.setPrefWidth(Region.USE_COMPUTED_SIZE));
            }
        }
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        getSkinnable().getItems().forEach(RefittingToolBarSkin::widenToMin);
        List<Double> needs = needs();
        if (!needs.equals(splitFor)) {
            splitFor = needs;
            getSkinnable().getItems().add(nudge);
            getSkinnable().getItems().remove(nudge);
        }
        super.layoutChildren(x, y, w, h);
    }

    /**
     * The skin splits by preferred width, the bar lays items out at least at their minimum: an item whose
     * stylesheet asks a minimum above its preferred width (the Play button keeps one width for "Play" and
     * "Pause") would be split as narrower than it is drawn, and run under the » button. Such an item
     * prefers its minimum until its text or type changes.
     */
    private static void widenToMin(Node item) {
        if (item instanceof Region r && r.minWidth(-1) > r.prefWidth(-1)) {
            r.setPrefWidth(r.minWidth(-1));
        }
    }

    /** What the split depends on: each item's preferred width (or -1 when it takes no room), the insets. */
    private List<Double> needs() {
        ToolBar bar = getSkinnable();
        List<Double> needs = new ArrayList<>();
        needs.add(bar.getInsets().getLeft() + bar.getInsets().getRight());
        for (Node item : bar.getItems()) {
            needs.add(item.isManaged() ? item.prefWidth(-1) : -1.0);
        }
        return needs;
    }
}
