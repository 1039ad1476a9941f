package org.socketlab.ui.diagram;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.socketlab.diagram.Drawing;

/**
 * Turns a laid-out diagram into JavaFX shapes, {@code em} pixels per em, each with the drawing's style classes
 * (css/diagram.css colours them from the palette). The whole picture is rebuilt in one go, at most once per pulse.
 */
final class DiagramShapes {
    private static final double HEAD = 0.7;

    private DiagramShapes() {
    }

    static void draw(Drawing d, double em, Pane canvas) {
        List<Node> nodes = new ArrayList<>(d.shapes().size());
        for (Drawing.Shape s : d.shapes()) {
            nodes.add(node(s, em));
        }
        canvas.getChildren().setAll(nodes);
        canvas.setPrefSize(d.width() * em, d.height() * em);
        canvas.setMinSize(d.width() * em, d.height() * em);
    }

    private static Node node(Drawing.Shape s, double em) {
        Node n = shape(s, em);
        if (!(s instanceof Drawing.Arrow)) {
            n.getStyleClass().addAll(s.style().split(" "));
        }
        return n;
    }

    private static Node shape(Drawing.Shape s, double em) {
        if (s instanceof Drawing.Rect r) {
            Rectangle box = new Rectangle(r.x() * em, r.y() * em, r.w() * em, r.h() * em);
            box.setArcWidth(0.7 * em);
            box.setArcHeight(0.7 * em);
            return box;
        }
        if (s instanceof Drawing.Line l) {
            return new Line(l.x1() * em, l.y1() * em, l.x2() * em, l.y2() * em);
        }
        if (s instanceof Drawing.Arrow a) {
            Line line = new Line(a.x1() * em, a.y1() * em, a.x2() * em, a.y2() * em);
            double[] h = a.head(HEAD);
            Polygon head = new Polygon();
            for (double v : h) {
                head.getPoints().add(v * em);
            }
            head.getStyleClass().add("head");
            Pane arrow = new Pane(line, head);
            arrow.setPickOnBounds(false);
            line.getStyleClass().addAll(s.style().split(" "));
            head.getStyleClass().addAll(s.style().split(" "));
            arrow.getStyleClass().add("diagram-arrow");
            return arrow;
        }
        if (s instanceof Drawing.Text t) {
            Text text = new Text(t.text());
            text.getStyleClass().add("diagram-text");
            text.setTextOrigin(VPos.BASELINE);
            text.setX(t.x() * em);
            text.setY(t.y() * em);
            if (t.anchor() != Drawing.Anchor.START) {
                // Centre or right-align on x once the text knows its width (its font comes from the stylesheet).
                text.layoutBoundsProperty().addListener((o, was, now) -> text.setTranslateX(-offset(t, now.getWidth())));
                text.setTranslateX(-offset(t, text.getLayoutBounds().getWidth()));
                text.setTextAlignment(t.anchor() == Drawing.Anchor.MIDDLE ? TextAlignment.CENTER : TextAlignment.RIGHT);
            }
            return text;
        }
        Drawing.Dot c = (Drawing.Dot) s;
        return new Circle(c.x() * em, c.y() * em, c.r() * em);
    }

    private static double offset(Drawing.Text t, double width) {
        return t.anchor() == Drawing.Anchor.MIDDLE ? width / 2 : width;
    }
}
