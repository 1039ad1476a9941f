package org.socketlab.lesson;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.socketlab.engine.IpFamily;
import org.socketlab.engine.Payload;
import org.socketlab.engine.Role;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.socketlab.engine.LabSettings;
import org.socketlab.engine.Notification;
import org.socketlab.engine.ScriptStep;
import org.socketlab.engine.SocketName;
import org.socketlab.engine.StepLanguage;
import org.socketlab.engine.StepSyntaxException;
import org.socketlab.os.OsKind;

/**
 * Reads a lesson file: UTF-8 text, one {@code key: value} per line, {@code #} for comments.
 * <pre>
 * title: Two sends, one receive          (once, before anything else)
 * intro: text shown before the first step (may repeat: the lines join)
 * step: 6                                 (a step in the player's language)
 * step: 7 -&gt; would-block                 (and what it returns: ok, would-block, error or an errno)
 * say: narration for the step above       (may repeat: the lines join)
 * say[ko]: the same in Korean             (title, intro and say have translations: key[language])
 * expect: client1 receive=1 send=1        (counters promised at the end)
 * set: buffer=4                           (settings: buffer, backlog, port, reuseaddr, send, text, bulk,
 *                                          role, family; see {@link Setup})
 * os: linux, macos                        (once: the systems where the promises hold; absent = every system)
 * ask: What will Receive return?          (before a step, asked before it runs; may repeat; ask[ko]: translation)
 * choices: ok, would-block                (after ask: the outcomes offered; absent = ok, would-block, error)
 * why: Nothing was sent yet.              (after ask: shown once the step has run; why[ko]: its translation)
 * </pre>
 * The whole file is checked before anything runs; the first problem is reported with its line.
 */
public final class LessonParser {
    public static final int MAX_BYTES = 256 * 1024;
    public static final int MAX_LINE = 2000;
    public static final int MAX_STEPS = 500;

    private static final Pattern LINE = Pattern.compile("([a-z]+)(?:\\[([a-z]{2})\\])?:(.*)");
    private static final Pattern COUNT = Pattern.compile("([a-z]+)=([0-9]{1,6})");
    private static final Set<String> TRANSLATED = Set.of("title", "intro", "say", "ask", "why");
    private static final long DEFAULT_BULK = 8_388_608;

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
        Map<String, String> titles = new HashMap<>();
        Map<String, StringBuilder> intros = new HashMap<>();
        List<Step> steps = new ArrayList<>();
        List<Lesson.Promise> promises = new ArrayList<>();
        Settings settings = new Settings();
        EnumSet<OsKind> oses = null;
        QuestionLines questions = new QuestionLines();
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
                throw new LessonFormatException(n, "expected 'key: value' (title, intro, step, say, ask, choices, why, expect, set or os)");
            }
            String key = m.group(1);
            String language = m.group(2);
            String value = m.group(3).strip();
            if (title == null && !key.equals("title")) {
                throw new LessonFormatException(n, "a lesson starts with 'title: ...'");
            }
            if (language != null && !TRANSLATED.contains(key)) {
                throw new LessonFormatException(n, "only title, intro, say, ask and why have translations, e.g. 'say[ko]: ...'");
            }
            switch (key) {
                case "title" -> {
                    if (value.isEmpty()) {
                        throw new LessonFormatException(n, "an empty title");
                    }
                    if (language != null) {
                        titles.put(language, value);
                    } else if (title != null) {
                        throw new LessonFormatException(n, "a second title");
                    } else {
                        title = value;
                    }
                }
                case "intro" -> join(language == null ? intro : intros.computeIfAbsent(language, l -> new StringBuilder()),
                        value);
                case "step" -> {
                    if (steps.size() == MAX_STEPS) {
                        throw new LessonFormatException(n, "more than " + MAX_STEPS + " steps");
                    }
                    Step step = step(n, value);
                    step.question = questions.take();
                    steps.add(step);
                }
                case "ask" -> questions.ask(n, language, value);
                case "choices" -> questions.choices(n, value);
                case "why" -> questions.why(n, language, value);
                case "say" -> {
                    if (steps.isEmpty()) {
                        throw new LessonFormatException(n, "'say' belongs to a step: write 'intro:' before the first step");
                    }
                    Step last = steps.get(steps.size() - 1);
                    join(language == null ? last.narration
                            : last.narrations.computeIfAbsent(language, l -> new StringBuilder()), value);
                }
                case "expect" -> promises.addAll(promises(n, value));
                case "set" -> settings.set(n, value);
                case "os" -> {
                    if (oses != null) {
                        throw new LessonFormatException(n, "a second 'os:' line: name every system on one line, "
                                + "e.g. 'os: linux, macos'");
                    }
                    oses = systems(n, value);
                }
                default -> throw new LessonFormatException(n, "unknown key '" + key
                        + "' (expected title, intro, step, say, expect, set or os)");
            }
        }
        if (title == null) {
            throw new LessonFormatException(0, "no 'title:' line: is this a lesson file?");
        }
        if (steps.isEmpty()) {
            throw new LessonFormatException(0, "the lesson has no steps");
        }
        questions.end();
        Map<String, String> introTexts = new HashMap<>();
        intros.forEach((l, t) -> introTexts.put(l, t.toString()));
        return new Lesson(title, intro.toString(), settings.setup(), steps.stream().map(Step::item).toList(), promises,
                titles, introTexts, oses == null ? EnumSet.noneOf(OsKind.class) : oses);
    }

    /** An {@code os:} line: the systems where the lesson's promises hold, by their words, split by commas or spaces. */
    private static EnumSet<OsKind> systems(int n, String value) throws LessonFormatException {
        EnumSet<OsKind> oses = EnumSet.noneOf(OsKind.class);
        for (String word : value.split("[,\\s]+")) {
            if (word.isEmpty()) {
                continue;
            }
            OsKind os = OsKind.byWord(word);
            if (os == null || os == OsKind.OTHER) {
                throw new LessonFormatException(n, "unknown system '" + word + "' (linux, macos or windows)");
            }
            if (!oses.add(os)) {
                throw new LessonFormatException(n, "'" + word + "' is named twice");
            }
        }
        if (oses.isEmpty()) {
            throw new LessonFormatException(n, "os: names the systems where the lesson's promises hold, "
                    + "e.g. 'os: linux, macos'; leave the line out for every system");
        }
        return oses;
    }

    /** A step line: the step, and after {@code ->} what it should do ({@code step: 7 -> would-block}). */
    private static Step step(int n, String value) throws LessonFormatException {
        Expect expect = Expect.DEFAULT;
        int arrow = value.lastIndexOf("->");
        if (arrow > 0 && Expect.WORD.matcher(value.substring(arrow + 2).strip()).matches()) {
            expect = new Expect(value.substring(arrow + 2).strip());
            value = value.substring(0, arrow).strip();
        }
        try {
            ScriptStep step = StepLanguage.parse(value);
            if (!(step instanceof ScriptStep.Action) && expect != Expect.DEFAULT) {
                throw new LessonFormatException(n, "'->' says what a call returns: a wait makes no call");
            }
            return new Step(step, n, expect);
        } catch (StepSyntaxException e) {
            throw new LessonFormatException(n, "'" + value + "': " + e.getMessage());
        }
    }

    /** A step as it is read: its narration and translations grow with each 'say' line. */
    private static final class Step {
        final ScriptStep step;
        final int line;
        final Expect expect;
        final StringBuilder narration = new StringBuilder();
        final Map<String, StringBuilder> narrations = new HashMap<>();
        Question question;

        Step(ScriptStep step, int line, Expect expect) {
            this.step = step;
            this.line = line;
            this.expect = expect;
        }

        Lesson.Item item() {
            Map<String, String> said = new HashMap<>();
            narrations.forEach((l, t) -> said.put(l, t.toString()));
            return new Lesson.Item(step, narration.toString(), line, expect, said, question);
        }
    }

    /** The 'set:' lines read so far; the send mode and its text may come in either order. */
    private static final class Settings {
        private Setup setup = Setup.DEFAULT;
        private String send = "time";
        private String text = Setup.DEFAULT_TEXT;
        private long bulk = DEFAULT_BULK;

        void set(int n, String value) throws LessonFormatException {
            int eq = value.indexOf('=');
            String key = eq < 0 ? value : value.substring(0, eq).strip();
            String v = eq < 0 ? "" : value.substring(eq + 1).strip();
            switch (key) {
                case "buffer" -> setup = setup.withBuffer(number(n, key, v, LabSettings.MAX_RECEIVE_BUFFER));
                case "backlog" -> setup = setup.withBacklog(number(n, key, v, 65535));
                case "port" -> setup = setup.withPort(number(n, key, v.equals("0") ? "0" : v, 65535));
                case "reuseaddr" -> setup = setup.withReuseAddress(choice(n, key, v, "on", "off").equals("on"));
                case "send" -> send = choice(n, key, v, "time", "text", "bulk");
                case "text" -> {
                    if (v.isEmpty()) {
                        throw new LessonFormatException(n, "text= needs the text a Send sends");
                    }
                    text = v;
                }
                case "bulk" -> bulk = number(n, key, v, (int) StepLanguage.MAX_BULK);
                case "role" -> setup = setup.withRole(Role.fromWord(choice(n, key, v, "both", "server", "client"))
                        .orElseThrow());
                case "family" -> setup = setup.withFamily(choice(n, key, v, "ipv4", "ipv6").equals("ipv4")
                        ? IpFamily.V4 : IpFamily.V6);
                case "host", "bind" -> throw new LessonFormatException(n, "a lesson always runs on loopback: "
                        + "it cannot set the " + key + " address");
                default -> throw new LessonFormatException(n, "'" + value + "': expected buffer, backlog, port, "
                        + "reuseaddr, send, text, bulk, role or family");
            }
        }

        Setup setup() {
            return setup.withSend(switch (send) {
                case "text" -> new Payload.Text(text);
                case "bulk" -> new Payload.Bulk(bulk);
                default -> Payload.DEFAULT;
            });
        }

        private static int number(int n, String key, String v, int max) throws LessonFormatException {
            int min = key.equals("port") ? 0 : 1;
            if (!v.matches("[0-9]{1,10}") || Long.parseLong(v) < min || Long.parseLong(v) > max) {
                throw new LessonFormatException(n, key + " must be between " + min + " and " + max);
            }
            return Integer.parseInt(v);
        }

        private static String choice(int n, String key, String v, String... allowed) throws LessonFormatException {
            if (!List.of(allowed).contains(v)) {
                throw new LessonFormatException(n, key + "= must be " + String.join(", ", allowed));
            }
            return v;
        }
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

    static void join(StringBuilder text, String more) {
        if (!more.isEmpty()) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(more);
        }
    }
}
