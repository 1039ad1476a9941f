package org.socketlab.ui.settings;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import org.socketlab.engine.LabReset;
import org.socketlab.engine.LabSettings;
import org.socketlab.engine.LabUpdate;
import org.socketlab.engine.NotificationEvent;
import org.socketlab.engine.StepResult;
import org.socketlab.lesson.LessonFormatException;
import org.socketlab.lesson.NarrationMarkdown;
import org.socketlab.lesson.SessionRecord;
import org.socketlab.lesson.Setup;
import org.socketlab.ui.window.LabViewModel;
import org.socketlab.ui.window.FileReport;

/**
 * The session since the last Reset, kept to be shared: as a lesson file that replays it
 * ({@link #saveLesson(Path)}) and as its narration in Markdown ({@link #exportNarration(Path)}).
 * {@link LabViewModel#apply} feeds it every update. Saving never throws: what it did, or why it could
 * not, is in {@link #statusProperty()} for the status bar.
 */
public final class SessionViewModel {
    private final ResourceBundle text;
    private final SettingsViewModel settings;
    private final Supplier<String> lessonWords;
    private final Clock clock;
    private final SessionRecord record;
    private final SessionNarration narration;
    private final FileReport report;
    private final ReadOnlyIntegerWrapper steps = new ReadOnlyIntegerWrapper();

    /**
     * @param settings    the window's settings: a saved lesson runs with them and with its payload
     * @param lessonWords the lesson's words for the step just applied ("" in free play)
     */
    public SessionViewModel(ResourceBundle text, SettingsViewModel settings, Supplier<String> lessonWords, Clock clock) {
        this.text = text;
        this.report = new FileReport(text);
        this.settings = settings;
        this.lessonWords = lessonWords;
        this.clock = clock;
        this.record = new SessionRecord(clock);
        this.narration = new SessionNarration(text);
    }

    public SessionViewModel(ResourceBundle text, SettingsViewModel settings, Supplier<String> lessonWords) {
        this(text, settings, lessonWords, Clock.systemDefaultZone());
    }

    /** The class was asked {@code question} before the step applied last: a saved lesson asks it too. */
    public void asked(org.socketlab.lesson.Question question) {
        record.asked(question);
    }

    /** Takes one update, after the narration panel took it (the lesson's words for a step are known then). */
    public void apply(LabUpdate update) {
        record.accept(update);
        if (update instanceof LabReset) {
            narration.clear();
        } else if (update instanceof StepResult r) {
            narration.onResult(r, lessonWords.get());
        } else if (update instanceof NotificationEvent e) {
            narration.onEvent(e);
        }
        steps.set(record.size());
    }

    /** Saves the session as a lesson that runs with the window's settings and payload; says how it went. */
    public boolean saveLesson(Path file) {
        Optional<LabSettings> current = settings.validate();
        if (current.isEmpty()) {
            return report.fail("session.save.settings");
        }
        return saveLesson(file, Setup.from(current.get(), settings.payload()));
    }

    /** Saves the session as a lesson file (UTF-8) with {@code setup}; its title is the file's name. */
    public boolean saveLesson(Path file, Setup setup) {
        if (record.isEmpty()) {
            return report.fail("session.save.empty");
        }
        String lesson;
        try {
            lesson = record.toLesson(SessionRecord.titleOf(file), setup, record.latest());
        } catch (LessonFormatException e) {
            return report.fail("session.save.unfit", e.getMessage());
        }
        return report.write(file, lesson, "session.save.done", "session.save.failed");
    }

    /** Writes the narration of every step since the last Reset as Markdown (UTF-8). */
    public boolean exportNarration(Path file) {
        if (narration.isEmpty()) {
            return report.fail("session.export.empty");
        }
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(text.getLocale()).format(ZonedDateTime.now(clock));
        String markdown = NarrationMarkdown.of(MessageFormat.format(text.getString("session.markdown.title"), when),
                narration.steps());
        return report.write(file, markdown, "session.export.done", "session.export.failed");
    }

    /** What the last save or export said, for the status bar ("" before any). */
    public ReadOnlyStringProperty statusProperty() {
        return report.statusProperty();
    }

    /** Whether the last save or export failed. */
    public ReadOnlyBooleanProperty failedProperty() {
        return report.failedProperty();
    }

    /** How many steps ran since the last Reset: nothing to save while it is 0. */
    public ReadOnlyIntegerProperty stepsProperty() {
        return steps.getReadOnlyProperty();
    }
}
