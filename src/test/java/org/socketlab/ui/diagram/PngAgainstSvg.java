package org.socketlab.ui.diagram;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.socketlab.diagram.SvgDiagram;
import org.socketlab.ui.window.WindowDriver;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Checks that a PNG shows what an SVG of the same diagram shows: the PNG is the SVG's picture scaled by one
 * factor, and at the places the SVG puts them it has each box's fill (heads, calls, notes: two inner
 * corners), each arrow head's and dot's colour, and each text in its colour. Says every difference.
 */
final class PngAgainstSvg {
    private static final double EM = SvgDiagram.EM;
    /** How far a box's or a head's colour may be from the SVG's (sum over red, green, blue): the two greys of surface and head differ by 29. */
    private static final int CLOSE = 9;
    /** How far a text's pixel may be from its colour (its edges are smoothed). */
    private static final int NEAR = 60;

    final Document svg;
    final BufferedImage png;
    final double scale;
    private final List<String> differences = new ArrayList<>();

    PngAgainstSvg(Path svgFile, Path pngFile) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        svg = f.newDocumentBuilder().parse(svgFile.toFile());
        png = read(pngFile);
        scale = png.getWidth() / number(svg.getDocumentElement(), "width");
    }

    /**
     * Saves the window's diagram as PNG and SVG into {@code dir} (copies kept under target/diagram-export/ to
     * look at) and compares them.
     */
    static PngAgainstSvg export(WindowDriver ui, Path dir, String name) throws Exception {
        Path svg = dir.resolve(name + ".svg");
        Path png = dir.resolve(name + ".png");
        WindowDriver.fx(() -> {
            new DiagramExport(ui.window.diagram(), () -> ui.stage).writePng(png);
            return ui.window.diagram().saveSvg(svg);
        });
        Path kept = Path.of("target", "diagram-export");
        Files.createDirectories(kept);
        Files.copy(png, kept.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(svg, kept.resolve(name + ".svg"), StandardCopyOption.REPLACE_EXISTING);
        return new PngAgainstSvg(svg, png);
    }

    private static BufferedImage read(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        if (image == null) {
            throw new IOException("not an image: " + file);
        }
        return image;
    }

    /** Every way the PNG differs from the SVG; empty when it shows the same. */
    List<String> differences() {
        double height = number(svg.getDocumentElement(), "height") * scale;
        if (Math.abs(height - png.getHeight()) > 1.5) {
            differences.add("height " + png.getHeight() + " px, the SVG's scaled by " + scale + " is " + height);
        }
        for (Element rect : elements("rect")) {
            String cls = rect.getAttribute("class");
            if (cls.startsWith("lifeline-head") || cls.startsWith("call") || cls.startsWith("note")) {
                double x = number(rect, "x");
                double y = number(rect, "y");
                double w = number(rect, "width");
                double h = number(rect, "height");
                sample(cls + " top left", x + 0.25 * EM, y + 0.2 * EM, rect.getAttribute("fill"));
                sample(cls + " bottom right", x + w - 0.25 * EM, y + h - 0.2 * EM, rect.getAttribute("fill"));
            }
        }
        for (Element head : elements("polygon")) {
            String[] points = head.getAttribute("points").split("[ ,]");
            double x = 0;
            double y = 0;
            for (int i = 0; i < points.length; i += 2) {
                x += Double.parseDouble(points[i]) / 3;
                y += Double.parseDouble(points[i + 1]) / 3;
            }
            sample("arrow head " + head.getAttribute("class"), x, y, head.getAttribute("fill"));
        }
        for (Element dot : elements("circle")) {
            sample("dot " + dot.getAttribute("class"), number(dot, "cx"), number(dot, "cy"), dot.getAttribute("fill"));
        }
        for (Element text : elements("text")) {
            text(text);
        }
        return differences;
    }

    /** The texts of the SVG, in order. */
    List<String> texts() {
        return elements("text").stream().map(Element::getTextContent).toList();
    }

    /** How many arrows the SVG draws (one head each). */
    int arrows() {
        return elements("polygon").size();
    }

    /** A text is there when, just above its baseline where its anchor puts it, enough pixels have its colour. */
    private void text(Element text) {
        double x = number(text, "x");
        double y = number(text, "y");
        double from = switch (text.getAttribute("text-anchor")) {
            case "middle" -> x - EM;
            case "end" -> x - 2 * EM;
            default -> x;
        };
        int rgb = colour(text.getAttribute("fill"));
        int found = 0;
        for (int py = px(y - 0.7 * EM); py < px(y); py++) {
            for (int qx = px(from); qx < px(from + 2 * EM); qx++) {
                if (inside(qx, py) && distance(png.getRGB(qx, py), rgb) <= NEAR) {
                    found++;
                }
            }
        }
        if (found < 8 * scale * scale) {
            differences.add("text \"" + text.getTextContent() + "\" (" + text.getAttribute("class") + ") not drawn at "
                    + px(x) + "," + px(y) + " in " + text.getAttribute("fill") + ": " + found + " pixels");
        }
    }

    private void sample(String what, double x, double y, String fill) {
        int px = px(x);
        int py = px(y);
        if (!inside(px, py)) {
            differences.add(what + " at " + px + "," + py + " is outside the PNG");
            return;
        }
        int got = png.getRGB(px, py);
        if (distance(got, colour(fill)) > CLOSE) {
            differences.add(String.format("%s at %d,%d is #%06x, the SVG's %s", what, px, py, got & 0xffffff, fill));
        }
    }

    private boolean inside(int x, int y) {
        return x >= 0 && y >= 0 && x < png.getWidth() && y < png.getHeight();
    }

    private int px(double svgPixels) {
        return (int) Math.round(svgPixels * scale);
    }

    private List<Element> elements(String tag) {
        NodeList nodes = svg.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    private static double number(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }

    private static int colour(String hex) {
        return Integer.parseInt(hex.substring(1), 16);
    }

    private static int distance(int a, int b) {
        return Math.abs((a >> 16 & 0xff) - (b >> 16 & 0xff)) + Math.abs((a >> 8 & 0xff) - (b >> 8 & 0xff))
                + Math.abs((a & 0xff) - (b & 0xff));
    }
}
