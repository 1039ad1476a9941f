package org.socketlab.ui.window;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.Node;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.Region;
import javafx.scene.control.ToggleGroup;

/** Toolbar helpers: segmented choices where one is always chosen; items that never shrink; check items that show a state. */
public final class Toggles {
    private Toggles() {
    }

    /** Selects {@code initial}; forwards each new choice's userData; never leaves the group empty. */
    public static void oneAlwaysChosen(ToggleGroup group, Toggle initial, Consumer<String> chosen) {
        group.selectToggle(initial);
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            } else {
                chosen.accept((String) now.getUserData());
            }
        });
    }

    /**
     * A toolbar's items keep their whole text: what does not fit goes to the overflow menu, never "Sock…",
     * and the overflow button (») is never drawn over an item, however the items grow, shrink, hide or show;
     * a button's key (Alt and its letter) works in the overflow menu too.
     */
    public static void keepWhole(ToolBar bar) {
        bar.setSkin(new RefittingToolBarSkin(bar));
        OverflowMnemonics.install(bar);
        for (Node item : bar.getItems()) {
            if (item instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
    }

    /**
     * A check item that shows a state it does not own: a click asks {@code toggle}, then the item shows the
     * state as it is (bound, the item would refuse the click's own change with "A bound value cannot be set").
     */
    public static void checkShows(CheckMenuItem item, ObservableValue<Boolean> state, Runnable toggle) {
        item.setSelected(state.getValue());
        state.addListener((o, was, now) -> item.setSelected(now));
        item.setOnAction(e -> {
            toggle.run();
            item.setSelected(state.getValue());
        });
    }

    /** Radio menu items whose userData names an enum constant: one group, following the property both ways. */
    public static <E extends Enum<E>> void choiceOf(List<RadioMenuItem> items, Property<E> choice, Function<String, E> parse) {
        ToggleGroup group = new ToggleGroup();
        for (RadioMenuItem item : items) {
            item.setToggleGroup(group);
            item.setSelected(item.getUserData().equals(choice.getValue().name()));
        }
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                choice.setValue(parse.apply((String) now.getUserData()));
            }
        });
    }
}
