package org.socketlab.ui.diagram;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javax.imageio.ImageIO;

/** Writes an image, or what a node draws, to a PNG file (javax.imageio; no dependency beyond the JDK). */
public final class PngFiles {
    private PngFiles() {
    }

    /** Snapshots the node as drawn (its own background included) and writes it; on the FX thread. */
    public static void write(Node node, Path file) throws IOException {
        write(node.snapshot(new SnapshotParameters(), null), file);
    }

    public static void write(Image image, Path file) throws IOException {
        if (!ImageIO.write(toBuffered(image), "png", file.toFile())) {
            throw new IOException("no PNG writer");
        }
    }

    public static BufferedImage toBuffered(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        out.setRGB(0, 0, w, h, argb, 0, w);
        return out;
    }
}
