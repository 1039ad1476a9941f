package org.socketlab.ui.lesson;

import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.controlsfx.control.SegmentedButton;
import org.socketlab.ui.window.LabViewModel;
import org.socketlab.ui.window.Confirmation;
import org.socketlab.ui.window.Texts;
import org.socketlab.ui.window.Toggles;

/** Binds the lesson bar: the chooser, Open, Restart, Play/Pause, Step, speed, guided or free, progress. */
public final class LessonBarController {
    private static final String FREE_PLAY = "";
    /** The chooser's item for a lesson opened from a file, shown by its title. */
    private static final String FROM_FILE = "\u0000file";

    @FXML
    private ToolBar bar;
    @FXML
    private ComboBox<String> lessonChoice;
    @FXML
    private Button restartLesson;
    @FXML
    private Button playLesson;
    @FXML
    private Button stepLesson;
    @FXML
    private Slider speed;
    @FXML
    private SegmentedButton lessonModes;
    @FXML
    private ToggleButton guidedMode;
    @FXML
    private ToggleButton freeMode;
    @FXML
    private ToggleButton predictToggle;
    @FXML
    private Label lessonProgress;

    private LabViewModel model;
    /** True while the chooser is set to show the open lesson: that is no choice of the user's. */
    private boolean showing;

    public void bind(LabViewModel vm) {
        this.model = vm;
        LessonViewModel lesson = vm.lesson();
        bindChooser(lesson);
        Toggles.keepWhole(bar);
        BooleanBinding noLesson = lesson.lessonProperty().isNull();
        BooleanBinding nothingNext = lesson.nextProperty().isNull();
        restartLesson.disableProperty().bind(noLesson);
        playLesson.disableProperty().bind(nothingNext);
        stepLesson.disableProperty().bind(nothingNext.or(lesson.playingProperty()));
        playLesson.textProperty().bind(Bindings.when(lesson.playingProperty())
                .then(Texts.bundle().getString("lesson.pause")).otherwise(Texts.bundle().getString("lesson.play")));
        speed.setMin(LessonViewModel.MIN_SECONDS);
        speed.setMax(LessonViewModel.MAX_SECONDS);
        speed.valueProperty().bindBidirectional(lesson.secondsPerStepProperty());
        Toggles.oneAlwaysChosen(lessonModes.getToggleGroup(), lesson.guidedProperty().get() ? guidedMode : freeMode,
                mode -> lesson.guidedProperty().set(mode.equals("GUIDED")));
        lessonProgress.textProperty().bind(lesson.progressLineProperty());
        predictToggle.setId("predictToggle");
        predictToggle.selectedProperty().bindBidirectional(vm.predict().onProperty());
    }

    private void bindChooser(LessonViewModel lesson) {
        lessonChoice.getItems().add(FREE_PLAY);
        lessonChoice.getItems().addAll(lesson.shippedNames());
        lessonChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(String name) {
                if (name == null || name.equals(FREE_PLAY)) {
                    return Texts.bundle().getString("lesson.free");
                }
                if (name.equals(FROM_FILE)) {
                    return lesson.lessonProperty().get() == null ? "" : lesson.lessonProperty().get().title();
                }
                return lesson.titleOf(name);
            }

            @Override
            public String fromString(String title) {
                return title;
            }
        });
        lessonChoice.setValue(FREE_PLAY);
        lessonChoice.valueProperty().addListener((o, was, now) -> {
            String open = open(lesson);
            if (showing || now == null || now.equals(open)) {
                return; // showing what is already open
            }
            if (lesson.inProgress() && !confirmSwitch()) {
                show(open);
                return;
            }
            if (now.equals(FREE_PLAY)) {
                model.leaveLesson();
            } else {
                lesson.openShipped(now);
            }
        });
        // However a lesson was opened (chooser, file, a test), the chooser shows it: a lesson from a file by its title.
        lesson.lessonProperty().addListener((o, was, now) -> show(open(lesson)));
    }

    /** The chooser's item for the open lesson: its shipped name, FROM_FILE, or FREE_PLAY. */
    private static String open(LessonViewModel lesson) {
        String name = lesson.shippedName();
        return name == null ? FROM_FILE : name;
    }

    private void show(String item) {
        showing = true;
        try {
            lessonChoice.getItems().remove(FROM_FILE);
            if (item.equals(FROM_FILE)) {
                lessonChoice.getItems().add(FROM_FILE);
            }
            lessonChoice.setValue(null); // the converter's text for FROM_FILE changes with the lesson
            lessonChoice.setValue(item);
        } finally {
            showing = false;
        }
    }

    /** Asks before another lesson throws away a lab in progress (its sockets close, its counters restart). */
    private boolean confirmSwitch() {
        return Confirmation.ask(lessonChoice.getScene().getWindow(), "lesson.switch.title", "lesson.switch.ask");
    }

    @FXML
    private void openLesson() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.bundle().getString("lesson.open.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                Texts.bundle().getString("lesson.open.filter"), "*.lesson", "*.txt"));
        File file = chooser.showOpenDialog(lessonChoice.getScene().getWindow());
        if (file != null && (!model.lesson().inProgress() || confirmSwitch())) {
            model.lesson().openFile(file.toPath());
        }
    }

    @FXML
    private void restartLesson() {
        model.lesson().restart();
    }

    @FXML
    private void playOrPause() {
        if (model.lesson().playingProperty().get()) {
            model.lesson().pause();
        } else {
            model.lesson().play();
        }
    }

    @FXML
    private void stepLesson() {
        model.lesson().step();
    }
}
