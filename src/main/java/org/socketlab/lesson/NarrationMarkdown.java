package org.socketlab.lesson;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A session's narration as Markdown, to hand out after class: a {@code #} title, then for each step a
 * {@code ## N. heading}, the lesson's words in italics, the explanation, and the notifications as a bullet
 * list. Every text is escaped ({@link #escape}): a Send's text or a lesson's words come from users and must
 * show as written, not as Markdown.
 */
public final class NarrationMarkdown {
    /** Characters with a meaning anywhere in a line of Markdown (CommonMark's inline syntax and HTML). */
    private static final Pattern INLINE = Pattern.compile("([\\\\`*_\\[\\]<>#|~&])");
    /** What makes a line a list item, a quote or a heading when it starts it. */
    private static final Pattern LINE_START = Pattern.compile("^([-+=]|\\d{1,9}(?=[.)]))");
    private static final Pattern BREAKS = Pattern.compile("\\s*\\R\\s*|\\t");

    private NarrationMarkdown() {
    }

    public static String of(String title, List<NarratedStep> steps) {
        StringBuilder md = new StringBuilder("# ").append(escape(title)).append("\n");
        int n = 0;
        for (NarratedStep step : steps) {
            md.append("\n## ").append(++n).append(". ").append(escape(step.heading())).append("\n");
            paragraph(md, step.lessonWords().isBlank() ? "" : "*" + escape(step.lessonWords()) + "*");
            paragraph(md, escape(step.explanation()));
            if (!step.notifications().isEmpty()) {
                md.append('\n');
                step.notifications().forEach(e -> md.append("- ").append(escape(e)).append('\n'));
            }
        }
        return md.toString();
    }

    private static void paragraph(StringBuilder md, String text) {
        if (!text.isEmpty()) {
            md.append('\n').append(text).append('\n');
        }
    }

    /**
     * {@code text} on one line, shown literally by any CommonMark reader: line breaks become spaces, and a
     * backslash goes before every character that could start emphasis, code, a link, HTML, an entity or a
     * table cell, and before what would make the line a list item or a heading.
     */
    public static String escape(String text) {
        String flat = BREAKS.matcher(text).replaceAll(" ").strip();
        String inline = INLINE.matcher(flat).replaceAll("\\\\$1");
        var start = LINE_START.matcher(inline);
        if (!start.find()) {
            return inline;
        }
        // "-", "+", "=" are escaped themselves; a number's "." or ")" after it is
        return start.group(1).length() == 1 && !Character.isDigit(start.group(1).charAt(0))
                ? "\\" + inline
                : inline.substring(0, start.end()) + "\\" + inline.substring(start.end());
    }
}
