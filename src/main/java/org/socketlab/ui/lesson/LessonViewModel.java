package org.socketlab.ui.lesson;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Supplier;
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
import javafx.collections.ObservableList;
import org.socketlab.engine.LabSnapshot;
import org.socketlab.engine.ScriptStep;
import org.socketlab.engine.Step;
import org.socketlab.engine.StepResult;
import org.socketlab.lesson.Lesson;
import org.socketlab.lesson.LessonFiles;
import org.socketlab.lesson.LessonFormatException;
import org.socketlab.lesson.LessonSystems;
import org.socketlab.lesson.Lessons;
import org.socketlab.os.OsKind;
import org.socketlab.ui.window.StepSink;
import org.socketlab.ui.window.Ticker;

/**
 * A lesson being followed: which step is next, guided or free, auto-play with a speed, Step back. A step
 * counts as done when its result arrives, whether auto-play, Step or the student's own click ran it; a
 * step that does not do what the lesson says stops auto-play and makes the verdict red, naming it. The
 * verdict is taken once, when the last step has run and the lab has had a moment to post what it caused;
 * clicks after that do not change it. A lesson whose promises hold only on other operating systems is not
 * opened: the error line says where they hold and what this system is, and the chooser marks its title.
 */
public final class LessonViewModel {
    public static final double MIN_SECONDS = 0.3;
    public static final double MAX_SECONDS = 5;

    private final StepSink sink;
    private final Ticker ticker;
    private final Consumer<Lesson> prepareLab;
    private final ResourceBundle text;
    private final Supplier<LabSnapshot> shown;
    private final LessonSource source;
    private final LessonSteps rows;
    private final ReadOnlyObjectWrapper<Lesson> lesson = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<ScriptStep> next = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper();
    private final LessonReplay replay = new LessonReplay();
    private final BooleanProperty guided = new SimpleBooleanProperty(true);
    private final DoubleProperty secondsPerStep = new SimpleDoubleProperty(1.5);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final LessonVerdict verdict;
    private final OsKind os;
    private final LessonSystems systems;
    private boolean awaiting;
    private long generation;

    public LessonViewModel(StepSink sink, Ticker ticker, Consumer<Lesson> prepareLab, ResourceBundle text,
                    Supplier<LabSnapshot> shown) {
        this(sink, ticker, prepareLab, text, shown, OsKind.current());
    }

    public LessonViewModel(StepSink sink, Ticker ticker, Consumer<Lesson> prepareLab, ResourceBundle text,
                    Supplier<LabSnapshot> shown, OsKind os) {
        this.os = os;
        this.systems = new LessonSystems(text.getLocale());
        this.shown = shown;
        this.sink = sink;
        this.ticker = ticker;
        this.prepareLab = prepareLab;
        this.text = text;
        this.source = new LessonSource(text.getLocale());
        this.rows = new LessonSteps(text);
        this.verdict = new LessonVerdict(text, ticker);
    }

    /** Opens a shipped lesson; starts from a reset lab with the lesson's settings. */
    public void openShipped(String name) {
        if (Lessons.builtIn(name).map(this::opensHere).orElse(true)) {
            source.shipped(name).ifPresent(this::start);
        }
    }

    /** Opens a lesson file; a bad file is refused with its line number and nothing of it runs. */
    public boolean openFile(Path file) {
        try {
            if (!opensHere(LessonFiles.read(file))) {
                return false;
            }
            start(source.file(file));
            return true;
        } catch (LessonFormatException e) {
            error.set(MessageFormat.format(text.getString("lesson.error"), file.getFileName(), e.getMessage()));
            return false;
        }
    }

    /**
     * Whether opening another lesson now would throw work away: sockets are open, or a lesson is under way.
     * The window asks before it switches.
     */
    public boolean inProgress() {
        return !shown.get().sockets().isEmpty() || lesson.get() != null && position.get() > 0;
    }

    /** Whether a lesson opens on this system: only where its promises hold; elsewhere the error line says why. */
    private boolean opensHere(Lesson l) {
        if (!l.holdsOn(os)) {
            error.set(systems.unavailable(l.in(text.getLocale()), os));
        }
        return l.holdsOn(os);
    }

    void start(Lesson l) {
        pause();
        generation++;
        replay.stop();
        error.set("");
        rows.start(l);
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

    /**
     * Goes back one step: resets the lab and replays the lesson up to the step before the last one run, on
     * fresh sockets. These are real calls again, made one after another.
     */
    public void stepBack() {
        int target = position.get() - 1;
        if (lesson.get() == null || target < 0 || replay.running()) {
            return;
        }
        start(lesson.get());
        if (target == 0) {
            return;
        }
        replay.start(target);
        playing.set(true);
        step();
    }

    /**
     * The lesson's item for {@code step} and its number (counting from 1) if {@code step} is the lesson's next
     * step; empty otherwise (free play, or a click off the lesson's path).
     */
    public Optional<Map.Entry<Integer, Lesson.Item>> itemFor(Step step) {
        if (next.get() instanceof ScriptStep.Action a && a.step().equals(step)) {
            int index = position.get();
            return Optional.of(Map.entry(index + 1, lesson.get().steps().get(index)));
        }
        return Optional.empty();
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
        if (next.get() == null || rows.failed()) {
            return;
        }
        playing.set(true);
        step();
    }

    public void pause() {
        playing.set(false);
    }

    /**
     * The lesson's own words for a result, if it is the lesson's next step ("" otherwise); advances. A
     * result other than the one the lesson says stops auto-play and turns the verdict red.
     */
    public String onResult(StepResult r) {
        if (next.get() instanceof ScriptStep.Action a && a.step().equals(r.step())) {
            int index = position.get();
            Lesson.Item item = lesson.get().steps().get(index);
            if (!item.expect().accepts(r)) {
                fail(index, r, item);
            }
            advance();
            return item.narration();
        }
        return "";
    }

    private void fail(int index, StepResult r, Lesson.Item item) {
        String what = rows.fail(index, r, item);
        playing.set(false);
        replay.stop();
        verdict.failed(what);
    }

    private void advance() {
        awaiting = false;
        moveTo(position.get() + 1);
        long mine = generation;
        if (replay.reached(position.get())) {
            playing.set(false);
        }
        if (playing.get() && next.get() != null) {
            Duration pause = replay.running() ? LessonReplay.PAUSE : Duration.ofMillis(Math.round(secondsPerStep.get() * 1000));
            ticker.schedule(pause, () -> {
                if (mine == generation && playing.get()) {
                    step();
                }
            });
        } else {
            playing.set(false);
        }
        if (next.get() == null) {
            verdict.judgeWhenQuiet(lesson.get(), shown, () -> mine == generation);
        }
    }

    private void moveTo(int index) {
        awaiting = false;
        List<Lesson.Item> steps = lesson.get().steps();
        int at = Math.min(index, steps.size());
        position.set(at);
        next.set(index < steps.size() ? steps.get(index).step() : null);
        if (at == 0) {
            verdict.clear();
        }
        rows.moveTo(at);
    }

    /** Lets an await step advance once its counter is reached; counts the updates the verdict waits out. */
    public void check(LabSnapshot snapshot) {
        verdict.updated();
        if (awaiting && next.get() instanceof ScriptStep.Await a
                && snapshot.counters(a.socket()).count(a.notification()) >= a.count()) {
            advance();
        }
    }

    public void forget() {
        pause();
        generation++;
        replay.stop();
        source.forget();
        lesson.set(null);
        next.set(null);
        position.set(0);
        verdict.clear();
        rows.clear();
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

    /** True while Step back replays the lesson's earlier steps. */
    public ReadOnlyBooleanProperty replayingProperty() {
        return replay.property();
    }

    public BooleanProperty guidedProperty() {
        return guided;
    }

    /** Seconds between auto-played steps, {@link #MIN_SECONDS} to {@link #MAX_SECONDS}. */
    public DoubleProperty secondsPerStepProperty() {
        return secondsPerStep;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** null before the verdict, then true if every step ran as said and every promise held, false if not. */
    public ReadOnlyObjectProperty<Boolean> promisesHeldProperty() {
        return verdict.heldProperty();
    }

    /** The lesson's steps as the lesson pane lists them, with the button names and done / current / next. */
    public ObservableList<LessonStepRow> steps() {
        return rows.rows();
    }

    /** What the lesson pins, e.g. "Receive buffer 4 bytes · Send: the time of day · IPv4 · server and clients". */
    public ReadOnlyStringProperty setupProperty() {
        return rows.setupProperty();
    }

    /** The names of the shipped lessons, in the order of the lesson index. */
    public List<String> shippedNames() {
        return source.names();
    }

    /**
     * A shipped lesson's title in the window's language (the name itself if there is no such lesson), marked with
     * the systems it holds on where this is not one of them.
     */
    public String titleOf(String name) {
        return Lessons.builtIn(name).filter(l -> !l.holdsOn(os))
                .map(l -> systems.title(l.in(text.getLocale()), os)).orElseGet(() -> source.titleOf(name));
    }

    /** The open lesson's shipped name, "" for none, null for a lesson from a file. */
    public String shippedName() {
        return lesson.get() == null ? "" : source.shippedName();
    }

    /** Where the lesson stands and what comes next, e.g. "Step 3 of 7 · Next: 4 Connect"; "" with none. */
    public ReadOnlyStringProperty progressLineProperty() {
        return rows.progressLineProperty();
    }

    public ReadOnlyStringProperty promisesProperty() {
        return verdict.saidProperty();
    }
}
