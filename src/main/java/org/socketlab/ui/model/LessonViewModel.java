package org.socketlab.ui.model;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.socketlab.engine.LabSnapshot;
import org.socketlab.engine.ScriptStep;
import org.socketlab.engine.StepResult;
import org.socketlab.lesson.Lesson;
import org.socketlab.lesson.LessonFiles;
import org.socketlab.lesson.LessonFormatException;
import org.socketlab.lesson.Lessons;

/**
 * A lesson being followed: which step is next, guided or free, auto-play with a speed. A step counts
 * as done when its result arrives, whether auto-play, Step or the student's own click ran it.
 */
public final class LessonViewModel {
    public static final double MIN_SECONDS = 0.3;
    public static final double MAX_SECONDS = 5;

    private final StepSink sink;
    private final Ticker ticker;
    private final java.util.function.Consumer<Lesson> prepareLab;
    private final ResourceBundle text;
    private final java.util.function.Supplier<LabSnapshot> shown;
    private final ReadOnlyObjectWrapper<Lesson> lesson = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<ScriptStep> next = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper();
    private final BooleanProperty guided = new SimpleBooleanProperty(true);
    private final DoubleProperty secondsPerStep = new SimpleDoubleProperty(1.5);
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper promises = new ReadOnlyStringWrapper("");
    private final javafx.beans.binding.StringBinding progressLine;
    /** null until checked; then whether every promise held. */
    private final ReadOnlyObjectWrapper<Boolean> promisesHeld = new ReadOnlyObjectWrapper<>();
    private boolean awaiting;
    private long generation;

    LessonViewModel(StepSink sink, Ticker ticker, java.util.function.Consumer<Lesson> prepareLab, ResourceBundle text,
                    java.util.function.Supplier<LabSnapshot> shown) {
        this.shown = shown;
        this.sink = sink;
        this.ticker = ticker;
        this.prepareLab = prepareLab;
        this.text = text;
        this.progressLine = javafx.beans.binding.Bindings.createStringBinding(() -> {
            if (lesson.get() == null) {
                return "";
            }
            ScriptStep following = next.get();
            String after = following == null ? text.getString("lesson.done")
                    : java.text.MessageFormat.format(text.getString("lesson.next"), following.text());
            return progress.get() + " · " + after;
        }, lesson, next, progress);
    }

    /** Opens a shipped lesson; starts from a reset lab. */
    public void openShipped(String name) {
        Lessons.builtIn(name).ifPresent(this::start);
    }

    /** Opens a lesson file; a bad file is refused with its line number and nothing of it runs. */
    public boolean openFile(Path file) {
        try {
            start(LessonFiles.read(file));
            return true;
        } catch (LessonFormatException e) {
            error.set(java.text.MessageFormat.format(text.getString("lesson.error"), file.getFileName(), e.getMessage()));
            return false;
        }
    }

    void start(Lesson l) {
        pause();
        generation++;
        error.set("");
        lesson.set(l);
        prepareLab.accept(l);
        moveTo(0);
    }

    /** Back to the first step, on a reset lab. */
    public void restart() {
        if (lesson.get() != null) {
            start(lesson.get());
        }
    }

    /** Runs the next step of the lesson. */
    public void step() {
        ScriptStep s = next.get();
        if (s == null || awaiting) {
            return;
        }
        awaiting = true;
        if (s instanceof ScriptStep.Action a) {
            sink.submit(a.step());
        } else if (s instanceof ScriptStep.Await) {
            check(shown.get()); // advances now or when the counter is reached
        } else {
            long mine = generation;
            ticker.schedule(Duration.ofMillis(((ScriptStep.Wait) s).millis()), () -> {
                if (mine == generation) {
                    advance();
                }
            });
        }
    }

    public void play() {
        if (next.get() == null) {
            return;
        }
        playing.set(true);
        step();
    }

    public void pause() {
        playing.set(false);
    }

    /** The lesson's own words for a result, if it is the lesson's next step ("" otherwise); advances. */
    String onResult(StepResult r) {
        if (next.get() instanceof ScriptStep.Action a && a.step().equals(r.step())) {
            String words = lesson.get().steps().get(position.get()).narration();
            advance();
            return words;
        }
        return "";
    }

    private void advance() {
        awaiting = false;
        moveTo(position.get() + 1);
        if (playing.get() && next.get() != null) {
            long mine = generation;
            ticker.schedule(Duration.ofMillis(Math.round(secondsPerStep.get() * 1000)), () -> {
                if (mine == generation && playing.get()) {
                    step();
                }
            });
        } else {
            playing.set(false);
        }
    }

    private void moveTo(int index) {
        awaiting = false;
        List<Lesson.Item> steps = lesson.get().steps();
        position.set(Math.min(index, steps.size()));
        next.set(index < steps.size() ? steps.get(index).step() : null);
        progress.set(java.text.MessageFormat.format(text.getString("lesson.progress"),
                Math.min(index, steps.size()), steps.size()));
    }

    /** Checks the lesson's promises against the lab once its last step has run. */
    void check(LabSnapshot snapshot) {
        if (awaiting && next.get() instanceof ScriptStep.Await a
                && snapshot.counters(a.socket()).count(a.notification()) >= a.count()) {
            advance();
        }
        Lesson l = lesson.get();
        if (l == null || next.get() != null) {
            promises.set("");
            promisesHeld.set(null);
            return;
        }
        List<String> broken = l.brokenPromises(snapshot);
        promisesHeld.set(broken.isEmpty());
        promises.set(broken.isEmpty() ? text.getString("lesson.promises.held")
                : text.getString("lesson.promises.broken") + " " + String.join(", ", broken));
    }

    void forget() {
        pause();
        generation++;
        lesson.set(null);
        next.set(null);
        position.set(0);
        progress.set("");
        promises.set("");
        awaiting = false;
    }

    public ReadOnlyObjectProperty<Lesson> lessonProperty() {
        return lesson.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ScriptStep> nextProperty() {
        return next.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public BooleanProperty guidedProperty() {
        return guided;
    }

    /** Seconds between auto-played steps, {@link #MIN_SECONDS} to {@link #MAX_SECONDS}. */
    public DoubleProperty secondsPerStepProperty() {
        return secondsPerStep;
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** null before the promises are checked, then true if all held, false if one broke. */
    public ReadOnlyObjectProperty<Boolean> promisesHeldProperty() {
        return promisesHeld.getReadOnlyProperty();
    }

    /** The names of the shipped lessons, in the order of the lesson index. */
    public List<String> shippedNames() {
        return Lessons.names();
    }

    /** A shipped lesson's title (the name itself if there is no such lesson). */
    public String titleOf(String name) {
        return Lessons.builtIn(name).map(Lesson::title).orElse(name);
    }

    /** The shipped lesson's name if {@code lesson} is one, "" for none, null for a lesson from a file. */
    public String shippedNameOf(Lesson lesson) {
        if (lesson == null) {
            return "";
        }
        return Lessons.names().stream()
                .filter(n -> Lessons.builtIn(n).map(l -> l.equals(lesson)).orElse(false))
                .findFirst().orElse(null);
    }

    /** Where the lesson stands and what comes next, e.g. "Step 3 of 7 · next: client1 connect"; "" with none. */
    public javafx.beans.binding.StringBinding progressLineProperty() {
        return progressLine;
    }

    public ReadOnlyStringProperty promisesProperty() {
        return promises.getReadOnlyProperty();
    }
}
