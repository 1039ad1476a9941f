package org.socketlab.ui.diagram;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import org.socketlab.diagram.Drawing;
import org.socketlab.ui.window.Showing;
import org.socketlab.ui.window.Styles;
import org.socketlab.ui.window.Visibility;

/**
 * The Diagram tab: draws the view model's laid-out diagram ({@link DiagramShapes}: one em of the drawing is
 * the tab's type size, so zoom reflows it) and forwards the two Save buttons to {@link DiagramExport}, which
 * draws the PNG afresh rather than from this view.
 */
public final class DiagramController {
    @FXML
    private Label title;
    @FXML
    private Label saveStatus;
    @FXML
    private Label empty;
    @FXML
    private ScrollPane scroll;
    @FXML
    private Pane canvas;
    @FXML
    private javafx.scene.control.Button ownWindow;
    private final DiagramWindow window = new DiagramWindow();

    private DiagramViewModel diagram;
    private DiagramExport export;
    /** Kept here, held weakly by the model: they live as long as this view. */
    private InvalidationListener redraw;
    private ReadOnlyBooleanProperty seen;

    public void bind(DiagramViewModel model) {
        this.diagram = model;
        this.export = new DiagramExport(model, () -> canvas.getScene().getWindow());
        canvas.setId("diagram-canvas");
        ownWindow.setId("diagramOwnWindow");
        saveStatus.setId("diagramSaveStatus");
        saveStatus.textProperty().bind(model.saveStatusProperty());
        Visibility.showWhen(saveStatus, saveStatus.textProperty().isNotEmpty());
        Styles.toggle(saveStatus, "diagram-save-error", model.saveFailedProperty());
        Runnable draw = () -> {
            Drawing d = model.drawingProperty().get();
            // Follows the newest row while the user has not scrolled up (or nothing needed scrolling yet).
            boolean fits = canvas.getHeight() <= scroll.getViewportBounds().getHeight();
            boolean follow = fits || scroll.getVvalue() >= scroll.getVmax() - 0.01;
            DiagramShapes.draw(d, empty.getFont().getSize(), canvas);
            pinHeads();
            if (follow) {
                scroll.layout();
                scroll.setVvalue(scroll.getVmax()); // the newest row stays in view unless the user scrolled up
            }
        };
        // the model outlives this view (a diagram window opened and closed): it holds both only weakly
        redraw = o -> draw.run();
        model.drawingProperty().addListener(new WeakInvalidationListener(redraw));
        seen = Showing.of(canvas);
        model.drawWhile(seen);
        empty.fontProperty().addListener(o -> draw.run());
        Visibility.showWhen(empty, model.diagramProperty().isEqualTo(org.socketlab.diagram.SequenceDiagram.EMPTY));
        draw.run();
    }

    /**
     * Keeps the lifelines' head boxes and names at the top of the view while a long session scrolls, so
     * every arrow can be read against the socket it belongs to.
     */
    private void pinHeads() {
        // The head boxes' own top: they move only once the view has scrolled past it, then stay at its edge.
        double headTop = canvas.getChildren().stream().filter(n -> n.getStyleClass().contains("lifeline-head"))
                .mapToDouble(n -> n.getBoundsInParent().getMinY()).min().orElse(0);
        javafx.beans.binding.DoubleBinding top = javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(0, scroll.getVvalue() * (canvas.getHeight() - scroll.getViewportBounds().getHeight())
                        - headTop),
                scroll.vvalueProperty(), scroll.viewportBoundsProperty(), canvas.heightProperty());
        for (javafx.scene.Node n : List.copyOf(canvas.getChildren())) {
            if (n.getStyleClass().contains("lifeline-head") || n.getStyleClass().contains("head-label")) {
                n.translateYProperty().bind(top);
                n.toFront();
            }
        }
    }

    /** Opens the diagram in a window of its own (to enlarge it, or move it to the projector). */
    @FXML
    public void openWindow() {
        window.show(diagram, canvas.getScene().getRoot());
    }

    /** In the diagram's own window there is no button to open it again. */
    void inOwnWindow() {
        ownWindow.setVisible(false);
        ownWindow.setManaged(false);
    }

    /** The type size of the view, in pixels (one em of the drawing). */
    double typeSize() {
        return empty.getFont().getSize();
    }

    @FXML
    void savePng() {
        export.savePng();
    }

    @FXML
    void saveSvg() {
        export.saveSvg();
    }
}
