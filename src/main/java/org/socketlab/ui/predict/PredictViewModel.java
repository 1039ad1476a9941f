package org.socketlab.ui.predict;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.socketlab.engine.Operation;
import org.socketlab.engine.Outcome;
import org.socketlab.engine.SocketName;
import org.socketlab.engine.Step;
import org.socketlab.engine.StepResult;
import org.socketlab.lesson.Question;
import org.socketlab.lesson.ScoreSheet;
import org.socketlab.ui.window.FileReport;
import org.socketlab.ui.window.StepSink;

/**
 * Predict mode: every step a click, a key or the lesson asks for is held before it reaches the lab, and the
 * class is asked what the call will return (the lesson's own question where it has one, else one made from
 * the step). The answer lets the step run; its real result is then shown beside the prediction, with why,
 * and the running score. Nothing about the answer is known before the call is made. Knows no controls.
 */
public final class PredictViewModel {
    /** What is asked for a step: the lesson's question, or none (the step's own question is made here). */
    public interface Questions {
        /** The lesson's question for {@code step} and its number in the lesson, if it is the lesson's next step. */
        Optional<Asked> forStep(Step step);
    }

    /** The lesson's step {@code number} (counting from 1) and its question, null when it writes none. */
    public record Asked(int number, Question question) {
    }

    private final StepSink lab;
    private final ResourceBundle text;
    private final Function<Step, String> stepName;
    private final Questions questions;
    private final BooleanSupplier passThrough;
    private final BooleanProperty on = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper asking = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper revealed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper question = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reveal = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper why = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper score = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Boolean> right = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SocketName> askedSocket = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Outcome> choices = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper asksBytes = new ReadOnlyBooleanWrapper();
    private final StringProperty bytesGuess = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper bytesReveal = new ReadOnlyStringWrapper("");
    private final ScoreSheet sheet = new ScoreSheet();
    private final FileReport report;
    /** The step waiting for the class's answer. */
    private Held pending;
    /** The step that was answered and runs now, waiting for its result. */
    private Held running;
    /** True while steps run unasked ({@link #unasked}). */
    private boolean quiet;

    private record Held(Step step, int number, String question, String why, List<Outcome> choices, Outcome predicted,
                        Long bytes) {
        Held answered(Outcome answer, Long guessedBytes) {
            return new Held(step, number, question, why, choices, answer, guessedBytes);
        }
    }

    /**
     * @param lab         where an answered (or unasked) step goes
     * @param stepName    a step as the window names it, e.g. "Client 1 · 7 Receive"
     * @param questions   the lesson's questions
     * @param passThrough true while steps must not be asked (Step back replaying earlier steps)
     */
    public PredictViewModel(StepSink lab, ResourceBundle text, Function<Step, String> stepName,
                            Questions questions, BooleanSupplier passThrough) {
        this.lab = lab;
        this.text = text;
        this.stepName = stepName;
        this.questions = questions;
        this.passThrough = passThrough;
        this.report = new FileReport(text);
        on.addListener((o, was, now) -> {
            if (!now) {
                Held waiting = pending;
                clearQuestion();
                revealed.set(false);
                if (waiting != null) {
                    lab.submit(waiting.step()); // the step was asked for: it runs, unasked
                }
            }
        });
        score.set(scoreLine());
    }

    /**
     * A step asked for by a click, a key or the lesson: held and asked about in predict mode, else run. While a
     * question waits for its answer, other steps are not taken (a lesson waiting for its held step would
     * otherwise wait for good): the class answers first.
     */
    public void submit(Step step) {
        if (!on.get() || quiet || passThrough.getAsBoolean()) {
            lab.submit(step);
            return;
        }
        if (pending != null) {
            return;
        }
        Optional<Asked> asked = questions.forStep(step);
        int number = asked.map(Asked::number).orElse(0);
        Question q = asked.map(Asked::question).orElse(null);
        pending = q != null ? new Held(step, number, q.ask(), q.why(), q.choices(), null, null)
                : new Held(step, number, MessageFormat.format(text.getString("predict.question"), stepName.apply(step)),
                        "", Question.ALL_OUTCOMES, null, null);
        bytesGuess.set("");
        asksBytes.set(step.operation() == Operation.SEND || step.operation() == Operation.RECEIVE);
        question.set(pending.question());
        choices.setAll(pending.choices());
        askedSocket.set(step.socket());
        revealed.set(false);
        asking.set(true);
    }

    /** Runs {@code action}'s steps without asking (Broadcast's sends are one action, not a question each). */
    public void unasked(Runnable action) {
        boolean was = quiet;
        quiet = true;
        try {
            action.run();
        } finally {
            quiet = was;
        }
    }

    /** The class's answer to the question shown: the step runs now. An outcome not offered is ignored. */
    public void answer(Outcome predicted) {
        if (pending == null || !pending.choices().contains(predicted)) {
            return;
        }
        running = pending.answered(predicted, asksBytes.get() ? guessedBytes() : null);
        clearQuestion();
        lab.submit(running.step());
    }

    /**
     * A step's result: if it is the answered step, the real answer is shown beside the prediction. Returns
     * the question the class was asked before it (for the session saved as a lesson), or empty.
     */
    public Optional<Question> onResult(StepResult r) {
        if (running == null || !running.step().equals(r.step())) {
            return Optional.empty();
        }
        Held done = running;
        running = null;
        Outcome actual = r.outcome();
        boolean hit = done.predicted() == actual;
        sheet.add(new ScoreSheet.Entry(done.number(), r.step().text(), done.question(), done.predicted(), actual,
                done.bytes(), r.bytes()));
        bytesReveal.set(done.bytes() == null ? "" : MessageFormat.format(text.getString(done.bytes() == r.bytes()
                ? "predict.bytes.right" : "predict.bytes.wrong"), done.bytes(), r.bytes()));
        String returned = r.errno().isEmpty() ? word(actual) : word(actual) + " (" + r.errno() + ")";
        reveal.set(MessageFormat.format(text.getString(hit ? "predict.reveal.right" : "predict.reveal.wrong"),
                word(done.predicted()), returned));
        why.set(done.why());
        right.set(hit);
        score.set(scoreLine());
        askedSocket.set(r.step().socket());
        revealed.set(true);
        return Optional.of(new Question(done.question(), done.choices(), done.why(), Map.of(),
                Map.of()));
    }

    /** Forgets a question not answered and a result not shown (Reset, another lesson); the score stays. */
    public void cancel() {
        clearQuestion();
        running = null;
        revealed.set(false);
        askedSocket.set(null);
    }

    /** Starts a new score sheet (a new lesson). */
    public void newSheet() {
        cancel();
        sheet.clear();
        score.set(scoreLine());
    }

    /** The byte count typed in, or null when none (or not a whole number of bytes) was given. */
    private Long guessedBytes() {
        String typed = bytesGuess.get().strip();
        return typed.matches("[0-9]{1,12}") ? Long.valueOf(typed) : null;
    }

    private void clearQuestion() {
        pending = null;
        asksBytes.set(false);
        asking.set(false);
        question.set("");
        choices.clear();
    }

    private String word(Outcome o) {
        return text.getString("outcome." + o.word());
    }

    private String scoreLine() {
        return MessageFormat.format(text.getString("predict.score"), sheet.right(), sheet.asked());
    }

    /** Predict mode on or off (F6, the lesson bar, View ▸ Predict). Off runs a held step unasked. */
    public BooleanProperty onProperty() {
        return on;
    }

    /** True while a question waits for the class's answer. */
    public ReadOnlyBooleanProperty askingProperty() {
        return asking.getReadOnlyProperty();
    }

    /** True while the last predicted step's real answer is shown. */
    public ReadOnlyBooleanProperty revealedProperty() {
        return revealed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty questionProperty() {
        return question.getReadOnlyProperty();
    }

    /** The outcomes offered as answers, in order. */
    public ObservableList<Outcome> choices() {
        return choices;
    }

    /** "You said WOULD BLOCK; the call returned WOULD BLOCK (EAGAIN): right." */
    public ReadOnlyStringProperty revealProperty() {
        return reveal.getReadOnlyProperty();
    }

    /** True while the question also asks how many bytes the call will move (a Send or a Receive). */
    public ReadOnlyBooleanProperty asksBytesProperty() {
        return asksBytes.getReadOnlyProperty();
    }

    /** The class's byte count for a Send or Receive, as typed ("" for none); read when the outcome is answered. */
    public StringProperty bytesGuessProperty() {
        return bytesGuess;
    }

    /** "Bytes: you said 5, the call moved 12." after a Send or Receive whose bytes were predicted; else "". */
    public ReadOnlyStringProperty bytesRevealProperty() {
        return bytesReveal.getReadOnlyProperty();
    }

    /** Why the real answer is what it is (the lesson's words; "" when it gives none). */
    public ReadOnlyStringProperty whyProperty() {
        return why.getReadOnlyProperty();
    }

    /** null before a reveal, then whether the prediction was right. */
    public ReadOnlyObjectProperty<Boolean> rightProperty() {
        return right.getReadOnlyProperty();
    }

    /** "Score: 3 of 4". */
    public ReadOnlyStringProperty scoreProperty() {
        return score.getReadOnlyProperty();
    }

    /** The socket whose step is asked about or was revealed (its card is marked), or null. */
    public ReadOnlyObjectProperty<SocketName> askedSocketProperty() {
        return askedSocket.getReadOnlyProperty();
    }

    /**
     * Writes every prediction so far with the real outcomes to {@code file}: Markdown (the score, each
     * prediction, the steps most often wrong) or, for a {@code .csv} file, CSV. The status says how it went.
     */
    public boolean export(Path file, String title) {
        if (sheet.asked() == 0) {
            return report.fail("predict.export.empty");
        }
        boolean csv = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith(".csv");
        String content = csv ? sheet.csv() : sheet.markdown(MessageFormat.format(
                text.getString("predict.export.title"), title.isEmpty() ? text.getString("predict.export.free") : title),
                text.getLocale());
        return report.write(file, content, "predict.export.done", "predict.export.failed");
    }

    /** What the last export did: the file written, or why not ("" before any). */
    public ReadOnlyStringProperty exportStatusProperty() {
        return report.statusProperty();
    }

    public ReadOnlyBooleanProperty exportFailedProperty() {
        return report.failedProperty();
    }

    /** Every prediction so far with the real outcomes, to export. */
    public ScoreSheet sheet() {
        return sheet;
    }
}
