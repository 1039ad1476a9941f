package org.socketlab.ui.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ResourceBundle;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.socketlab.engine.Lab;
import org.socketlab.engine.LabSettings;
import org.socketlab.engine.Operation;
import org.socketlab.engine.SocketName;
import org.socketlab.engine.StepLanguage;
import org.socketlab.ui.window.LabViewModel;
import org.socketlab.ui.window.Texts;
import org.socketlab.ui.window.UiBridge;
import org.socketlab.ui.window.WindowDriver;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Every kind of panel loads from its FXML and has a button and a status field for each operation. */
@ExtendWith(ApplicationExtension.class)
class PanelsTest {
    private Lab lab;

    @Start
    void start(Stage stage) {
        lab = Lab.start(LabSettings.defaults().withPort(0));
    }

    @AfterEach
    void stop() {
        lab.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"server", "client1", "worker1"})
    void panelHasEveryOperationOfItsKind(String socket) {
        SocketName name = SocketName.parse(socket).orElseThrow();
        ResourceBundle text = Texts.bundle();
        var vm = new LabViewModel(lab, text, (delay, action) -> { });
        lab.addListener(new UiBridge(Runnable::run, vm::apply));
        for (int step = 1; step <= 5; step++) {
            lab.run(StepLanguage.numbered(step).orElseThrow());
        }
        assertThat(lab.awaitQuiet(Duration.ofMillis(50), Duration.ofSeconds(30))).as("the lab went quiet").isTrue();
        var model = switch (name.kind()) {
            case SERVER -> vm.server();
            case CLIENT -> vm.clients().get(0);
            case WORKER -> vm.workers().get(0);
        };
        Node panel = WindowDriver.fx(() -> PanelFactory.panelFor(model, new javafx.beans.property.SimpleObjectProperty<>(org.socketlab.ui.window.Density.ROOMY)));
        for (Operation op : SocketViewModel.operationsOf(name.kind())) {
            assertThat(panel.lookup("#op-" + op.word())).as("%s button %s", socket, op).isNotNull();
            assertThat(panel.lookup("#status-" + op.word())).as("%s status %s", socket, op).isNotNull();
        }
    }
}
