package org.socketlab.ui.narration;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.socketlab.ui.lesson.LessonViewModel;
import org.socketlab.ui.window.Styles;
import org.socketlab.ui.window.Texts;
import org.socketlab.ui.window.Visibility;

/** Binds the narration: the last step, what it did and why, what it caused, the lesson's promises. */
public final class NarrationController {
    @FXML
    private Label lessonError;
    @FXML
    private Label narrationHeading;
    @FXML
    private Label narrationLesson;
    @FXML
    private Label narrationText;
    @FXML
    private VBox narrationEvents;
    @FXML
    private Label lessonPromises;

    public void bind(NarrationViewModel narration, LessonViewModel lesson) {
        narrationHeading.textProperty().bind(narration.headingProperty());
        narrationLesson.textProperty().bind(narration.lessonTextProperty());
        Visibility.showWhen(narrationLesson, narration.lessonTextProperty().isNotEmpty());
        narrationText.textProperty().bind(Bindings.createStringBinding(() ->
                narration.headingProperty().get().isEmpty() ? Texts.bundle().getString("narration.empty")
                        : narration.explanationProperty().get(),
                narration.headingProperty(), narration.explanationProperty()));
        narration.events().addListener((ListChangeListener<String>) c -> showEvents(narration.events()));
        lessonError.textProperty().bind(lesson.errorProperty());
        Visibility.showWhen(lessonError, lesson.errorProperty().isNotEmpty());
        lessonPromises.textProperty().bind(lesson.promisesProperty());
        Styles.follow(lessonPromises, "promises-", lesson.promisesHeldProperty(), held -> held == null
                ? "promises-unchecked" : held ? "promises-held" : "promises-broken");
    }

    /**
     * One bullet per notification since the step. The bullets are kept and their text changed: a new label
     * costs a stylesheet match, and a burst renews the newest {@value NarrationViewModel#EVENTS_KEPT} many
     * times a second.
     */
    private void showEvents(List<String> texts) {
        List<Node> bullets = narrationEvents.getChildren();
        if (bullets.size() > texts.size()) {
            bullets.subList(texts.size(), bullets.size()).clear();
        }
        for (int i = 0; i < texts.size(); i++) {
            String text = "• " + texts.get(i);
            if (i < bullets.size()) {
                ((Label) bullets.get(i)).setText(text);
            } else {
                bullets.add(styled(new Label(text), "narration-event"));
            }
        }
    }

    public static Label styled(Label label, String styleClass) {
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        return label;
    }
}
