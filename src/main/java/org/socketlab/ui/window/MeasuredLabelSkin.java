package org.socketlab.ui.window;

import java.util.List;
import java.util.function.DoubleSupplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.skin.LabelSkin;

/**
 * JavaFX's label skin that measures a wrapped text once per width. A wrapping label's heights are not
 * cached by JavaFX: each of its parent's questions (minimum, preferred, maximum height, asked again by every
 * ancestor that lays out) lays the whole text out anew, and a card's answers change at every frame while a
 * class sends. This skin keeps its minimum and preferred heights for the last few widths asked until the
 * text, the font, the padding, the line spacing or the wrapping changes. A label with a graphic is measured
 * as JavaFX does. The answers and the narration get it from socketlab.css ({@code -fx-skin}).
 */
public final class MeasuredLabelSkin extends LabelSkin {
    /** Widths remembered per kind of height: a parent asks for a few, e.g. -1 and the width it has. */
    private static final int WIDTHS = 4;

    private final Heights prefs = new Heights();
    private final Heights mins = new Heights();
    /** The insets the remembered heights were measured with (top, right, bottom, left). */
    private double[] insets = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
    /** How many heights were measured (not taken from what was remembered): for tests. */
    private long measured;

    public MeasuredLabelSkin(Label label) {
        super(label);
        for (ObservableValue<?> measuredBy : List.of(label.textProperty(), label.fontProperty(),
                label.wrapTextProperty(), label.lineSpacingProperty(), label.labelPaddingProperty())) {
            registerChangeListener(measuredBy, o -> forget());
        }
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return cacheable(top, right, bottom, left)
                ? remembered(prefs, width, () -> super.computePrefHeight(width, top, right, bottom, left))
                : super.computePrefHeight(width, top, right, bottom, left);
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return cacheable(top, right, bottom, left)
                ? remembered(mins, width, () -> super.computeMinHeight(width, top, right, bottom, left))
                : super.computeMinHeight(width, top, right, bottom, left);
    }

    /** The height remembered for this width, else measured now and remembered. */
    private double remembered(Heights heights, double width, DoubleSupplier measure) {
        double known = heights.get(width);
        if (Double.isNaN(known)) {
            known = measure.getAsDouble();
            heights.put(width, known);
            measured++;
        }
        return known;
    }

    long measured() {
        return measured;
    }

    /** Whether the remembered heights may be used: forgets them when what they were measured for changed. */
    private boolean cacheable(double top, double right, double bottom, double left) {
        if (getSkinnable().getGraphic() != null) {
            return false;
        }
        if (top != insets[0] || right != insets[1] || bottom != insets[2] || left != insets[3]) {
            insets = new double[] {top, right, bottom, left};
            forget();
        }
        return true;
    }

    private void forget() {
        prefs.clear();
        mins.clear();
    }

    /** Heights by width, the last {@value #WIDTHS} widths asked. */
    private static final class Heights {
        private final double[] widths = new double[WIDTHS];
        private final double[] heights = new double[WIDTHS];
        private int size;
        private int next;

        double get(double width) {
            for (int i = 0; i < size; i++) {
                if (widths[i] == width) {
                    return heights[i];
                }
            }
            return Double.NaN;
        }

        void put(double width, double height) {
            widths[next] = width;
            heights[next] = height;
            next = (next + 1) % WIDTHS;
            size = Math.min(size + 1, WIDTHS);
        }

        void clear() {
            size = 0;
            next = 0;
        }
    }
}
