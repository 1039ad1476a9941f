package org.socketlab.ui.diagram;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import org.socketlab.diagram.Drawing;
import org.socketlab.diagram.SvgDiagram;
import org.socketlab.ui.window.MainWindow;
import org.socketlab.ui.window.Styles;

/**
 * Renders a laid-out diagram to an image as its SVG shows it ({@link SvgDiagram}): the same shapes in the
 * light palette, the lifelines' heads at the top, {@value #SCALE} image pixels per SVG pixel. It draws a
 * fresh node in a scene of its own with the window's stylesheets, so the picture needs no view of the
 * diagram to have been shown (a never-shown tab has no styles: its boxes would come out black) and
 * nothing of a view's scrolling (the pinned heads) reaches it.
 */
final class DiagramPng {
    /** Image pixels per pixel of the SVG: sharp on a projector or in print. */
    static final int SCALE = 2;

    private DiagramPng() {
    }

    /** The picture of the drawing; on the FX thread. */
    static Image render(Drawing d) {
        double em = SvgDiagram.EM * SCALE;
        Pane canvas = new Pane();
        canvas.getStyleClass().add("diagram-canvas");
        StackPane root = new StackPane(canvas);
        root.getStyleClass().addAll("lab-root", "theme-light");
        root.getStyleClass().addAll(Styles.systemAndLanguage());
        root.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.2fpx;", em));
        DiagramShapes.draw(d, em, canvas);
        Scene scene = new Scene(root);
        for (String sheet : MainWindow.STYLESHEETS) {
            scene.getStylesheets().add(DiagramPng.class.getResource(sheet).toExternalForm());
        }
        root.applyCss();
        root.layout();
        SnapshotParameters area = new SnapshotParameters();
        area.setViewport(new Rectangle2D(0, 0, Math.max(1, Math.ceil(d.width() * em)), Math.max(1, Math.ceil(d.height() * em))));
        return canvas.snapshot(area, null);
    }
}
