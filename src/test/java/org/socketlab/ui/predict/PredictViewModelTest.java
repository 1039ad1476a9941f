package org.socketlab.ui.predict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.socketlab.engine.Operation;
import org.socketlab.engine.Outcome;
import org.socketlab.lesson.Lessons;
import org.socketlab.lesson.Question;
import org.socketlab.lesson.ScoreSheet;
import org.socketlab.ui.window.ViewModelLab;

/** Predict mode on a real loopback lab, without a toolkit: ask, answer, the real call, reveal, score. */
class PredictViewModelTest {
    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    /** Steps 1–5 run unasked, then predict mode is turned on. */
    private static PredictViewModel connectedThenPredicting(ViewModelLab ui) {
        ui.keys(1, 2, 3, 4, 5);
        PredictViewModel p = ui.vm.predict();
        p.onProperty().set(true);
        return p;
    }

    private static boolean ranReceive(ViewModelLab ui) {
        return ui.results.stream().anyMatch(r -> r.step().operation() == Operation.RECEIVE);
    }

    @Test
    void aClickIsAskedAboutAndRunsOnlyOnceAnsweredThenTheRealOutcomeIsShownBesideThePrediction() throws Exception {
        try (ViewModelLab ui = new ViewModelLab()) {
            PredictViewModel p = connectedThenPredicting(ui);
            ui.vm.runNumbered(7);
            ui.settle();
            assertThat(p.askingProperty().get()).isTrue();
            assertThat(p.questionProperty().get()).isEqualTo("What will 7 Receive return?");
            assertThat(p.choices()).containsExactly(Outcome.OK, Outcome.WOULD_BLOCK, Outcome.ERROR);
            assertThat(p.askedSocketProperty().get()).hasToString("client1");
            assertThat(ranReceive(ui)).as("nothing runs before the answer").isFalse();
            assertThat(p.revealedProperty().get()).isFalse();

            assertThat(p.asksBytesProperty().get()).as("a Receive is also asked its bytes").isTrue();
            p.bytesGuessProperty().set("0");
            p.answer(Outcome.WOULD_BLOCK);
            ui.settle();
            assertThat(ranReceive(ui)).isTrue();
            assertThat(p.bytesRevealProperty().get()).isEqualTo("Bytes: you said 0, and the call moved 0. ✓");
            assertThat(p.askingProperty().get()).isFalse();
            assertThat(p.revealedProperty().get()).isTrue();
            assertThat(p.rightProperty().get()).isTrue();
            assertThat(p.revealProperty().get())
                    .isEqualTo("✓ Right: you said WOULD BLOCK, and the call returned WOULD BLOCK (EAGAIN).");
            assertThat(p.scoreProperty().get()).isEqualTo("Score: 1 of 1");

            ui.vm.runNumbered(7);
            ui.settle();
            assertThat(p.bytesGuessProperty().get()).as("a new question starts with no bytes").isEmpty();
            p.answer(Outcome.OK);
            ui.settle();
            assertThat(p.bytesRevealProperty().get()).as("no bytes predicted: none shown").isEmpty();
            assertThat(p.rightProperty().get()).isFalse();
            assertThat(p.revealProperty().get()).startsWith("✗ Not this time: you said OK");
            assertThat(p.scoreProperty().get()).isEqualTo("Score: 1 of 2");
            assertThat(p.sheet().entries()).extracting(ScoreSheet.Entry::predicted, ScoreSheet.Entry::actual)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(Outcome.WOULD_BLOCK, Outcome.WOULD_BLOCK),
                            org.assertj.core.groups.Tuple.tuple(Outcome.OK, Outcome.WOULD_BLOCK));
            assertThat(p.sheet().csv()).startsWith("number,step,question,predicted,actual,right,predicted_bytes,bytes\r\n")
                    .contains("0,client1.receive,What will 7 Receive return?,would-block,would-block,true,0,0\r\n")
                    .contains(",ok,would-block,false,,0\r\n");

            java.nio.file.Path md = dir.resolve("class.md");
            assertThat(p.export(md, "")).isTrue();
            assertThat(java.nio.file.Files.readString(md)).startsWith("# Predictions: Free play\n\nScore: 1 of 2");
            assertThat(p.exportStatusProperty().get()).isEqualTo("Predictions written to class.md");
            java.nio.file.Path csv = dir.resolve("class.csv");
            assertThat(p.export(csv, "Receive first")).isTrue();
            assertThat(java.nio.file.Files.readString(csv)).isEqualTo(p.sheet().csv());
            assertThat(p.export(dir.resolve("missing").resolve("x.md"), "")).isFalse();
            assertThat(p.exportFailedProperty().get()).isTrue();
            assertThat(p.exportStatusProperty().get()).startsWith("Could not write the predictions: ");
        }
    }

    @Test
    void anEmptySheetIsNotWritten() {
        try (ViewModelLab ui = new ViewModelLab()) {
            PredictViewModel p = ui.vm.predict();
            assertThat(p.export(dir.resolve("none.md"), "")).isFalse();
            assertThat(java.nio.file.Files.exists(dir.resolve("none.md"))).isFalse();
            assertThat(p.exportStatusProperty().get()).startsWith("No prediction yet");
        }
    }

    @Test
    void aLessonAsksItsOwnQuestionAtItsStepAndGivesItsWhyAfterTheReveal() throws Exception {
        try (ViewModelLab ui = new ViewModelLab()) {
            PredictViewModel p = ui.vm.predict();
            p.onProperty().set(true);
            ui.vm.lesson().openShipped("receive-before-send");
            ui.settle();
            Question asked = Lessons.builtIn("receive-before-send").orElseThrow().in(Locale.ENGLISH).steps().get(5)
                    .asked().orElseThrow();
            for (int step = 1; step <= 5; step++) {
                ui.vm.lesson().step();
                ui.settle();
                assertThat(p.askingProperty().get()).as("step %d asked", step).isTrue();
                assertThat(p.questionProperty().get()).startsWith("What will ");
                p.answer(step == 4 ? Outcome.WOULD_BLOCK : Outcome.OK);
                ui.settle();
                assertThat(ui.vm.lesson().positionProperty().get()).as("the lesson moved on").isEqualTo(step);
            }
            ui.vm.lesson().step();
            ui.settle();
            assertThat(p.questionProperty().get()).isEqualTo(asked.ask());
            assertThat(ranReceive(ui)).isFalse();
            ui.vm.lesson().step(); // Step again while asked: nothing more is held or run
            ui.vm.runNumbered(6); // nor a click off the lesson's path: the question stays the lesson's
            ui.settle();
            assertThat(ranReceive(ui)).isFalse();
            assertThat(p.questionProperty().get()).isEqualTo(asked.ask());
            p.answer(Outcome.WOULD_BLOCK);
            ui.settle();
            assertThat(p.rightProperty().get()).isTrue();
            assertThat(p.whyProperty().get()).isEqualTo(asked.why());
            assertThat(p.sheet().entries()).last().satisfies(e -> {
                assertThat(e.number()).isEqualTo(6);
                assertThat(e.question()).isEqualTo(asked.ask());
            });

            java.nio.file.Path saved = dir.resolve("asked.lesson");
            assertThat(ui.vm.session().saveLesson(saved)).as(ui.vm.session().statusProperty().get()).isTrue();
            var replay = org.socketlab.lesson.LessonFiles.read(saved);
            assertThat(replay.steps().get(5).asked()).as("the saved session asks what the class was asked")
                    .hasValueSatisfying(q -> {
                        assertThat(q.ask()).isEqualTo(asked.ask());
                        assertThat(q.why()).isEqualTo(asked.why());
                    });
            assertThat(replay.steps().get(0).asked().orElseThrow().ask()).isEqualTo("What will 1 Initialize return?");
        }
    }

    @Test
    void anOutcomeNotOfferedIsIgnoredAndTurningPredictOffRunsTheHeldStepUnasked() {
        try (ViewModelLab ui = new ViewModelLab()) {
            PredictViewModel p = connectedThenPredicting(ui);
            ui.vm.runNumbered(7);
            ui.settle();
            p.onProperty().set(false);
            ui.settle();
            assertThat(ranReceive(ui)).as("the step that was asked for runs").isTrue();
            assertThat(p.askingProperty().get()).isFalse();
            assertThat(p.sheet().asked()).as("an unanswered question scores nothing").isZero();
        }
    }

    @Test
    void broadcastIsOneActionNotAQuestionPerSend() {
        try (ViewModelLab ui = new ViewModelLab()) {
            PredictViewModel p = connectedThenPredicting(ui);
            ui.vm.classActions().broadcast();
            ui.settle();
            assertThat(p.askingProperty().get()).isFalse();
            assertThat(ui.results).anyMatch(r -> r.step().operation() == Operation.SEND);
        }
    }

    @Test
    void resetForgetsTheQuestionButKeepsTheScore() {
        try (ViewModelLab ui = new ViewModelLab()) {
            PredictViewModel p = connectedThenPredicting(ui);
            ui.vm.runNumbered(7);
            ui.settle();
            p.answer(Outcome.WOULD_BLOCK);
            ui.settle();
            ui.vm.runNumbered(6);
            ui.settle();
            assertThat(p.askingProperty().get()).isTrue();
            ui.vm.reset();
            ui.settle();
            assertThat(p.askingProperty().get()).isFalse();
            assertThat(p.revealedProperty().get()).isFalse();
            assertThat(p.askedSocketProperty().get()).isNull();
            assertThat(p.scoreProperty().get()).isEqualTo("Score: 1 of 1");
            p.answer(Outcome.OK);
            ui.settle();
            assertThat(ui.results).noneMatch(r -> r.step().operation() == Operation.SEND);
        }
    }
}
