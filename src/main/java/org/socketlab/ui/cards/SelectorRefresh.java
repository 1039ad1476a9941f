package org.socketlab.ui.cards;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ObservableValue;
import javafx.util.Duration;
import org.socketlab.ui.window.LabViewModel;

/** While the selector view is on, each card shows what the selector sees, refreshed every second. */
public final class SelectorRefresh {
    private final LabViewModel model;
    private final Timeline refresh;

    public SelectorRefresh(LabViewModel model) {
        this.model = model;
        refresh = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.refreshSelectorView()));
        refresh.setCycleCount(Animation.INDEFINITE);
    }

    public void follow(ObservableValue<Boolean> on) {
        on.addListener((o, was, now) -> {
            if (now) {
                model.refreshSelectorView();
                refresh.play();
            } else {
                refresh.stop();
                model.hideSelectorView();
            }
        });
    }
}
