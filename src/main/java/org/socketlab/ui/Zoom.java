package org.socketlab.ui;

import javafx.scene.Parent;

/** Scales the whole window for a projector by switching the root's {@code zoom-NNN} style class. */
final class Zoom {
    static final int[] LEVELS = {75, 90, 100, 110, 125, 150, 175, 200};
    private static final int NORMAL = 2;

    private final Parent root;
    private int level = NORMAL;

    Zoom(Parent root) {
        this.root = root;
        apply();
    }

    void in() {
        level = Math.min(level + 1, LEVELS.length - 1);
        apply();
    }

    void out() {
        level = Math.max(level - 1, 0);
        apply();
    }

    void reset() {
        level = NORMAL;
        apply();
    }

    int percent() {
        return LEVELS[level];
    }

    private void apply() {
        StyleClasses.swap(root, "zoom-", "zoom-" + LEVELS[level]);
    }
}
