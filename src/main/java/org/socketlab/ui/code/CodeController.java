package org.socketlab.ui.code;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
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

    /**
     * Two labels per snippet, its language and its code. The labels are kept and their text changed: a new
     * label costs a stylesheet match, and a burst of sends and receives changes the code many times a second.
     */
    private void show(NarrationViewModel narration) {
        List<Node> labels = codeBox.getChildren();
        List<CodeSnippet> snippets = narration.code();
        if (labels.size() > 2 * snippets.size()) {
            labels.subList(2 * snippets.size(), labels.size()).clear();
        }
        for (int i = 0; i < snippets.size(); i++) {
            text(labels, 2 * i, snippets.get(i).language(), "code-language");
            text(labels, 2 * i + 1, snippets.get(i).code(), "code");
        }
    }

    private static void text(List<Node> labels, int at, String text, String styleClass) {
        if (at < labels.size()) {
            ((Label) labels.get(at)).setText(text);
        } else {
            labels.add(NarrationController.styled(new Label(text), styleClass));
        }
    }
}
