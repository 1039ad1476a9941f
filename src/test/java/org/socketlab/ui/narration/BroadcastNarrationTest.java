package org.socketlab.ui.narration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.socketlab.engine.Notification;
import org.socketlab.engine.Operation;
import org.socketlab.ui.cards.SocketViewModel;
import org.socketlab.ui.settings.PayloadMode;
import org.socketlab.ui.window.ViewModelLab;

/** A broadcast is narrated as one action: every worker's Send summed up, their notifications under it. */
class BroadcastNarrationTest {

    @Test
    void aBroadcastIsOneActionWithASummaryOfEverySend() {
        try (ViewModelLab ui = new ViewModelLab()) {
            ui.vm.settings().payloadModeProperty().set(PayloadMode.TEXT);
            ui.vm.settings().payloadTextProperty().set("hi");
            ui.keys(1, 2, 3, 4, 5);
            SocketViewModel client2 = ui.vm.addClient();
            ui.click(client2, Operation.INIT);
            ui.click(client2, Operation.CONNECT);
            ui.keys(5);
            ui.waitUntil("two workers", () -> ui.vm.workers().size() == 2);
            ui.vm.classActions().broadcast();
            ui.waitUntil("OnReceive on both clients", () -> ui.client1().countProperty(Notification.RECEIVE).get() == 1
                    && client2.countProperty(Notification.RECEIVE).get() == 1);
            NarrationViewModel n = ui.vm.narration();
            assertThat(n.headingProperty().get()).isEqualTo("Broadcast to 2 workers");
            assertThat(n.explanationProperty().get()).isEqualTo("2 of 2 Sends done, one write() per worker: 2 OK "
                    + "with 4 bytes in all, 0 would block, 0 failed.");
            assertThat(n.events()).as("both clients' OnReceive, under the one heading")
                    .filteredOn(e -> e.contains("OnReceive")).hasSize(2);

            ui.keys(6); // a Send of its own after the broadcast is narrated on its own again
            assertThat(n.headingProperty().get()).isNotEqualTo("Broadcast to 2 workers");
        }
    }
}
