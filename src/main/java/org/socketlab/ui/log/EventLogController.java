package org.socketlab.ui.log;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import org.socketlab.ui.window.Texts;
import org.socketlab.ui.window.ColumnFit;
import org.socketlab.ui.window.Visibility;

/**
 * The event log view: a tree table of the log's entries in the engine's order (a broadcast's sends under
 * it), which keeps the newest row in view unless the user scrolled up; Copy puts the log on the
 * clipboard, Save writes it to a CSV or TSV file.
 */
public final class EventLogController {
    @FXML
    private TreeTableView<LogEntry> logTable;
    @FXML
    private TreeTableColumn<LogEntry, String> logSeq;
    @FXML
    private TreeTableColumn<LogEntry, String> logTime;
    @FXML
    private TreeTableColumn<LogEntry, String> logSocket;
    @FXML
    private TreeTableColumn<LogEntry, String> logWhat;
    @FXML
    private TreeTableColumn<LogEntry, String> logThread;
    @FXML
    private Label saveStatus;
    @FXML
    private Button newRows;

    private EventLogViewModel log;

    /** Shows this log; call once, on the FX thread. */
    public void bind(EventLogViewModel model) {
        this.log = model;
        column(logSeq, e -> Long.toString(e.seq()));
        column(logTime, LogEntry::time);
        column(logSocket, LogEntry::socket);
        column(logWhat, LogEntry::what);
        column(logThread, LogEntry::thread);
        logSeq.setCellFactory(c -> new FittingCell<>());
        logTime.setCellFactory(c -> new FittingCell<>());
        logWhat.setCellFactory(c -> new WholeTextCell<>());
        logTable.setTreeColumn(logWhat);
        // the side pane is narrow: what happened and to which socket come first; then the time, the number (the
        // cards' answers carry it too), the thread
        ColumnFit.fit(logTable, List.of(logWhat, logSocket, logTime, logSeq, logThread), 2, saveStatus.fontProperty());
        logTable.setRowFactory(t -> new LogRow());
        TailFollower follower = new TailFollower(logTable);
        TreeItem<LogEntry> root = LogTree.rootFor(model.entries());
        logTable.setRoot(root);
        model.entries().addListener((ListChangeListener<LogEntry>) c -> {
            boolean follow = follower.atBottom(); // as the table was before these rows came
            int added = 0;
            while (c.next()) {
                added += c.wasReplaced() ? 0 : c.getAddedSize();
            }
            c.reset();
            LogTree.mirror(c, root);
            if (follow) {
                follower.showLast();
                model.caughtUp();
            } else {
                model.arrivedUnseen(added);
                follower.onceAtBottom(model::caughtUp);
            }
        });
        follower.showLast();
        newRows.textProperty().bind(model.unseenText());
        Visibility.showWhen(newRows, model.unseenProperty().greaterThan(0));
        newRows.setOnAction(e -> {
            follower.showLast();
            model.caughtUp();
        });
    }

    private static void column(TreeTableColumn<LogEntry, String> column, Function<LogEntry, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue() == null ? ""
                : value.apply(c.getValue().getValue())));
    }

    @FXML
    void copyLog() {
        ClipboardContent content = new ClipboardContent();
        content.putString(log.asText());
        Clipboard.getSystemClipboard().setContent(content);
    }

    @FXML
    public void saveLog() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.bundle().getString("log.save.title"));
        FileChooser.ExtensionFilter csv = filter(LogFormat.CSV, "log.save.csv");
        FileChooser.ExtensionFilter tsv = filter(LogFormat.TSV, "log.save.tsv");
        chooser.getExtensionFilters().setAll(csv, tsv);
        chooser.setSelectedExtensionFilter(csv);
        chooser.setInitialFileName(Texts.bundle().getString("log.save.file") + "." + LogFormat.CSV.extension());
        File chosen = chooser.showSaveDialog(logTable.getScene().getWindow());
        if (chosen == null) {
            return;
        }
        // The name's extension decides; a name without one gets the chosen filter's.
        Path file = chosen.toPath();
        LogFormat format = LogFormat.ofFileName(chosen.getName()).orElse(null);
        if (format == null) {
            format = chooser.getSelectedExtensionFilter() == tsv ? LogFormat.TSV : LogFormat.CSV;
            file = file.resolveSibling(chosen.getName() + "." + format.extension());
        }
        saveTo(file, format);
    }

    private static FileChooser.ExtensionFilter filter(LogFormat format, String key) {
        return new FileChooser.ExtensionFilter(Texts.bundle().getString(key), "*." + format.extension());
    }

    /**
     * Writes the whole log to the file in this format, as UTF-8, and says under the buttons whether it
     * worked (with the reason when not). The Save button calls it with the file the user chose.
     *
     * @return whether the file was written
     */
    public boolean saveTo(Path file, LogFormat format) {
        try {
            Files.writeString(file, log.export(format), StandardCharsets.UTF_8);
            saveStatus.setText(Texts.format("log.save.done", file.getFileName()));
            saveStatus.getStyleClass().remove("log-save-error");
            return true;
        } catch (IOException | RuntimeException e) {
            saveStatus.setText(Texts.format("log.save.failed", e.getMessage() == null ? e.toString() : e.getMessage()));
            if (!saveStatus.getStyleClass().contains("log-save-error")) {
                saveStatus.getStyleClass().add("log-save-error");
            }
            return false;
        }
    }
}
