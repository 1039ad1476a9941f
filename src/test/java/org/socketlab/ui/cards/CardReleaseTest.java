package org.socketlab.ui.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.socketlab.engine.Operation;
import org.socketlab.ui.window.Density;
import org.socketlab.ui.window.ViewModelLab;
import org.socketlab.ui.window.WindowDriver;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A card the window no longer shows can be collected while its socket lives on: a class's connections table
 * opens one card at a time, and each dropped card must not stay in memory until Reset. The card is made by the
 * window's own {@link CardCache}, for a real worker on loopback whose view model keeps changing afterwards.
 */
@ExtendWith(ApplicationExtension.class)
class CardReleaseTest {
    private final ViewModelLab w = new ViewModelLab();

    @Start
    void start(Stage stage) {
        // the toolkit only: the card is never put on a stage
    }

    @AfterEach
    void close() {
        w.close();
    }

    @Test
    void aDroppedCardIsCollectedWhileItsWorkerLivesOn() throws InterruptedException {
        w.keys(1, 2, 3, 4, 5);
        SocketViewModel worker = w.worker1();
        CardCache cards = new CardCache(new SimpleObjectProperty<>(Density.ROOMY));
        ReferenceQueue<Node> collected = new ReferenceQueue<>();
        WeakReference<Node> card = WindowDriver.fx(() -> new WeakReference<>(cards.cardFor(worker), collected));
        assertThat(card.get()).isNotNull();

        w.click(w.client1(), Operation.SEND); // the worker's counters, status and data change after the card is gone
        w.click(worker, Operation.RECEIVE);
        assertThat(worker.received()).hasSize(1);
        boolean gone = false;
        for (int i = 0; i < 20 && !gone; i++) {
            System.gc();
            gone = collected.remove(1000) != null; // waits for the collector to report it, at most 1 s a round
        }
        assertThat(card.get()).as("the dropped card was collected").isNull();
    }
}
