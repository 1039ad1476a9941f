package org.socketlab.ui.diagram;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.socketlab.ui.window.Texts;

/**
 * Saves the session's diagram as PNG or SVG, asking where: both from the view model's newest drawing, so
 * the two files show the same thing and neither needs the Diagram tab to have been built or shown (the
 * File menu saves it from whatever exists).
 */
public final class DiagramExport {
    private final DiagramViewModel diagram;
    private final Supplier<Window> owner;

    public DiagramExport(DiagramViewModel diagram, Supplier<Window> owner) {
        this.diagram = diagram;
        this.owner = owner;
    }

    public void savePng() {
        choose("png", "diagram.save.png").ifPresent(file -> {
            try {
                writePng(file);
            } catch (IOException | RuntimeException e) {
                diagram.failed(e.getMessage());
            }
        });
    }

    public void saveSvg() {
        choose("svg", "diagram.save.svg").ifPresent(diagram::saveSvg);
    }

    /** Writes the PNG without a dialog (the tests, the screenshots); on the FX thread. */
    public void writePng(Path file) throws IOException {
        PngFiles.write(DiagramPng.render(diagram.newestDrawing()), file);
        diagram.saved(file);
    }

    private Optional<Path> choose(String extension, String filterKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.bundle().getString("diagram.save.title"));
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(Texts.bundle().getString(filterKey),
                "*." + extension));
        chooser.setInitialFileName(diagram.fileName(extension));
        File chosen = chooser.showSaveDialog(owner.get());
        if (chosen == null) {
            return Optional.empty();
        }
        Path file = chosen.toPath();
        return Optional.of(chosen.getName().contains(".") ? file : file.resolveSibling(chosen.getName() + "." + extension));
    }
}
