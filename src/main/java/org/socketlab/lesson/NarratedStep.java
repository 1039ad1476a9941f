package org.socketlab.lesson;

import java.util.List;

/**
 * One step as the narration told it: its heading (the button, e.g. "1 Initialize"), the lesson's words for
 * it ("" in free play), what the call did and why (the {@link Narrator}'s explanation), and what each
 * notification that followed meant.
 */
public record NarratedStep(String heading, String lessonWords, String explanation, List<String> notifications) {
    public NarratedStep {
        notifications = List.copyOf(notifications);
    }
}
