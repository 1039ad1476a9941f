package org.socketlab.ui.window;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Control;
import javafx.scene.control.TableColumnBase;
import javafx.scene.text.Font;

/**
 * Sizes a table's (or a tree table's) columns in em and shows as many as its width holds, in order of
 * importance: a narrow table (both roles side by side, a high zoom, the side pane) folds the least important
 * columns instead of cutting every text short. A column's width in em is its {@code userData}.
 */
public final class ColumnFit {
    /** Room kept for the vertical scroll bar and the borders, in em. */
    private static final double RESERVED_EMS = 1.4;

    private ColumnFit() {
    }

    /**
     * @param byImportance the leaf columns, most important first; the first {@code always} always show
     * @param font the type the table's text is drawn in (its size is the em)
     */
    public static void fit(Control table, List<? extends TableColumnBase<?, ?>> byImportance, int always,
                    ObservableValue<Font> font) {
        InvalidationListener apply = o -> {
            double em = font.getValue().getSize();
            double room = table.getWidth() - RESERVED_EMS * em;
            double used = 0;
            for (int i = 0; i < byImportance.size(); i++) {
                TableColumnBase<?, ?> column = byImportance.get(i);
                double width = ems(column) * em;
                column.setPrefWidth(width);
                boolean shown = i < always || used + width <= room;
                column.setVisible(shown);
                if (shown) {
                    used += width;
                }
            }
            for (TableColumnBase<?, ?> column : byImportance) { // a group shows while one of its columns does
                if (column.getParentColumn() != null) {
                    column.getParentColumn().setVisible(column.getParentColumn().getColumns().stream()
                            .anyMatch(c -> c.isVisible()));
                }
            }
        };
        table.widthProperty().addListener(apply);
        font.addListener(apply);
        apply.invalidated(null);
    }

    private static double ems(TableColumnBase<?, ?> column) {
        return Double.parseDouble((String) column.getUserData());
    }
}
