package org.socketlab.ui.lesson;

/**
 * One step in the lesson pane's list: its number, the button the class sees, and where the lesson
 * stands with it.
 *
 * @param number 1-based
 * @param what   what it did instead, for a step that did not do what the lesson says ("" otherwise)
 */
public record LessonStepRow(int number, String button, Mark mark, String what) {
    /** Done (ran as the lesson says), failed (ran otherwise), current (just ran), next, or later. */
    public enum Mark {
        DONE, FAILED, CURRENT, NEXT, LATER;

        public String styleClass() {
            return "step-" + name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
