package org.socketlab.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What one benchmark reports: its figures for the summary and its own Markdown (the detailed table, what
 * exactly ran). Written under {@code target/bench/} as {@code KEY.md} and {@code KEY.figures}, so that a
 * benchmark run in a JVM of its own hands its part back, and each part can be read alone.
 */
record Section(String key, String markdown, List<Figure> figures) {
    void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(key + ".md"), markdown, StandardCharsets.UTF_8);
        Files.write(dir.resolve(key + ".figures"), figures.stream().map(Figure::line).toList(),
                StandardCharsets.UTF_8);
    }

    static Section read(Path dir, String key) throws IOException {
        return new Section(key, Files.readString(dir.resolve(key + ".md"), StandardCharsets.UTF_8),
                Files.readAllLines(dir.resolve(key + ".figures"), StandardCharsets.UTF_8).stream()
                        .filter(l -> !l.isBlank()).map(Figure::parse).toList());
    }
}
