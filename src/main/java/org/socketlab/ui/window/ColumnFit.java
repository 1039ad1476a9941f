package org.socketlab.ui.window;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Control;
import javafx.scene.control.TableColumnBase;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Sizes a table's (or a tree table's) columns in em and shows as many as its width holds, in order of
 * importance: a narrow table (both roles side by side, a high zoom, the side pane) folds the least important
 * columns instead of cutting every text short, and never cuts a heading. A column's width in em is its
 * {@code userData} (or its heading's, where that is wider): {@code "10"}, or {@code "10/7"} for a column of
 * text that may be shortened: it counts as 7 em when deciding which columns show, so that it neither folds
 * nor folds the next ones while the room holds it shortened, and then takes what room is left up to 10 em.
 */
public final class ColumnFit {
    /** Room kept for the vertical scroll bar and the borders, in em. */
    private static final double RESERVED_EMS = 1.4;
    /** Room a shortened column leaves unused, in em (a table that fills its width gives it to its last column). */
    private static final double SLACK_EMS = 2;
    /** Room around a heading's text: the label's padding and the header's borders, in em. */
    private static final double HEADING_PADDING_EMS = 1;

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
            TableColumnBase<?, ?> shortened = null;
            double wanted = 0;
            for (int i = 0; i < byImportance.size(); i++) {
                TableColumnBase<?, ?> column = byImportance.get(i);
                double heading = headingWidth(column, font.getValue());
                double width = Math.max(ems(column, 0) * em, heading);
                double least = Math.min(width, Math.max(ems(column, 1) * em, heading));
                boolean shown = i < always || used + least <= room;
                column.setVisible(shown);
                column.setPrefWidth(least);
                if (shown) {
                    used += least;
                    if (least < width && shortened == null) {
                        shortened = column;
                        wanted = width - least;
                    }
                }
            }
            // what the others left, up to its whole width, less 2 em of slack: were the widths counted short
            // (a zoom's type measured on another label), a constrained table would squeeze the columns before it
            double left = room - used - SLACK_EMS * em;
            if (shortened != null && left > 0) {
                shortened.setPrefWidth(shortened.getPrefWidth() + Math.min(wanted, left));
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

    /**
     * The room the column's heading needs to show whole: headings are bold (modena's {@code .column-header
     * .label}), and a width in em chosen for one language's words cuts another's (or a high zoom's).
     */
    private static double headingWidth(TableColumnBase<?, ?> column, Font font) {
        Text heading = new Text(column.getText() == null ? "" : column.getText());
        heading.setFont(Font.font(font.getFamily(), FontWeight.BOLD, font.getSize()));
        return heading.getLayoutBounds().getWidth() + HEADING_PADDING_EMS * font.getSize();
    }

    /** The column's width in em ({@code part} 0), or the least it may be shortened to (1; its width if none given). */
    private static double ems(TableColumnBase<?, ?> column, int part) {
        String[] ems = ((String) column.getUserData()).split("/");
        return Double.parseDouble(ems[Math.min(part, ems.length - 1)]);
    }
}
