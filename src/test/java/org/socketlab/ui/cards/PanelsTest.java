package org.socketlab.ui.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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

/**
 * Every kind of panel loads from its FXML and has a button and a status field for each operation; folded
 * Details are built the first time they show, with the answers given before.
 */
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
        SocketViewModel model = afterSteps(name, 5);
        Node panel = WindowDriver.fx(() -> PanelFactory.panelFor(model, new javafx.beans.property.SimpleObjectProperty<>(org.socketlab.ui.window.Density.ROOMY)));
        for (Operation op : SocketViewModel.operationsOf(name.kind())) {
            assertThat(panel.lookup("#op-" + op.word())).as("%s button %s", socket, op).isNotNull();
            assertThat(panel.lookup("#status-" + op.word())).as("%s status %s", socket, op).isNotNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"server", "client1", "worker1"})
    void foldedDetailsAreBuiltWhenFirstShownWithTheAnswersSoFar(String socket) {
        SocketName name = SocketName.parse(socket).orElseThrow();
        SocketViewModel model = afterSteps(name, 7);
        Node panel = WindowDriver.fx(() -> PanelFactory.panelFor(model,
                new javafx.beans.property.SimpleObjectProperty<>(org.socketlab.ui.window.Density.COMPACT)));
        Operation first = SocketViewModel.operationsOf(name.kind()).get(0);
        assertThat(WindowDriver.fx(() -> panel.lookup("#details").lookupAll(".label").size()))
                .as("%s: nothing built under its folded Details", socket).isZero();

        WindowDriver.fx(() -> {
            ((javafx.scene.control.ToggleButton) panel.lookup("#details-toggle")).setSelected(true);
            return null;
        });
        javafx.scene.control.Label summary = WindowDriver.fx(() -> (javafx.scene.control.Label)
                ((javafx.scene.layout.VBox) panel.lookup("#status-" + first.word())).getChildren().get(0));
        assertThat(WindowDriver.fx(summary::getText)).as("%s %s once its Details show", socket, first).startsWith("OK");
        if (name.kind() != org.socketlab.engine.SocketKind.SERVER) {
            assertThat(WindowDriver.fx(() -> ((javafx.scene.control.ListView<?>) panel.lookup("#received")).getItems()))
                    .as("%s: what it received", socket).isSameAs(model.received());
        }
    }

    /** The view model of {@code name} once the seed's steps 1 to {@code last} have run and the lab went quiet. */
    private SocketViewModel afterSteps(SocketName name, int last) {
        var vm = new LabViewModel(lab, Texts.bundle(), (delay, action) -> { });
        lab.addListener(new UiBridge(Runnable::run, vm::apply));
        for (int step = 1; step <= last; step++) {
            lab.run(StepLanguage.numbered(step).orElseThrow());
        }
        assertThat(lab.awaitQuiet(Duration.ofMillis(50), Duration.ofSeconds(30))).as("the lab went quiet").isTrue();
        return switch (name.kind()) {
            case SERVER -> vm.server();
            case CLIENT -> vm.clients().get(0);
            case WORKER -> vm.workers().get(0);
        };
    }
}
