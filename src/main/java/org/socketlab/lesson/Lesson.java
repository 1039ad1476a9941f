package org.socketlab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.socketlab.engine.LabSnapshot;
import org.socketlab.engine.Notification;
import org.socketlab.engine.ScriptStep;
import org.socketlab.engine.SocketName;
import org.socketlab.os.OsKind;

/**
 * A lesson: a title, an introduction, the settings it runs with, steps in the player's step language
 * each with its narration and what it should do, and the counters the lesson promises at its end. Texts
 * come in English with translations side by side ({@code title[ko]:}, {@code intro[ko]:}, {@code say[ko]:});
 * {@link #in(Locale)} gives the lesson in one language. A lesson whose promises hold only where the
 * operating system behaves a certain way names those systems ({@code os: linux, macos}); {@code oses} is empty
 * for a lesson whose promises hold on every system.
 */
public record Lesson(String title, String intro, Setup setup, List<Item> steps, List<Promise> promises,
                     Map<String, String> titles, Map<String, String> intros, Set<OsKind> oses) {
    public Lesson {
        steps = List.copyOf(steps);
        promises = List.copyOf(promises);
        titles = Map.copyOf(titles);
        intros = Map.copyOf(intros);
        oses = Set.copyOf(oses);
    }

    public Lesson(String title, String intro, Setup setup, List<Item> steps, List<Promise> promises,
                  Map<String, String> titles, Map<String, String> intros) {
        this(title, intro, setup, steps, promises, titles, intros, Set.of());
    }

    public Lesson(String title, String intro, Setup setup, List<Item> steps, List<Promise> promises) {
        this(title, intro, setup, steps, promises, Map.of(), Map.of());
    }

    /**
     * One step of the lesson, the narration shown with it ("" when none), its line in the file, what the
     * step should do, the narration's translations by language ({@code ko}), and what the lesson asks the
     * class before the step runs (null when it asks nothing).
     */
    public record Item(ScriptStep step, String narration, int line, Expect expect, Map<String, String> narrations,
                       Question question) {
        public Item {
            narrations = Map.copyOf(narrations);
        }

        public Item(ScriptStep step, String narration, int line, Expect expect, Map<String, String> narrations) {
            this(step, narration, line, expect, narrations, null);
        }

        public Item(ScriptStep step, String narration, int line) {
            this(step, narration, line, Expect.DEFAULT, Map.of());
        }

        /** What the lesson asks before this step, if it asks anything. */
        public Optional<Question> asked() {
            return Optional.ofNullable(question);
        }

        /** The narration in {@code language} ({@code ko}), or in English where it has none. */
        public String narration(String language) {
            return narrations.getOrDefault(language, narration);
        }
    }

    /** "At the end, {@code socket}'s {@code notification} counter is {@code count}." */
    public record Promise(SocketName socket, Notification notification, int count, int line) {
    }

    /** The lesson with its texts in {@code locale}'s language where it has them, English elsewhere. */
    public Lesson in(Locale locale) {
        String language = locale.getLanguage();
        if (language.isEmpty() || language.equals("en")) {
            return this;
        }
        List<Item> said = steps.stream().map(i -> new Item(i.step(), i.narration(language), i.line(), i.expect(),
                i.narrations(), i.question() == null ? null : i.question().in(language))).toList();
        return new Lesson(titles.getOrDefault(language, title), intros.getOrDefault(language, intro), setup, said,
                promises, titles, intros, oses);
    }

    /**
     * Whether what this lesson promises (its {@code ->} outcomes and {@code expect:} counters) holds on {@code os}:
     * true when the lesson names no system, else only on the systems it names.
     */
    public boolean holdsOn(OsKind os) {
        return oses.isEmpty() || oses.contains(os);
    }

    /**
     * What this lesson lacks in {@code language}: "title", "intro", "say of the step at line 12"; empty when every
     * English text has its translation.
     */
    public List<String> untranslated(String language) {
        List<String> missing = new ArrayList<>();
        if (!titles.containsKey(language)) {
            missing.add("title");
        }
        if (!intro.isEmpty() && !intros.containsKey(language)) {
            missing.add("intro");
        }
        for (Item i : steps) {
            if (!i.narration().isEmpty() && !i.narrations().containsKey(language)) {
                missing.add("say of the step at line " + i.line());
            }
            if (i.question() != null && !i.question().asks().containsKey(language)) {
                missing.add("ask of the step at line " + i.line());
            }
            if (i.question() != null && !i.question().why().isEmpty() && !i.question().whys().containsKey(language)) {
                missing.add("why of the step at line " + i.line());
            }
        }
        return missing;
    }

    /** The promises that do not hold in {@code lab}, e.g. {@code client1 OnReceive = 2 (1)}; empty when all hold. */
    public List<String> brokenPromises(LabSnapshot lab) {
        List<String> broken = new ArrayList<>();
        for (Promise p : promises) {
            int actual = lab.counters(p.socket()).count(p.notification());
            if (actual != p.count()) {
                broken.add(p.socket() + " " + p.notification().mfcName() + " = " + actual + " (" + p.count() + ")");
            }
        }
        return broken;
    }
}
