package org.socketlab.ui.connections;

import java.text.NumberFormat;
import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import org.socketlab.engine.SocketName;
import org.socketlab.engine.SocketState;
import org.socketlab.ui.cards.CounterTexts;
import org.socketlab.ui.window.StyleClasses;
import org.socketlab.ui.window.Styles;
import org.socketlab.ui.window.Texts;

/** The connections table's columns: what each reads from a row, and how its cells show it. */
final class ConnectionCells {
    /** OnClose's count and the code that came with it, sorted by count. */
    record Close(int count, int code) implements Comparable<Close> {
        @Override
        public int compareTo(Close other) {
            return Comparator.comparingInt(Close::count).thenComparingInt(Close::code).compare(this, other);
        }
    }

    /** Bytes moved and by how many calls, sorted by bytes. */
    record Moved(long bytes, long calls) implements Comparable<Moved> {
        @Override
        public int compareTo(Moved other) {
            return Comparator.comparingLong(Moved::bytes).thenComparingLong(Moved::calls).compare(this, other);
        }
    }

    private ConnectionCells() {
    }

    static void name(TableColumn<ConnectionRow, SocketName> column) {
        column.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue().name()));
        column.setCellFactory(c -> cell(n -> Texts.bundle().getString("panel." + n.kind().prefix())
                + " " + n.number(), "name-cell"));
    }

    static void text(TableColumn<ConnectionRow, String> column, Function<ConnectionRow, ObservableValue<String>> of,
                     String styleClass) {
        column.setCellValueFactory(c -> of.apply(c.getValue()));
        column.setCellFactory(c -> cell(s -> s, styleClass));
    }

    /** The last chunk received: its printable preview, and on hover its bytes as hex. */
    record Data(String preview, String hex) implements Comparable<Data> {
        @Override
        public int compareTo(Data other) {
            return preview.compareTo(other.preview);
        }
    }

    static void data(TableColumn<ConnectionRow, Data> column) {
        column.setCellValueFactory(c -> {
            ConnectionRow row = c.getValue();
            return Bindings.createObjectBinding(() -> new Data(row.lastDataProperty().get(), row.lastHexProperty().get()),
                    row.lastDataProperty(), row.lastHexProperty());
        });
        column.setCellFactory(c -> {
            TableCell<ConnectionRow, Data> cell = new TableCell<>() {
                @Override
                protected void updateItem(Data item, boolean empty) {
                    super.updateItem(item, empty);
                    boolean none = empty || item == null || item.hex().isEmpty();
                    setText(empty || item == null ? null : item.preview());
                    setTooltip(none ? null : new Tooltip(Texts.format("connections.data.hex", item.hex())));
                }
            };
            cell.getStyleClass().add("data-cell");
            return cell;
        });
    }

    static void state(TableColumn<ConnectionRow, ConnectionRow.Shown> column) {
        column.setCellValueFactory(c -> c.getValue().shownStateProperty());
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ConnectionRow.Shown shown, boolean empty) {
                super.updateItem(shown, empty);
                SocketState item = shown == null ? null : shown.state();
                setText(empty || shown == null ? null : shown.peerClosed() ? peerClosed(shown.unread())
                        : Texts.bundle().getString(item == null ? "state.none" : "state." + item.word()));
                String style = empty ? "state-empty" : shown != null && shown.peerClosed() ? "state-peer-closed"
                        : Styles.ofState(item);
                if (!getStyleClass().contains(style)) { // a new style class costs a CSS pass: only on a change
                    StyleClasses.swap(this, "state-", style);
                }
            }
        });
        column.getStyleClass().add("state-column");
    }

    /** "peer closed, 4 bytes unread", or without a count where the system shows no queue bytes (Windows). */
    private static String peerClosed(long unread) {
        return unread < 0 ? Texts.bundle().getString("state.peerClosedUnknown")
                : java.text.MessageFormat.format(Texts.bundle().getString("state.peerClosedUnread"), unread);
    }

    /** A count or a byte sum, right-aligned with digit grouping. */
    static void number(TableColumn<ConnectionRow, Number> column,
                       Function<ConnectionRow, ObservableValue<Number>> of) {
        NumberFormat format = NumberFormat.getIntegerInstance(Texts.bundle().getLocale());
        column.setCellValueFactory(c -> of.apply(c.getValue()));
        column.setCellFactory(c -> cell(n -> format.format(n.longValue()), "number-cell"));
    }

    /**
     * The bytes a socket's Receives returned or its Sends wrote, with how many calls moved them once there
     * were several: "16", then "36 (3×)" (the narrow column stays readable for a class where each sent one
     * line); on hover in words ("36 bytes written by 3 Sends"). {@code key} names the words.
     */
    static void moved(TableColumn<ConnectionRow, Moved> column, Function<ConnectionRow, ObservableValue<Number>> bytes,
                      Function<ConnectionRow, ObservableValue<Number>> calls, String key) {
        NumberFormat format = NumberFormat.getIntegerInstance(Texts.bundle().getLocale());
        column.setCellValueFactory(c -> {
            ObservableValue<Number> b = bytes.apply(c.getValue());
            ObservableValue<Number> n = calls.apply(c.getValue());
            return Bindings.createObjectBinding(() -> new Moved(b.getValue().longValue(), n.getValue().longValue()), b, n);
        });
        column.setCellFactory(c -> {
            TableCell<ConnectionRow, Moved> cell = new TableCell<>() {
                private final Tooltip words = new Tooltip(); // one per cell: rows update many times a second

                @Override
                protected void updateItem(Moved item, boolean empty) {
                    super.updateItem(item, empty);
                    boolean none = empty || item == null;
                    setText(none ? null : item.calls() <= 1 ? format.format(item.bytes())
                            : Texts.format("connections.moved", format.format(item.bytes()), item.calls()));
                    if (!none && item.calls() > 0) {
                        words.setText(Texts.format(key, item.bytes(), item.calls()));
                    }
                    setTooltip(none || item.calls() == 0 ? null : words);
                }
            };
            cell.getStyleClass().add("number-cell");
            return cell;
        });
    }

    static void close(TableColumn<ConnectionRow, Close> column) {
        column.setCellValueFactory(c -> {
            ConnectionRow row = c.getValue();
            return Bindings.createObjectBinding(() -> new Close(row.closeCount().get(),
                    row.closeErrorProperty().get()), row.closeCount(), row.closeErrorProperty());
        });
        // a graceful close (code 0) shows its count alone: the narrow column stays readable for a class
        column.setCellFactory(c -> cell(v -> v.count() == 0 || v.code() == 0 ? Integer.toString(v.count())
                : Texts.format("connections.close.code", v.count(), CounterTexts.code(v.count(), v.code(),
                        Texts.bundle())), "number-cell"));
    }

    private static <T> TableCell<ConnectionRow, T> cell(Function<T, String> show, String styleClass) {
        TableCell<ConnectionRow, T> cell = new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : show.apply(item));
            }
        };
        cell.getStyleClass().add(styleClass);
        return cell;
    }
}
