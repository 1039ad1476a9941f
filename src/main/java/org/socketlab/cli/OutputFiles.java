package org.socketlab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the player will write at the end (--record, --diagram), checked before the first step, so that a run
 * is never lost to a path it cannot write: the directory must exist and take a new file, an existing file
 * must be writable; --record also refuses to replace a file unless --force, and never the lesson being
 * played. Each problem is the key of the player's text that says it (and what to do).
 */
final class OutputFiles {
    private OutputFiles() {
    }

    /**
     * Why {@code file} cannot be written at the end of the run, as a text key, or empty when it can.
     *
     * @param replaceable whether an existing file may be replaced (--diagram always; --record with --force)
     * @param playing     the lesson file being played, or null
     */
    static Optional<String> problem(Path file, boolean replaceable, Path playing) {
        Path parent = file.toAbsolutePath().getParent();
        if (Files.isDirectory(file)) {
            return Optional.of("refused.output.directory");
        }
        if (Files.exists(file)) {
            if (playing != null && sameFile(file, playing)) {
                return Optional.of("refused.record.lesson");
            }
            if (!replaceable) {
                return Optional.of("refused.record.exists");
            }
            return Files.isWritable(file) ? Optional.empty() : Optional.of("refused.output.unwritable");
        }
        if (parent == null || !Files.isDirectory(parent)) {
            return Optional.of("refused.output.nodir");
        }
        return Files.isWritable(parent) ? Optional.empty() : Optional.of("refused.output.unwritable");
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
