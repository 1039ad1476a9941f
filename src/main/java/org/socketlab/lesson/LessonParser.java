package org.socketlab.lesson;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.socketlab.engine.LabSettings;
import org.socketlab.engine.Notification;
import org.socketlab.engine.ScriptStep;
import org.socketlab.engine.SocketName;
import org.socketlab.engine.StepLanguage;
import org.socketlab.engine.StepSyntaxException;

/**
 * Reads a lesson file: UTF-8 text, one {@code key: value} per line, {@code #} for comments.
 * <pre>
 * title: Two sends, one receive          (once, before anything else)
 * intro: text shown before the first step (may repeat: the lines join)
 * step: 6                                 (a step in the player's language)
 * say: narration for the step above       (may repeat: the lines join)
 * expect: client1 receive=1 send=1        (counters promised at the end)
 * set: buffer=4                           (settings the lesson runs with: buffer, backlog, reuseaddr)
 * </pre>
 * The whole file is checked before anything runs; the first problem is reported with its line.
 */
public final class LessonParser {
    public static final int MAX_BYTES = 256 * 1024;
    public static final int MAX_LINE = 2000;
    public static final int MAX_STEPS = 500;

    private static final Pattern LINE = Pattern.compile("([a-z]+):(.*)");
    private static final Pattern COUNT = Pattern.compile("([a-z]+)=([0-9]{1,6})");
    private static final Pattern SETTING = Pattern.compile("(buffer|backlog)=([0-9]{1,7})");
    private static final Pattern SWITCH = Pattern.compile("reuseaddr=(on|off)");

    private LessonParser() {
    }

    public static Lesson parse(byte[] bytes) throws LessonFormatException {
        if (bytes.length > MAX_BYTES) {
            throw new LessonFormatException(0, "the file is larger than " + MAX_BYTES / 1024 + " KiB");
        }
        // Windows Notepad starts UTF-8 files with a byte order mark, EF BB BF: skip it.
        boolean bom = bytes.length >= 3 && bytes[0] == (byte) 0xef && bytes[1] == (byte) 0xbb
                && bytes[2] == (byte) 0xbf;
        int start = bom ? 3 : 0;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new LessonFormatException(0, "the file is not UTF-8 text");
        }
        return parse(text);
    }

    public static Lesson parse(String text) throws LessonFormatException {
        String title = null;
        StringBuilder intro = new StringBuilder();
        List<ScriptStep> steps = new ArrayList<>();
        List<StringBuilder> narrations = new ArrayList<>();
        List<Integer> stepLines = new ArrayList<>();
        List<Lesson.Promise> promises = new ArrayList<>();
        Lesson.Setup setup = Lesson.Setup.DEFAULT;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int n = i + 1;
            String line = lines[i].strip();
            if (line.length() > MAX_LINE) {
                throw new LessonFormatException(n, "the line is longer than " + MAX_LINE + " characters");
            }
            if (line.chars().anyMatch(c -> c < 0x20 && c != '\t')) {
                throw new LessonFormatException(n, "the line holds control characters: is this a text file?");
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw new LessonFormatException(n, "expected 'key: value' (title, intro, step, say, expect or set)");
            }
            String key = m.group(1);
            String value = m.group(2).strip();
            if (title == null && !key.equals("title")) {
                throw new LessonFormatException(n, "a lesson starts with 'title: ...'");
            }
            switch (key) {
                case "title" -> {
                    if (title != null) {
                        throw new LessonFormatException(n, "a second title");
                    }
                    if (value.isEmpty()) {
                        throw new LessonFormatException(n, "an empty title");
                    }
                    title = value;
                }
                case "intro" -> join(intro, value);
                case "step" -> {
                    if (steps.size() == MAX_STEPS) {
                        throw new LessonFormatException(n, "more than " + MAX_STEPS + " steps");
                    }
                    try {
                        steps.add(StepLanguage.parse(value));
                    } catch (StepSyntaxException e) {
                        throw new LessonFormatException(n, "'" + value + "': " + e.getMessage());
                    }
                    narrations.add(new StringBuilder());
                    stepLines.add(n);
                }
                case "say" -> {
                    if (steps.isEmpty()) {
                        throw new LessonFormatException(n, "'say' belongs to a step: write 'intro:' before the first step");
                    }
                    join(narrations.get(narrations.size() - 1), value);
                }
                case "expect" -> promises.addAll(promises(n, value));
                case "set" -> setup = setting(n, value, setup);
                default -> throw new LessonFormatException(n, "unknown key '" + key
                        + "' (expected title, intro, step, say, expect or set)");
            }
        }
        if (title == null) {
            throw new LessonFormatException(0, "no 'title:' line: is this a lesson file?");
        }
        if (steps.isEmpty()) {
            throw new LessonFormatException(0, "the lesson has no steps");
        }
        List<Lesson.Item> items = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            items.add(new Lesson.Item(steps.get(i), narrations.get(i).toString(), stepLines.get(i)));
        }
        return new Lesson(title, intro.toString(), setup, items, promises);
    }

    private static Lesson.Setup setting(int n, String value, Lesson.Setup setup) throws LessonFormatException {
        Matcher onOff = SWITCH.matcher(value);
        if (onOff.matches()) {
            return new Lesson.Setup(setup.buffer(), setup.backlog(), onOff.group(1).equals("on"));
        }
        Matcher m = SETTING.matcher(value);
        if (!m.matches()) {
            throw new LessonFormatException(n, "'" + value + "': expected buffer=N, backlog=N or reuseaddr=on|off");
        }
        int number = Integer.parseInt(m.group(2));
        boolean buffer = m.group(1).equals("buffer");
        int max = buffer ? LabSettings.MAX_RECEIVE_BUFFER : 65535;
        if (number < 1 || number > max) {
            throw new LessonFormatException(n, m.group(1) + " must be between 1 and " + max);
        }
        return buffer ? new Lesson.Setup(OptionalInt.of(number), setup.backlog(), setup.reuseAddress())
                : new Lesson.Setup(setup.buffer(), OptionalInt.of(number), setup.reuseAddress());
    }

    private static List<Lesson.Promise> promises(int n, String value) throws LessonFormatException {
        String[] words = value.split("\\s+");
        if (words.length < 2) {
            throw new LessonFormatException(n, "expect: SOCKET counter=N ... (e.g. 'expect: client1 receive=1')");
        }
        SocketName socket = SocketName.parse(words[0]).orElseThrow(() ->
                new LessonFormatException(n, "unknown socket '" + words[0] + "'"));
        List<Lesson.Promise> promises = new ArrayList<>();
        for (int i = 1; i < words.length; i++) {
            Matcher m = COUNT.matcher(words[i]);
            if (!m.matches()) {
                throw new LessonFormatException(n, "'" + words[i] + "': expected counter=N, e.g. receive=1");
            }
            Notification notification = null;
            for (Notification candidate : Notification.values()) {
                if (candidate.word().equals(m.group(1))) {
                    notification = candidate;
                }
            }
            if (notification == null) {
                throw new LessonFormatException(n, "unknown counter '" + m.group(1)
                        + "' (accept, connect, send, receive, close, oob)");
            }
            promises.add(new Lesson.Promise(socket, notification, Integer.parseInt(m.group(2)), n));
        }
        return promises;
    }

    private static void join(StringBuilder text, String more) {
        if (!more.isEmpty()) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(more);
        }
    }
}
