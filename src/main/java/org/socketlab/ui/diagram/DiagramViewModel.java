package org.socketlab.ui.diagram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import org.socketlab.diagram.DiagramLayout;
import org.socketlab.diagram.DiagramRecorder;
import org.socketlab.diagram.DiagramTexts;
import org.socketlab.diagram.Drawing;
import org.socketlab.diagram.SequenceDiagram;
import org.socketlab.diagram.SvgDiagram;

/**
 * The Diagram tab: the session's sequence diagram as the recorder holds it, laid out, and its export.
 * {@link #refresh()} runs on the UI thread at most once per pulse (the window coalesces the recorder's
 * signals), and lays out again only when the diagram changed and a view of it is on screen: a class of
 * hundreds draws a long diagram, and nobody needs it laid out while the Diagram tab is hidden. A view that
 * shows again catches up at once; an export always takes the newest.
 */
public final class DiagramViewModel {
    private final DiagramRecorder recorder;
    private final ResourceBundle text;
    private final DiagramLayout layout;
    private final ReadOnlyObjectWrapper<SequenceDiagram> diagram = new ReadOnlyObjectWrapper<>(SequenceDiagram.EMPTY);
    private final ReadOnlyObjectWrapper<Drawing> drawing = new ReadOnlyObjectWrapper<>(Drawing.EMPTY);
    private final ReadOnlyStringWrapper saveStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saveFailed = new ReadOnlyBooleanWrapper();
    /** Whether each view of the diagram is on screen; held weakly, so a closed window's view is let go. */
    private final List<WeakReference<ObservableValue<Boolean>>> viewers = new ArrayList<>();
    private long shown = -1;

    public DiagramViewModel(DiagramRecorder recorder, ResourceBundle text) {
        this.recorder = recorder;
        this.text = text;
        this.layout = new DiagramLayout(new DiagramTexts(text));
    }

    /**
     * Has the diagram laid out while {@code seen} is true (a view of it is on screen), and at once when it
     * becomes true. Kept only as long as the view keeps {@code seen}.
     */
    public void drawWhile(ObservableValue<Boolean> seen) {
        viewers.add(new WeakReference<>(seen));
        seen.addListener((o, was, now) -> {
            if (now) {
                refresh();
            }
        });
        refresh();
    }

    /** Takes the recorder's newest diagram if it changed and a view of it is on screen, and lays it out. */
    public void refresh() {
        viewers.removeIf(v -> v.get() == null);
        if (viewers.stream().map(WeakReference::get)
                .anyMatch(v -> v != null && Boolean.TRUE.equals(v.getValue()))) {
            layIfChanged();
        }
    }

    private void layIfChanged() {
        long now = recorder.changes();
        if (now == shown) {
            return;
        }
        shown = now;
        SequenceDiagram d = recorder.diagram();
        diagram.set(d);
        drawing.set(layout.lay(d));
    }

    public ReadOnlyObjectProperty<SequenceDiagram> diagramProperty() {
        return diagram.getReadOnlyProperty();
    }

    /** The diagram laid out, in em. */
    public ReadOnlyObjectProperty<Drawing> drawingProperty() {
        return drawing.getReadOnlyProperty();
    }

    /**
     * The diagram as recorded now, laid out: what an export writes (the redraw may still be a pulse behind).
     * Both exports take it, so a PNG and an SVG saved one after the other show the same thing.
     */
    public Drawing newestDrawing() {
        layIfChanged();
        return drawing.get();
    }

    /** Writes the diagram as SVG (text stays text) and says whether it worked. */
    public boolean saveSvg(Path file) {
        try {
            Files.writeString(file, SvgDiagram.of(newestDrawing()), StandardCharsets.UTF_8);
            saved(file);
            return true;
        } catch (IOException | RuntimeException e) {
            failed(e.getMessage());
            return false;
        }
    }

    /** Reports a file written by the view (the PNG, which needs the toolkit to draw). */
    public void saved(Path file) {
        saveFailed.set(false);
        saveStatus.set(MessageFormat.format(text.getString("diagram.save.done"), file.getFileName()));
    }

    /** Reports a file that could not be written, with the reason. */
    public void failed(String reason) {
        saveFailed.set(true);
        saveStatus.set(MessageFormat.format(text.getString("diagram.save.failed"), reason));
    }

    /** What the last save said ("" before any). */
    public ReadOnlyStringProperty saveStatusProperty() {
        return saveStatus.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty saveFailedProperty() {
        return saveFailed.getReadOnlyProperty();
    }

    /** The file name offered for an export: {@code socketlab-diagram.svg}. */
    public String fileName(String extension) {
        return text.getString("diagram.save.file") + "." + extension;
    }
}
