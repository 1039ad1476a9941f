package org.socketlab.ui.settings;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.socketlab.ui.window.Texts;

/**
 * The File menu's "Save session as lesson…" (*.lesson) and "Export narration (Markdown)…" (*.md): each asks
 * for a file and hands it to the {@link SessionViewModel}, which says in its status how it went. Both wait
 * for a first step after Reset.
 */
final class SessionMenu {
    private SessionMenu() {
    }

    /** @param owner the window the dialogs belong to */
    static void bind(MenuItem saveLesson, MenuItem exportNarration, SessionViewModel session, Supplier<Window> owner) {
        BooleanBinding nothingYet = session.stepsProperty().isEqualTo(0);
        saveLesson.disableProperty().bind(nothingYet);
        exportNarration.disableProperty().bind(nothingYet);
        saveLesson.setOnAction(e -> choose(owner, "session.save", "lesson", session::saveLesson));
        exportNarration.setOnAction(e -> choose(owner, "session.export", "md", session::exportNarration));
    }

    /** Asks where to save ({@code prefix}.title, .filter, .file name the dialog); a name without extension gets one. */
    private static void choose(Supplier<Window> owner, String prefix, String extension, Consumer<Path> save) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.bundle().getString(prefix + ".title"));
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(
                Texts.bundle().getString(prefix + ".filter"), "*." + extension));
        chooser.setInitialFileName(Texts.bundle().getString(prefix + ".file") + "." + extension);
        File chosen = chooser.showSaveDialog(owner.get());
        Optional.ofNullable(chosen).map(f -> f.getName().contains(".") ? f.toPath()
                : f.toPath().resolveSibling(f.getName() + "." + extension)).ifPresent(save);
    }
}
