package org.socketlab.ui.predict;

import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.socketlab.engine.Outcome;
import org.socketlab.ui.window.FxmlView;
import org.socketlab.ui.window.Styles;
import org.socketlab.ui.window.Texts;
import org.socketlab.ui.window.Visibility;

/**
 * Binds predict mode's panel, built the first time it shows: the question and one button per answer offered, then
 * the reveal and the score.
 */
public final class PredictController {
    @FXML
    private VBox panel;
    @FXML
    private Label question;
    @FXML
    private Label reveal;
    @FXML
    private Label score;
    @FXML
    private FlowPane choices;
    @FXML
    private Label why;
    @FXML
    private HBox bytesBox;
    @FXML
    private TextField bytesField;
    @FXML
    private Label bytesReveal;

    /** True while the panel shows: the window gives it room from the narration. */
    public ObservableBooleanValue shownProperty() {
        return panel.visibleProperty();
    }

    public void bind(PredictViewModel predict) {
        panel.setId("predictPanel");
        Visibility.showWhen(panel, predict.onProperty().and(predict.askingProperty().or(predict.revealedProperty())));
        Visibility.buildWhenFirstShown(panel.visibleProperty(), () -> build(predict));
    }

    /** The panel's question, answers, reveal and score, built the first time predict mode shows it. */
    private void build(PredictViewModel predict) {
        FxmlView.fill("predict-panel.fxml", panel, this);
        question.setId("predictQuestion");
        question.textProperty().bind(predict.questionProperty());
        Visibility.showWhen(question, predict.askingProperty());
        Visibility.showWhen(choices, predict.askingProperty());
        reveal.setId("predictReveal");
        reveal.textProperty().bind(predict.revealProperty());
        Visibility.showWhen(reveal, predict.revealedProperty().and(predict.askingProperty().not()));
        Styles.follow(reveal, "verdict-", predict.rightProperty(), right -> right == null ? "verdict-unknown"
                : right ? "verdict-right" : "verdict-wrong");
        why.textProperty().bind(predict.whyProperty());
        Visibility.showWhen(why, predict.revealedProperty().and(predict.askingProperty().not())
                .and(predict.whyProperty().isNotEmpty()));
        bytesField.setId("predictBytes");
        bytesField.textProperty().bindBidirectional(predict.bytesGuessProperty());
        bytesField.setTooltip(new Tooltip(Texts.bundle().getString("predict.bytes.tooltip")));
        Visibility.showWhen(bytesBox, predict.askingProperty().and(predict.asksBytesProperty()));
        bytesReveal.setId("predictBytesReveal");
        bytesReveal.textProperty().bind(predict.bytesRevealProperty());
        Visibility.showWhen(bytesReveal, predict.revealedProperty().and(predict.askingProperty().not())
                .and(predict.bytesRevealProperty().isNotEmpty()));
        score.setId("predictScore");
        score.textProperty().bind(predict.scoreProperty());
        Runnable offer = () -> choices.getChildren().setAll(
                predict.choices().stream().map(o -> choice(predict, o)).toList());
        predict.choices().addListener((ListChangeListener<Outcome>) c -> offer.run());
        offer.run();
    }

    private static Button choice(PredictViewModel predict, Outcome outcome) {
        Button b = new Button(Texts.bundle().getString("predict.choice." + outcome.word()));
        b.setId("predict-" + outcome.word());
        b.getStyleClass().addAll("predict-choice", "outcome-" + outcome.word());
        b.setOnAction(e -> predict.answer(outcome));
        b.setFocusTraversable(false); // the keys 1-7 and O, W, E stay with the window
        b.setTooltip(new Tooltip(Texts.bundle().getString("predict.hint")));
        return b;
    }
}
