package org.socketlab.ui.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.ResourceBundle;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socketlab.diagram.DiagramRecorder;
import org.socketlab.diagram.Drawing;
import org.socketlab.engine.Lab;
import org.socketlab.engine.LabSettings;
import org.socketlab.engine.Operation;
import org.socketlab.engine.SocketName;
import org.socketlab.engine.Step;

/**
 * A diagram nobody sees is not laid out (a class draws a long one, and the Diagram tab is mostly hidden); it
 * is the moment a view of it shows, and an export always takes the newest. A real lab on loopback.
 */
class DiagramViewModelTest {
    private final DiagramRecorder recorder = new DiagramRecorder();
    private final Lab lab = Lab.start(LabSettings.defaults().withPort(0));
    private final DiagramViewModel diagram = new DiagramViewModel(recorder,
            ResourceBundle.getBundle("i18n.messages"));
    private final SimpleBooleanProperty seen = new SimpleBooleanProperty(false);

    DiagramViewModelTest() {
        lab.addListener(recorder);
        diagram.drawWhile(seen);
    }

    @AfterEach
    void close() {
        lab.close();
    }

    private void initializeTheServer() {
        long before = recorder.changes();
        lab.run(new Step(SocketName.SERVER, Operation.INIT));
        assertThat(lab.awaitQuiet(Duration.ofMillis(50), Duration.ofSeconds(20))).isTrue();
        assertThat(recorder.changes()).as("the recorder took the step").isGreaterThan(before);
    }

    @Test
    void aDiagramIsLaidOutOnlyWhileAViewOfItShows() {
        initializeTheServer();
        diagram.refresh();
        assertThat(diagram.drawingProperty().get()).as("unseen").isEqualTo(Drawing.EMPTY);

        seen.set(true);
        assertThat(diagram.drawingProperty().get()).as("shown: at once").isNotEqualTo(Drawing.EMPTY);
        Drawing shown = diagram.drawingProperty().get();

        seen.set(false);
        lab.run(new Step(SocketName.SERVER, Operation.LISTEN));
        assertThat(lab.awaitQuiet(Duration.ofMillis(50), Duration.ofSeconds(20))).isTrue();
        diagram.refresh();
        assertThat(diagram.drawingProperty().get()).as("hidden again: left as it was").isSameAs(shown);
        seen.set(true);
        assertThat(diagram.drawingProperty().get()).as("shown again: caught up").isNotEqualTo(shown);
    }

    @Test
    void anExportTakesTheNewestDiagramThoughNobodySawIt() {
        initializeTheServer();
        assertThat(diagram.newestDrawing()).isNotEqualTo(Drawing.EMPTY);
        assertThat(diagram.diagramProperty().get().items()).isNotEmpty();
    }

    @Test
    void aViewThatIsGoneIsLetGo() throws InterruptedException {
        SimpleBooleanProperty closedWindow = new SimpleBooleanProperty(false);
        diagram.drawWhile(closedWindow);
        ReferenceQueue<SimpleBooleanProperty> collected = new ReferenceQueue<>();
        WeakReference<SimpleBooleanProperty> gone = new WeakReference<>(closedWindow, collected);
        closedWindow = null;
        boolean reported = false;
        for (int i = 0; i < 20 && !reported; i++) {
            System.gc();
            reported = collected.remove(1000) != null; // waits for the collector to report it, at most 1 s a round
        }
        assertThat(gone.get()).as("the closed window's view, after collections").isNull();
    }
}
