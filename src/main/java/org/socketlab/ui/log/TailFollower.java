package org.socketlab.ui.log;

import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Keeps a table's last row in view as rows are added, unless the user has scrolled away from the bottom;
 * then the scroll position is left alone until the user scrolls back down, which resumes following.
 * Whether to follow is read from what the table shows when rows arrive: the last row is on screen.
 */
final class TailFollower {
    private final TreeTableView<?> table;
    /** A scroll to the end was asked and the table has not been laid out since: it still counts as at the end. */
    private boolean scrollPending;
    /** How many layouts a scroll to the end may take before it no longer counts as pending. */
    private static final int LAYOUTS_WAITED = 3;
    private int layoutsWaited;
    private final Runnable afterLayout = this::laidOut;
    private Scene listening;
    /** The scene whose layouts are watched while an action waits for the last row; the action. */
    private Scene watching;
    private final Runnable checkBottom = this::checkBottom;
    private Runnable whenAtBottom;

    TailFollower(TreeTableView<?> table) {
        this.table = table;
    }

    /** Whether the table shows its last row (or shows no rows yet): call before adding rows. */
    boolean atBottom() {
        return scrollPending || lastRowShown();
    }

    private boolean lastRowShown() {
        if (!(table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            return true;
        }
        IndexedCell<?> last = flow.getLastVisibleCell();
        return last == null || last.getIndex() >= flow.getCellCount() - 1;
    }

    /** Scrolls to the last row. */
    void showLast() {
        int rows = table.getExpandedItemCount();
        if (rows == 0) {
            return;
        }
        table.scrollTo(rows - 1);
        Scene scene = table.getScene();
        if (scene != null && listening == null) {
            scrollPending = true;
            listening = scene;
            scene.addPostLayoutPulseListener(afterLayout);
        }
    }

    /**
     * Runs {@code action} once the user has scrolled back down to the last row; a later call replaces an action
     * not yet run.
     */
    void onceAtBottom(Runnable action) {
        whenAtBottom = action;
        Scene scene = table.getScene();
        if (watching == null && scene != null) {
            watching = scene;
            scene.addPostLayoutPulseListener(checkBottom);
        }
    }

    /** After each layout while an action waits: runs it once the last row is on screen. */
    private void checkBottom() {
        if (whenAtBottom != null && !atBottom()) {
            return;
        }
        Runnable run = whenAtBottom;
        whenAtBottom = null;
        watching.removePostLayoutPulseListener(checkBottom);
        watching = null;
        if (run != null) {
            run.run();
        }
    }

    /**
     * After the layout that followed a scroll to the end. The table may need a layout more to get there (rows
     * that came in several hand-overs, each followed by a pulse): until it shows the last row, the scroll
     * still counts as pending, a few layouts at most.
     */
    private void laidOut() {
        if (!lastRowShown() && ++layoutsWaited < LAYOUTS_WAITED) {
            table.scrollTo(table.getExpandedItemCount() - 1);
            return;
        }
        layoutsWaited = 0;
        scrollPending = false;
        listening.removePostLayoutPulseListener(afterLayout);
        listening = null;
    }
}
