package org.socketlab.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Columns fold in order of importance as the table narrows, none with its heading cut; a column of text that
 * may be shortened gives way down to its least width before it or a later column folds.
 */
@ExtendWith(ApplicationExtension.class)
class ColumnFitTest {
    private static final double EM = 10;
    /** The room ColumnFit keeps for the scroll bar and borders. */
    private static final double KEPT = 1.4 * EM;

    /** name 6, state 6, data 10 (at least 6), peer 8, out 4: widths in em, most important first. */
    private static List<String> shownAt(double tableWidth) {
        return WindowDriver.fx(() -> {
            TableView<String> table = new TableView<>();
            List<TableColumn<String, String>> columns = List.of(column("name", "6"), column("state", "6"),
                    column("data", "10/6"), column("peer", "8"), column("out", "4"));
            table.getColumns().setAll(columns);
            ColumnFit.fit(table, columns, 1, new SimpleObjectProperty<>(Font.font(EM)));
            table.resize(tableWidth, 300);
            return columns.stream().filter(TableColumn::isVisible)
                    .map(c -> c.getText() + " " + Math.round(c.getPrefWidth() / EM)).toList();
        });
    }

    private static TableColumn<String, String> column(String name, String ems) {
        TableColumn<String, String> c = new TableColumn<>(name);
        c.setUserData(ems);
        return c;
    }

    /** "Receive" in bold needs more than 1 em: the column takes its heading's width. */
    @Test
    void aHeadingWiderThanItsColumnWidensTheColumn() {
        double[] widths = WindowDriver.fx(() -> {
            TableView<String> table = new TableView<>();
            TableColumn<String, String> receive = column("Receive", "1");
            table.getColumns().setAll(List.of(receive));
            ColumnFit.fit(table, List.of(receive), 1, new SimpleObjectProperty<>(Font.font(EM)));
            table.resize(100 * EM, 300);
            Text heading = new Text("Receive");
            heading.setFont(Font.font(Font.font(EM).getFamily(), FontWeight.BOLD, EM));
            return new double[] {receive.getPrefWidth(), heading.getLayoutBounds().getWidth()};
        });
        assertThat(widths[0]).isGreaterThan(widths[1]);
    }

    @Test
    void aWideTableShowsEveryColumnAtItsWidth() {
        assertThat(shownAt(36 * EM + KEPT)).containsExactly("name 6", "state 6", "data 10", "peer 8", "out 4");
    }

    @Test
    void theLeastImportantColumnsFoldFirst() {
        assertThat(shownAt(26 * EM + KEPT)).containsExactly("name 6", "state 6", "data 6", "peer 8");
        assertThat(shownAt(21 * EM + KEPT)).containsExactly("name 6", "state 6", "data 7");
    }

    /**
     * Without room for its 10 em, the last data is shortened (to 6 em at least) rather than fold or fold the
     * columns after it, and takes what they leave but 2 em (a table that fills its width gives those to its last column).
     */
    @Test
    void aColumnThatMayBeShortenedGivesWayDownToItsLeastThenTakesWhatIsLeft() {
        assertThat(shownAt(35 * EM + KEPT)).containsExactly("name 6", "state 6", "data 9", "peer 8", "out 4");
        assertThat(shownAt(30 * EM + KEPT)).containsExactly("name 6", "state 6", "data 6", "peer 8", "out 4");
        assertThat(shownAt(24 * EM + KEPT)).containsExactly("name 6", "state 6", "data 6", "out 4");
        assertThat(shownAt(18 * EM + KEPT)).containsExactly("name 6", "state 6", "data 6");
        assertThat(shownAt(17 * EM + KEPT)).containsExactly("name 6", "state 6", "out 4");
    }
}
