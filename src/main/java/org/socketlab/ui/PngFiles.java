package org.socketlab.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javax.imageio.ImageIO;

/** Writes what a node draws to a PNG file (javax.imageio; no dependency beyond the JDK). */
final class PngFiles {
    private PngFiles() {
    }

    /** Snapshots the node as drawn (its own background included) and writes it; on the FX thread. */
    static void write(Node node, Path file) throws IOException {
        Image image = node.snapshot(new SnapshotParameters(), null);
        if (!ImageIO.write(toBuffered(image), "png", file.toFile())) {
            throw new IOException("no PNG writer");
        }
    }

    static BufferedImage toBuffered(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        return out;
    }
}
