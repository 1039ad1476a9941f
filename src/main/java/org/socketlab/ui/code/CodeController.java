package org.socketlab.ui.code;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.socketlab.ui.narration.CodeSnippet;
import org.socketlab.ui.narration.NarrationViewModel;
import org.socketlab.ui.narration.NarrationController;

/** Shows the last step's call as it reads in other APIs. */
public final class CodeController {
    @FXML
    private VBox codeBox;

    /** Shows the snippets there are (the tab may be built long after the last step) and each new set. */
    public void bind(NarrationViewModel narration) {
        narration.code().addListener((ListChangeListener<CodeSnippet>) c -> show(narration));
        show(narration);
    }

    private void show(NarrationViewModel narration) {
        codeBox.getChildren().clear();
        for (CodeSnippet snippet : narration.code()) {
            codeBox.getChildren().add(NarrationController.styled(new Label(snippet.language()), "code-language"));
            codeBox.getChildren().add(NarrationController.styled(new Label(snippet.code()), "code"));
        }
    }
}
