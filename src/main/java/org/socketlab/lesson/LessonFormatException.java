package org.socketlab.lesson;

/** A lesson file that cannot be used; says which line and why. Nothing of such a file runs. */
public final class LessonFormatException extends Exception {
    private final int line;

    public LessonFormatException(int line, String problem) {
        super(line > 0 ? "line " + line + ": " + problem : problem);
        this.line = line;
    }

    /** The 1-based line number, or 0 when the problem is the file as a whole. */
    public int line() {
        return line;
    }
}
