package org.socketlab.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.Test;

/**
 * Every change of a node's style classes makes JavaFX match the node against the whole stylesheet at once: the
 * families and toggles change the list only when what it should hold changed, and then in one change.
 */
class StyleClassesTest {
    private final Pane node = new Pane();
    private final AtomicInteger changes = new AtomicInteger();

    StyleClassesTest() {
        node.getStyleClass().add("status");
        node.getStyleClass().addListener((ListChangeListener<String>) c -> changes.incrementAndGet());
    }

    @Test
    void aFamilysClassAlreadyThereChangesNothingAndAnotherReplacesItInOneChange() {
        StyleClasses.swap(node, "outcome-", "outcome-ok");
        assertThat(node.getStyleClass()).containsExactly("status", "outcome-ok");
        changes.set(0);

        StyleClasses.swap(node, "outcome-", "outcome-ok");
        assertThat(changes).as("the same class again").hasValue(0);

        StyleClasses.swap(node, "outcome-", "outcome-error");
        assertThat(changes).as("another class of the family").hasValue(1);
        assertThat(node.getStyleClass()).containsExactly("status", "outcome-error");
    }

    @Test
    void aToggleChangesTheListOnlyWhenItsConditionDoes() {
        // as a card's "stale" follows its answers: every new answer asks again, most give the same answer
        SimpleIntegerProperty answers = new SimpleIntegerProperty(1);
        SimpleBooleanProperty changed = new SimpleBooleanProperty(true);
        Styles.toggle(node, "stale", Bindings.createBooleanBinding(() -> answers.get() > 0 && changed.get(),
                answers, changed));
        assertThat(node.getStyleClass()).containsExactly("status", "stale");
        changes.set(0);

        answers.set(2);
        answers.set(3);
        assertThat(changes).as("asked again, the same answer").hasValue(0);
        changed.set(false);
        assertThat(changes).as("off").hasValue(1);
        assertThat(node.getStyleClass()).containsExactly("status");
        answers.set(4);
        assertThat(changes).as("asked again, still off").hasValue(1);
    }
}
