package org.socketlab.ui.window;

import java.time.Duration;
import javafx.animation.PauseTransition;

/** Auto-play's pause between steps, on the FX thread. */
final class FxTicker implements Ticker {
    @Override
    public void schedule(Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(e -> action.run());
        pause.play();
    }
}
