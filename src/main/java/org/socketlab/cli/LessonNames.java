package org.socketlab.cli;

import java.util.Iterator;
import org.socketlab.lesson.Lessons;

/** The shipped lessons' names, for the player's help text. */
final class LessonNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return Lessons.names().iterator();
    }
}
