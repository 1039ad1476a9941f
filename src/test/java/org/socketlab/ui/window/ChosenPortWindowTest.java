package org.socketlab.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.socketlab.engine.SocketState;

/**
 * With port 0 the system chooses the port at Listen; the class reads it in the server card's headline
 * ("Server · port 41234") and beside the toolbar's port field ("→ 41234"), in English and in Korean.
 */
class ChosenPortWindowTest extends WindowTestBase {

    @Test
    void thePortTheSystemChoseIsInTheHeadlineAndBesideThePortField() {
        assertShowsChosenPort("Server · port ");
        inKorean(() -> assertShowsChosenPort("서버 · 포트 "));
    }

    private void assertShowsChosenPort(String headline) {
        assertThat(ui.text("portField")).as("the window's lab runs on port 0").isEqualTo("0");
        assertThat(headline()).as("no port before Listen").isEqualTo(headline.substring(0, headline.indexOf(" · ")));
        assertThat(ui.visible("chosenPort")).as("nothing chosen yet").isFalse();
        WindowDriver.fx(() -> ui.window.model().runNumbered(1));
        WindowDriver.fx(() -> ui.window.model().runNumbered(2));
        ui.waitUntil("listening", () -> ui.window.model().server().phaseProperty().get() == SocketState.LISTENING);
        ui.settle();
        String addresses = WindowDriver.fx(() -> ui.window.model().server().addressesProperty().get());
        String port = addresses.substring(addresses.lastIndexOf(':') + 1);
        assertThat(Integer.parseInt(port)).as("the system chose a port: " + addresses).isPositive();
        assertThat(headline()).isEqualTo(headline + port);
        assertThat(ui.visible("chosenPort")).isTrue();
        assertThat(ui.text("chosenPort")).isEqualTo("→ " + port);
    }

    private String headline() {
        return WindowDriver.fx(() -> ((Label) ui.node("server", "title")).getText());
    }
}
