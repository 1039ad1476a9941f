package org.socketlab.ui.window;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What a File menu command did with its file, for the status bar: the file written (by name), or why not.
 * View models that write files (Save session, Export narration, Export predictions) keep one each.
 */
public final class FileReport {
    private final ResourceBundle text;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper();

    public FileReport(ResourceBundle text) {
        this.text = text;
    }

    /**
     * Writes {@code content} to {@code file} (UTF-8) and says so with {@code doneKey} ({0}: the file's name), or
     * with {@code failedKey} ({0}: why) when it cannot. Returns whether it was written.
     */
    public boolean write(Path file, String content, String doneKey, String failedKey) {
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return fail(failedKey, e.getMessage() == null ? e.toString() : e.getMessage());
        }
        failed.set(false);
        status.set(MessageFormat.format(text.getString(doneKey), String.valueOf(file.getFileName())));
        return true;
    }

    /** Says why nothing was written ({@code key} with {@code args}); returns false. */
    public boolean fail(String key, Object... args) {
        failed.set(true);
        status.set(MessageFormat.format(text.getString(key), args));
        return false;
    }

    /** What the last command said ("" before any). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Whether the last command failed. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }
}
