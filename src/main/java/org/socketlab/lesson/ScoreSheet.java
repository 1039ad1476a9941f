package org.socketlab.lesson;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.socketlab.engine.Outcome;

/**
 * The class's predictions beside what the real calls returned, one entry per predicted step in the order
 * they ran (a lesson restarted and asked again adds entries): the running score, the steps most often
 * predicted wrong, and the whole sheet as Markdown or CSV for a teacher to keep or grade.
 */
public final class ScoreSheet {
    /**
     * One prediction: the step's number in the lesson (counting from 1, 0 in free play), the step as written,
     * the question asked, the predicted and the real outcome, and for a Send or Receive the bytes predicted
     * (null when the class gave none) and the bytes the call moved.
     */
    public record Entry(int number, String step, String question, Outcome predicted, Outcome actual,
                        Long predictedBytes, long bytes) {
        public Entry(int number, String step, String question, Outcome predicted, Outcome actual) {
            this(number, step, question, predicted, actual, null, 0);
        }

        /** Whether the outcome was predicted right (the score counts outcomes). */
        public boolean right() {
            return predicted == actual;
        }
    }

    /** How one step fared over every time it was asked. */
    public record StepTally(int number, String step, String question, int asked, int wrong) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public void add(Entry entry) {
        entries.add(entry);
    }

    public void clear() {
        entries.clear();
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    public int right() {
        return (int) entries.stream().filter(Entry::right).count();
    }

    public int asked() {
        return entries.size();
    }

    /** Each step asked, most often wrong first (then in lesson order), with how often it was asked. */
    public List<StepTally> mostOftenWrong() {
        Map<String, StepTally> tallies = new LinkedHashMap<>();
        for (Entry e : entries) {
            String key = e.number() + " " + e.step();
            StepTally t = tallies.get(key);
            int asked = t == null ? 1 : t.asked() + 1;
            int wrong = (t == null ? 0 : t.wrong()) + (e.right() ? 0 : 1);
            tallies.put(key, new StepTally(e.number(), e.step(), e.question(), asked, wrong));
        }
        List<StepTally> sorted = new ArrayList<>(tallies.values());
        sorted.sort(Comparator.comparingInt(StepTally::wrong).reversed().thenComparingInt(StepTally::number));
        return sorted;
    }

    /** The sheet as Markdown, in {@code locale}'s language: the score, every prediction, the steps most wrong. */
    public String markdown(String title, Locale locale) {
        ResourceBundle text = ResourceBundle.getBundle("org.socketlab.lesson.narration", locale, Language.NO_FALLBACK);
        StringBuilder md = new StringBuilder();
        md.append("# ").append(title).append("\n\n");
        md.append(java.text.MessageFormat.format(text.getString("score.line"), right(), asked())).append("\n\n");
        md.append("| # | ").append(text.getString("score.step")).append(" | ").append(text.getString("score.question"))
                .append(" | ").append(text.getString("score.predicted")).append(" | ")
                .append(text.getString("score.actual")).append(" | ").append(text.getString("score.right"))
                .append(" |\n|---|---|---|---|---|---|\n");
        for (Entry e : entries) {
            md.append("| ").append(e.number()).append(" | `").append(cell(e.step())).append("` | ")
                    .append(cell(e.question())).append(" | ").append(e.predicted().word()).append(bytes(e.predictedBytes()))
                    .append(" | ").append(e.actual().word()).append(bytes(e.predictedBytes() == null ? null : e.bytes()))
                    .append(" | ").append(e.right() ? "✓" : "✗").append(" |\n");
        }
        List<StepTally> wrong = mostOftenWrong().stream().filter(t -> t.wrong() > 0).toList();
        if (!wrong.isEmpty()) {
            md.append("\n## ").append(text.getString("score.wrong")).append("\n\n");
            for (StepTally t : wrong) {
                md.append("- ").append(java.text.MessageFormat.format(text.getString("score.wrong.line"), t.number(),
                        t.step(), t.wrong(), t.asked())).append("\n");
            }
        }
        return md.toString();
    }

    /**
     * The sheet as CSV (RFC 4180, a header row, then one row per prediction; {@code predicted_bytes} is empty
     * where the class predicted none, {@code bytes} is what the call moved).
     */
    public String csv() {
        StringBuilder csv = new StringBuilder("number,step,question,predicted,actual,right,predicted_bytes,bytes\r\n");
        for (Entry e : entries) {
            csv.append(e.number()).append(',').append(quoted(e.step())).append(',').append(quoted(e.question()))
                    .append(',').append(e.predicted().word()).append(',').append(e.actual().word()).append(',')
                    .append(e.right()).append(',').append(e.predictedBytes() == null ? "" : e.predictedBytes())
                    .append(',').append(e.bytes()).append("\r\n");
        }
        return csv.toString();
    }

    /** ", 12 B" after an outcome whose bytes were predicted; "" otherwise. */
    private static String bytes(Long count) {
        return count == null ? "" : ", " + count + " B";
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    private static String quoted(String s) {
        return s.matches("[^,\"\r\n]*") ? s : "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
