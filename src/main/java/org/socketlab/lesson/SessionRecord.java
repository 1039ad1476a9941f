package org.socketlab.lesson;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.socketlab.engine.LabReset;
import org.socketlab.engine.LabSnapshot;
import org.socketlab.engine.LabUpdate;
import org.socketlab.engine.Notification;
import org.socketlab.engine.Outcome;
import org.socketlab.engine.ScriptStep;
import org.socketlab.engine.SocketView;
import org.socketlab.engine.StepResult;

/**
 * The steps run since the last Reset, each with what it returned, kept to be saved as a lesson that
 * replays them ({@link #toLesson}). Fed with the lab's updates in order ({@link #accept}): a
 * {@link StepResult} adds its step, a {@link LabReset} starts the record over; a wait or await, which
 * publishes nothing, is added with {@link #note}. Keeps only the step and its verdict, never the result's
 * data, and at most one step more than a lesson holds. Safe to use from several threads.
 */
public final class SessionRecord {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final String UNTITLED = "Recorded session";

    /**
     * One item that ran, what the lesson says it returns ({@link Expect#DEFAULT} when it did as expected), and
     * the question the class was asked before it (null when none).
     */
    public record Entry(ScriptStep step, Expect expect, Question question) {
        public Entry(ScriptStep step, Expect expect) {
            this(step, expect, null);
        }

        /** The item as a lesson's {@code step:} value, e.g. {@code client1.receive -> would-block}. */
        public String line() {
            return expect.word().isEmpty() ? step.text() : step.text() + " -> " + expect.word();
        }
    }

    private final Clock clock;
    private final List<Entry> entries = new ArrayList<>();
    /** Items since the last Reset, also those beyond what is kept. */
    private int count;
    private LabSnapshot latest = LabSnapshot.EMPTY;

    /** @param clock tells the time the lesson's introduction says it was recorded */
    public SessionRecord(Clock clock) {
        this.clock = clock;
    }

    public SessionRecord() {
        this(Clock.systemDefaultZone());
    }

    /** Takes one update the lab published: a step's result is recorded, a Reset starts over. */
    public synchronized void accept(LabUpdate update) {
        if (update instanceof LabReset) {
            entries.clear();
            count = 0;
        } else if (update instanceof StepResult r) {
            add(new Entry(new ScriptStep.Action(r.step()), verdict(r)));
        }
        if (update.after().version() > latest.version()) {
            latest = update.after();
        }
    }

    /** Records a wait or an await that ran: they make no call, so the lab publishes nothing for them. */
    public synchronized void note(ScriptStep item) {
        if (item instanceof ScriptStep.Action) {
            throw new IllegalArgumentException("a step is recorded from its result: " + item.text());
        }
        add(new Entry(item, Expect.DEFAULT));
    }

    /**
     * The class was asked {@code question} before the step recorded last (predict mode): the lesson written
     * asks it too. Nothing when no step is recorded or the last one is beyond what is kept.
     */
    public synchronized void asked(Question question) {
        if (!entries.isEmpty() && entries.size() == count) {
            Entry last = entries.get(entries.size() - 1);
            entries.set(entries.size() - 1, new Entry(last.step(), last.expect(), question));
        }
    }

    private void add(Entry entry) {
        count++;
        if (entries.size() <= LessonParser.MAX_STEPS) {
            entries.add(entry);
        }
    }

    /**
     * What a lesson line must say the step returned for the replay to expect what happened: nothing when
     * {@link Expect#DEFAULT} accepts it; else the errno of an error ({@code ECONNRESET}), or the outcome
     * ({@code would-block}, {@code error}). A step whose text holds {@code ->} (a Send's text) always says
     * it, so the parser does not take the end of its text for a verdict.
     */
    static Expect verdict(StepResult r) {
        if (Expect.DEFAULT.accepts(r) && !r.step().text().contains("->")) {
            return Expect.DEFAULT;
        }
        if (r.outcome() == Outcome.ERROR && r.errno().startsWith("E") && Expect.WORD.matcher(r.errno()).matches()) {
            return new Expect(r.errno());
        }
        return new Expect(r.outcome().word());
    }

    /** The items recorded since the last Reset, oldest first. */
    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** How many items ran since the last Reset. */
    public synchronized int size() {
        return count;
    }

    public synchronized boolean isEmpty() {
        return count == 0;
    }

    /** The newest snapshot among the updates taken. */
    public synchronized LabSnapshot latest() {
        return latest;
    }

    /**
     * The record as a lesson file: its title, an introduction saying when it was recorded, {@code setup}'s
     * {@code set:} lines, one {@code step:} line per item (with {@code -> X} where it did not do what a
     * lesson expects by default), and as promises every counter of every socket in {@code end}. The text
     * is read back before it is returned: {@link LessonParser} takes it, with the same steps.
     *
     * @throws LessonFormatException when it cannot be a lesson: no steps, more than a lesson holds, or a
     *                               step a lesson line cannot hold (a Send's text with a line break)
     */
    public synchronized String toLesson(String title, Setup setup, LabSnapshot end) throws LessonFormatException {
        if (count > LessonParser.MAX_STEPS) {
            throw new LessonFormatException(0, "the session ran " + count + " steps since the last Reset; a lesson "
                    + "holds at most " + LessonParser.MAX_STEPS);
        }
        StringBuilder out = new StringBuilder();
        String named = oneLine(title);
        line(out, "title", named.isEmpty() ? UNTITLED : named);
        line(out, "intro", "A recorded session: the steps run in SocketLab on "
                + WHEN.format(clock.instant().atZone(clock.getZone()))
                + ", each with what it returned, and the counters they reached as promises.");
        setup.lines().forEach(l -> line(out, "set", l));
        out.append('\n');
        for (Entry e : entries) {
            if (e.question() != null) {
                asks(out, e.question());
            }
            line(out, "step", e.line());
        }
        out.append('\n');
        for (SocketView socket : end.sockets().values()) {
            StringBuilder counters = new StringBuilder(socket.name().toString());
            for (Notification n : Notification.values()) {
                counters.append(' ').append(n.word()).append('=').append(socket.counters().count(n));
            }
            line(out, "expect", counters.toString());
        }
        String text = out.toString();
        readBack(text);
        return text;
    }

    /** A question's lines: ask, its choices where it offered fewer than all three outcomes, why if it says. */
    private static void asks(StringBuilder out, Question q) {
        line(out, "ask", oneLine(q.ask()));
        if (!q.choices().equals(Question.ALL_OUTCOMES)) {
            line(out, "choices", String.join(", ", q.choices().stream().map(Outcome::word).toList()));
        }
        if (!oneLine(q.why()).isEmpty()) {
            line(out, "why", oneLine(q.why()));
        }
    }

    /** Checks that the text parses and replays the very steps recorded. */
    private void readBack(String text) throws LessonFormatException {
        Lesson lesson = LessonParser.parse(text);
        if (lesson.steps().size() != entries.size()) {
            throw new LessonFormatException(0, "the steps cannot be written as lesson lines: a Send's text holds "
                    + "a line break");
        }
        for (int i = 0; i < entries.size(); i++) {
            Lesson.Item item = lesson.steps().get(i);
            Entry recorded = entries.get(i);
            if (!item.step().text().equals(recorded.step().text().strip()) || !item.expect().equals(recorded.expect())) {
                throw new LessonFormatException(item.line(), "step " + (i + 1) + " (" + recorded.step().text()
                        + ") cannot be written as a lesson line");
            }
        }
    }

    /** The title a lesson saved to {@code file} gets: the file's name, e.g. "tcp-basics" for {@code tcp-basics.lesson}. */
    public static String titleOf(java.nio.file.Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static void line(StringBuilder out, String key, String value) {
        out.append(key).append(": ").append(value).append('\n');
    }

    /** A title on one line: control characters become spaces. */
    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\p{Cntrl}", " ").strip();
    }
}
