package org.socketlab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Korean texts match the English ones key for key: every base key has a Korean text and no other key
 * exists; every value keeps the English value's MessageFormat placeholders (argument index and format type);
 * a Korean value used as a MessageFormat pattern loses no literal text to an apostrophe; and the code
 * equivalents keep their code character for character (only the {@code //} comments are translated).
 * A failure names the bundle and the key.
 */
class KoreanTextsTest {
    /** A bundle, how its values are used, and where its files are on the class path. */
    private enum Use {
        /** Formatted with MessageFormat when the English value has a placeholder (the window, the engine). */
        PATTERN_WHEN_ARGUMENTS,
        /** Every value is formatted with MessageFormat ({@code Narrator.format}). */
        ALWAYS_PATTERN,
        /** Read raw with getString: code, never formatted. */
        RAW_CODE
    }

    private static Use use(String bundle) {
        return switch (bundle) {
            case "org/socketlab/lesson/narration" -> Use.ALWAYS_PATTERN;
            case "org/socketlab/lesson/code-equivalents" -> Use.RAW_CODE;
            default -> Use.PATTERN_WHEN_ARGUMENTS;
        };
    }

    private static final Pattern HANGUL = Pattern.compile("[\\uAC00-\\uD7A3\\u1100-\\u11FF\\u3130-\\u318F]");

    @ParameterizedTest
    @ValueSource(strings = {"i18n/messages", "org/socketlab/engine/explanations", "org/socketlab/lesson/narration",
        "org/socketlab/lesson/code-equivalents", "org/socketlab/cli/player"})
    void theKoreanBundleMatchesTheEnglishOneKeyForKey(String bundle) throws IOException {
        List<String> duplicates = new ArrayList<>();
        Properties en = load(bundle + ".properties", new ArrayList<>());
        Properties ko = load(bundle + "_ko.properties", duplicates);
        assertThat(en).as("%s.properties", bundle).isNotEmpty();
        assertThat(problems(bundle, en, ko, duplicates)).as("problems in %s_ko.properties", bundle).isEmpty();
    }

    /** What is wrong with the Korean texts of one bundle, one line per bundle and key. */
    static List<String> problems(String bundle, Properties en, Properties ko, List<String> duplicates) {
        List<String> problems = new ArrayList<>();
        for (String key : duplicates) {
            problems.add(bundle + ": " + key + ": given twice in the Korean file (the last one wins)");
        }
        for (String key : new TreeSet<>(en.stringPropertyNames())) {
            String k = ko.getProperty(key);
            if (k == null) {
                problems.add(bundle + ": " + key + ": no Korean text");
            } else if (k.isBlank()) {
                problems.add(bundle + ": " + key + ": the Korean text is empty");
            }
        }
        for (String key : new TreeSet<>(ko.stringPropertyNames())) {
            if (!en.containsKey(key)) {
                problems.add(bundle + ": " + key + ": not a key of the English bundle");
            }
        }
        for (String key : new TreeSet<>(ko.stringPropertyNames())) {
            String e = en.getProperty(key);
            String k = ko.getProperty(key);
            if (e == null || k.isBlank()) {
                continue;
            }
            for (String p : valueProblems(use(bundle), key, e, k)) {
                problems.add(bundle + ": " + key + ": " + p);
            }
        }
        return problems;
    }

    /** What is wrong with one Korean value, compared with its English value. */
    static List<String> valueProblems(Use use, String key, String en, String ko) {
        List<String> problems = new ArrayList<>();
        if (use == Use.RAW_CODE) {
            SortedSet<String> e = rawPlaceholders(en);
            SortedSet<String> k = rawPlaceholders(ko);
            if (!e.equals(k)) {
                problems.add("placeholders differ: English " + e + ", Korean " + k);
            }
            if (key.startsWith("code.") && !withoutComments(en).equals(withoutComments(ko))) {
                problems.add("the code differs from the English (only // comments may be translated): "
                        + withoutComments(ko));
            }
            return problems;
        }
        boolean pattern = use == Use.ALWAYS_PATTERN || !rawPlaceholders(en).isEmpty();
        if (!pattern) {
            // Read raw: no placeholders may appear, and '' would show as two apostrophes.
            SortedSet<String> k = rawPlaceholders(ko);
            if (!k.isEmpty()) {
                problems.add("placeholders differ: English [], Korean " + k);
            }
            if (ko.contains("''") && !en.contains("''")) {
                problems.add("'' shows as two apostrophes: this value is not a MessageFormat pattern");
            }
            return problems;
        }
        try {
            new MessageFormat(ko, Locale.ROOT);
        } catch (IllegalArgumentException ex) {
            problems.add("not a valid MessageFormat pattern: " + ex.getMessage());
            return problems;
        }
        SortedSet<String> e = placeholders(en);
        SortedSet<String> k = placeholders(ko);
        if (!e.equals(k)) {
            problems.add("placeholders differ: English " + e + ", Korean " + k);
        }
        if (loneApostrophes(ko) != loneApostrophes(en)) {
            problems.add("a single apostrophe, which MessageFormat swallows (and with it any {n} up to the next"
                    + " one): write '' or leave it out");
        }
        String formatted = new MessageFormat(ko, Locale.ROOT).format(dummyArguments(ko));
        for (String literal : literalRuns(ko)) {
            if (!formatted.contains(literal)) {
                problems.add("formatting loses literal text \"" + literal + "\": got \"" + formatted + "\"");
            }
        }
        if (count(HANGUL, formatted) < count(HANGUL, String.join("", literalRuns(ko)))) {
            problems.add("formatting loses Hangul: got \"" + formatted + "\"");
        }
        return problems;
    }

    // --- The checks must be able to fail: each kind of mistake, made on purpose, is reported. ---

    @Test
    void aMissingKeyAnExtraKeyAndAnEmptyTextAreReported() {
        Properties en = properties("a", "One", "b", "Two", "c", "Three");
        Properties ko = properties("a", "하나", "c", " ", "d", "넷");
        assertThat(problems("x", en, ko, List.of("a"))).containsExactly(
                "x: a: given twice in the Korean file (the last one wins)",
                "x: b: no Korean text",
                "x: c: the Korean text is empty",
                "x: d: not a key of the English bundle");
    }

    @Test
    void aChangedPlaceholderIsReported() {
        assertThat(valueProblems(Use.PATTERN_WHEN_ARGUMENTS, "k", "Step {0} of {1}", "{2}단계 중 {0}단계"))
                .anyMatch(p -> p.startsWith("placeholders differ"));
        assertThat(valueProblems(Use.PATTERN_WHEN_ARGUMENTS, "k", "{0,number,integer} bytes", "{0}바이트"))
                .anyMatch(p -> p.startsWith("placeholders differ"));
        assertThat(valueProblems(Use.PATTERN_WHEN_ARGUMENTS, "k",
                "took {0,choice,0#0 bytes|1#1 byte|1<{0,number,integer} bytes}",
                "{0,choice,0#0바이트|1#1바이트|1<{1,number,integer}바이트}를 가져감"))
                .anyMatch(p -> p.startsWith("placeholders differ"));
        assertThat(valueProblems(Use.PATTERN_WHEN_ARGUMENTS, "k", "Step {0} of {1}", "전체 {1}단계 중 {0}단계"))
                .isEmpty();
        assertThat(valueProblems(Use.PATTERN_WHEN_ARGUMENTS, "k", "Plain text", "{0} 소켓"))
                .anyMatch(p -> p.startsWith("placeholders differ"));
    }

    @Test
    void anApostropheThatMessageFormatWouldSwallowIsReported() {
        // A stray apostrophe quotes the rest of the pattern: the apostrophe disappears and {0} stays literal.
        assertThat(valueProblems(Use.PATTERN_WHEN_ARGUMENTS, "k", "Saved to {0}", "저장했습니다 '{0}'"))
                .isNotEmpty();
        assertThat(valueProblems(Use.ALWAYS_PATTERN, "k", "The peer closed.", "상대가 '닫음' 상태입니다."))
                .anyMatch(p -> p.startsWith("a single apostrophe"))
                .anyMatch(p -> p.startsWith("formatting loses literal text"));
        assertThat(valueProblems(Use.PATTERN_WHEN_ARGUMENTS, "k", "the lab''s events: {0}",
                "실습의 이벤트로 추정: {0}")).isEmpty();
        assertThat(valueProblems(Use.PATTERN_WHEN_ARGUMENTS, "k", "the lab''s events: {0}",
                "실습''의 이벤트: {0}")).isEmpty();
        assertThat(valueProblems(Use.PATTERN_WHEN_ARGUMENTS, "k", "Plain", "이건 ''평문''")).isNotEmpty();
    }

    @Test
    void changedCodeIsReportedButATranslatedCommentIsNot() {
        String en = "int n = channel.read(buffer); // n > 0: bytes read\n// 0: nothing waiting";
        assertThat(valueProblems(Use.RAW_CODE, "code.x", en,
                "int n = channel.read(buffer); // n > 0: 읽은 바이트 수\n// 0: 기다리는 데이터 없음")).isEmpty();
        assertThat(valueProblems(Use.RAW_CODE, "code.x", "int n = channel.read(buffer); // bytes read",
                "int n = channel.read(buf); // 읽은 바이트 수")).anyMatch(p -> p.startsWith("the code differs"));
        assertThat(valueProblems(Use.RAW_CODE, "code.x", "struct linger lg = {1, 0}; // on, 0 seconds",
                "struct linger lg = {1, 1}; // 켬, 0초")).isNotEmpty();
    }

    /** The files are what ResourceBundle itself reads for Korean, as UTF-8 (Java 9+), not ISO-8859-1. */
    @ParameterizedTest
    @ValueSource(strings = {"i18n.messages", "org.socketlab.engine.explanations", "org.socketlab.lesson.narration",
        "org.socketlab.lesson.code-equivalents", "org.socketlab.cli.player"})
    void resourceBundleReadsTheKoreanFileAsUtf8(String name) throws IOException {
        ResourceBundle bundle = ResourceBundle.getBundle(name, Locale.KOREAN,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        assertThat(bundle.getLocale()).as(name).isEqualTo(Locale.KOREAN);
        Properties ko = load(name.replace('.', '/') + "_ko.properties", new ArrayList<>());
        List<String> differ = new ArrayList<>();
        for (String key : ko.stringPropertyNames()) {
            if (!ko.getProperty(key).equals(bundle.getString(key))) {
                differ.add(key);
            }
        }
        assertThat(differ).as("%s: keys whose ResourceBundle text differs from the UTF-8 file", name).isEmpty();
        assertThat(ko.values()).as("%s: some Hangul at all", name).anyMatch(v -> HANGUL.matcher((String) v).find());
    }

    // --- Helpers ---

    private static Properties load(String resource, List<String> duplicates) throws IOException {
        Properties p = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                if (containsKey(key)) {
                    duplicates.add((String) key);
                }
                return super.put(key, value);
            }
        };
        try (InputStream in = KoreanTextsTest.class.getResourceAsStream("/" + resource)) {
            assertThat(in).as("%s on the class path", resource).isNotNull();
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        return p;
    }

    private static Properties properties(String... keysAndValues) {
        Properties p = new Properties();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            p.setProperty(keysAndValues[i], keysAndValues[i + 1]);
        }
        return p;
    }

    /** {@code {0}}, {@code {1,number,integer}}, … anywhere, ignoring MessageFormat quoting (for raw values). */
    private static SortedSet<String> rawPlaceholders(String s) {
        SortedSet<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\s*(\\d+)\\s*(?:,\\s*([^,}]*))?").matcher(s);
        while (m.find()) {
            found.add("{" + m.group(1) + (m.group(2) == null ? "" : "," + m.group(2).trim().toLowerCase(Locale.ROOT))
                    + "}");
        }
        return found;
    }

    /**
     * The placeholders of a MessageFormat pattern, as MessageFormat reads it (quotes respected), including
     * those nested in a choice: each as "{index}" or "{index,type}", with the style for number, date and time
     * (a choice's style holds translated text and is compared through its nested placeholders instead).
     */
    static SortedSet<String> placeholders(String pattern) {
        SortedSet<String> found = new TreeSet<>();
        collect(pattern, found);
        return found;
    }

    private static void collect(String p, Set<String> found) {
        boolean quoted = false;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\'') {
                if (i + 1 < p.length() && p.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == '{' && !quoted) {
                int end = matchingBrace(p, i);
                List<String> parts = splitTopLevel(p.substring(i + 1, end), ',', 3);
                String index = parts.get(0).trim();
                String type = parts.size() > 1 ? parts.get(1).trim().toLowerCase(Locale.ROOT) : "";
                String style = parts.size() > 2 ? parts.get(2).trim() : "";
                if (type.equals("choice")) {
                    found.add("{" + index + ",choice}");
                    for (String branch : splitTopLevel(style, '|', Integer.MAX_VALUE)) {
                        int limit = firstOf(branch, '#', '<', '\u2264');
                        collect(limit < 0 ? branch : branch.substring(limit + 1), found);
                    }
                } else {
                    found.add("{" + index + (type.isEmpty() ? "" : "," + type) + (style.isEmpty() ? "" : "," + style)
                            + "}");
                }
                i = end;
            }
        }
    }

    private static int matchingBrace(String p, int open) {
        int depth = 0;
        boolean quoted = false;
        for (int i = open; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '{') {
                depth++;
            } else if (!quoted && c == '}' && --depth == 0) {
                return i;
            }
        }
        return p.length() - 1;
    }

    private static List<String> splitTopLevel(String s, char separator, int limit) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length() && parts.size() < limit - 1; i++) {
            char c = s.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == separator && depth == 0) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(s.substring(start));
        return parts;
    }

    private static int firstOf(String s, char... chars) {
        int first = -1;
        for (char c : chars) {
            int i = s.indexOf(c);
            if (i >= 0 && (first < 0 || i < first)) {
                first = i;
            }
        }
        return first;
    }

    /** The text between top-level braces, found naively (quotes not honoured), with '' read as one '. */
    private static List<String> literalRuns(String pattern) {
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '{') {
                if (depth++ == 0 && !run.isEmpty()) {
                    runs.add(run.toString());
                    run.setLength(0);
                }
            } else if (c == '}') {
                depth--;
            } else if (depth == 0) {
                run.append(c);
            }
        }
        if (!run.isEmpty()) {
            runs.add(run.toString());
        }
        runs.replaceAll(r -> r.replace("''", "'"));
        runs.removeIf(String::isBlank);
        return runs;
    }

    /** Arguments for a trial format: a number where the pattern formats one, a marker string elsewhere. */
    private static Object[] dummyArguments(String pattern) {
        Object[] args = new Object[10];
        for (int i = 0; i < args.length; i++) {
            args[i] = "\u27e6" + i + "\u27e7";
        }
        for (String p : placeholders(pattern)) {
            Matcher m = Pattern.compile("\\{(\\d+),(number|choice)").matcher(p);
            if (m.find() && Integer.parseInt(m.group(1)) < args.length) {
                args[Integer.parseInt(m.group(1))] = 2L;
            }
        }
        return args;
    }

    private static int loneApostrophes(String s) {
        return s.replace("''", "").length() - s.replace("''", "").replace("'", "").length();
    }

    private static int count(Pattern p, String s) {
        int n = 0;
        Matcher m = p.matcher(s);
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** A code snippet without its {@code //} comments and the spaces before them, line by line. */
    private static String withoutComments(String code) {
        StringBuilder out = new StringBuilder();
        for (String line : code.split("\n", -1)) {
            int comment = line.indexOf("//");
            out.append((comment < 0 ? line : line.substring(0, comment)).stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
