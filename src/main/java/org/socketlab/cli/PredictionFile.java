package org.socketlab.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.socketlab.engine.Outcome;

/**
 * A homework file for {@code play --predict FILE}: one prediction per line, {@code N: ok|would-block|error},
 * N the step's number counting the lesson's (or the command line's) steps from 1, waits and awaits included.
 * Blank lines and lines starting with {@code #} are skipped. The whole file is checked against the steps
 * before anything runs.
 */
final class PredictionFile {
    static final int MAX_BYTES = 64 * 1024;
    private static final Pattern LINE = Pattern.compile("([0-9]{1,6})\\s*:\\s*(\\S+)");

    /** Why a file cannot be used: the line it is on (0 for the whole file) and what is wrong there. */
    static final class Malformed extends Exception {
        final int line;

        Malformed(int line, String problem) {
            super(problem);
            this.line = line;
        }
    }

    private PredictionFile() {
    }

    /** The predictions by step number, for a run of {@code steps} steps. */
    static Map<Integer, Outcome> read(Path file, int steps) throws Malformed {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new Malformed(0, "the file is larger than " + MAX_BYTES / 1024 + " KiB");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new Malformed(0, "cannot read it (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        return parse(new String(bytes, StandardCharsets.UTF_8), steps);
    }

    static Map<Integer, Outcome> parse(String text, int steps) throws Malformed {
        Map<Integer, Outcome> predictions = new TreeMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (i == 0 && line.startsWith("\ufeff")) {
                line = line.substring(1).strip();
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw new Malformed(i + 1, "expected 'N: ok', 'N: would-block' or 'N: error', not '" + shortened(line) + "'");
            }
            int number = Integer.parseInt(m.group(1));
            String word = m.group(2);
            Outcome outcome = Outcome.ofWord(word).orElse(null);
            if (outcome == null) {
                throw new Malformed(i + 1, "'" + shortened(word) + "' is not ok, would-block or error");
            }
            if (number < 1 || number > steps) {
                throw new Malformed(i + 1, "there is no step " + number + ": the steps are numbered 1 to " + steps);
            }
            if (predictions.put(number, outcome) != null) {
                throw new Malformed(i + 1, "step " + number + " is predicted twice");
            }
        }
        if (predictions.isEmpty()) {
            throw new Malformed(0, "it predicts no step (lines like '7: would-block')");
        }
        return predictions;
    }

    private static String shortened(String line) {
        return line.length() <= 40 ? line : line.substring(0, 40) + "…";
    }
}
