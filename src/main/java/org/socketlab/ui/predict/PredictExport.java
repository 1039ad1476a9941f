package org.socketlab.ui.predict;

import java.io.File;
import java.util.function.Supplier;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.socketlab.ui.window.Texts;

/** File ▸ Export predictions: asks for a Markdown or CSV file and hands it to the view model. */
public final class PredictExport {
    private PredictExport() {
    }

    /** @param extension "md" or "csv"; @param title the lesson's title, "" in free play */
    public static void bind(MenuItem item, String extension, PredictViewModel predict, Supplier<String> title,
                            Supplier<Window> owner) {
        item.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Texts.bundle().getString("predict.export.dialog"));
            chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(
                    Texts.bundle().getString("predict.export.filter." + extension), "*." + extension));
            chooser.setInitialFileName(Texts.bundle().getString("predict.export.file") + "." + extension);
            File chosen = chooser.showSaveDialog(owner.get());
            if (chosen != null) {
                predict.export(chosen.getName().contains(".") ? chosen.toPath()
                        : chosen.toPath().resolveSibling(chosen.getName() + "." + extension), title.get());
            }
        });
    }
}
