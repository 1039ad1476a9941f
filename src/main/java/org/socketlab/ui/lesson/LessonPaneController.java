package org.socketlab.ui.lesson;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.socketlab.ui.window.Styles;
import org.socketlab.ui.window.Texts;
import org.socketlab.ui.window.Visibility;

/** Binds the Lesson tab: title, pinned settings, the steps marked done / current / next, Step back, verdict. */
public final class LessonPaneController {
    private static final String[] MARKS = {"✓", "✗", "▶", "○", " "};

    @FXML
    private Label title;
    @FXML
    private Label setup;
    @FXML
    private Button stepBack;
    @FXML
    private Label replaying;
    @FXML
    private ListView<LessonStepRow> steps;
    @FXML
    private Label verdict;

    private LessonViewModel lesson;

    public void bind(LessonViewModel vm) {
        this.lesson = vm;
        steps.setId("lesson-steps");
        title.textProperty().bind(Bindings.createStringBinding(() -> vm.lessonProperty().get() == null
                ? Texts.bundle().getString("lesson.pane.title") : vm.lessonProperty().get().title(), vm.lessonProperty()));
        setup.textProperty().bind(vm.setupProperty());
        Visibility.showWhen(setup, vm.setupProperty().isNotEmpty());
        stepBack.disableProperty().bind(vm.positionProperty().isEqualTo(0).or(vm.replayingProperty()));
        Visibility.showWhen(stepBack, vm.lessonProperty().isNotNull());
        Visibility.showWhen(replaying, vm.replayingProperty());
        steps.setItems(vm.steps());
        steps.setFocusTraversable(false);
        steps.setCellFactory(list -> new StepCell());
        // The list follows the lesson: the next step stays in view.
        vm.positionProperty().addListener((o, was, now) -> steps.scrollTo(Math.max(0, now.intValue() - 2)));
        verdict.textProperty().bind(vm.promisesProperty());
        Visibility.showWhen(verdict, vm.promisesProperty().isNotEmpty());
        Styles.follow(verdict, "promises-", vm.promisesHeldProperty(), held -> held == null
                ? "promises-unchecked" : held ? "promises-held" : "promises-broken");
    }

    @FXML
    private void stepBack() {
        lesson.stepBack();
    }

    /** One step: its mark and number, the button as the class sees it, and what a failed step did instead. */
    private static final class StepCell extends ListCell<LessonStepRow> {
        private final Label mark = new Label();
        private final Label number = new Label();
        private final Label button = new Label();
        private final Label what = new Label();
        private final VBox box = new VBox(new HBox(mark, number, button), what);

        StepCell() {
            mark.getStyleClass().add("lesson-step-mark");
            number.getStyleClass().add("lesson-step-number");
            button.getStyleClass().add("lesson-step-button");
            what.getStyleClass().add("lesson-step-what");
            what.setWrapText(true);
            ((HBox) box.getChildren().get(0)).getStyleClass().add("lesson-step-line");
            setText(null);
        }

        @Override
        protected void updateItem(LessonStepRow row, boolean empty) {
            super.updateItem(row, empty);
            for (LessonStepRow.Mark m : LessonStepRow.Mark.values()) {
                getStyleClass().remove(m.styleClass());
            }
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            getStyleClass().add(row.mark().styleClass());
            mark.setText(MARKS[row.mark().ordinal()]);
            number.setText(row.number() + ".");
            button.setText(row.button());
            what.setText(row.what());
            what.setVisible(!row.what().isEmpty());
            what.setManaged(what.isVisible());
            setGraphic(box);
        }
    }
}
