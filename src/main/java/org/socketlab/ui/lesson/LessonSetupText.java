package org.socketlab.ui.lesson;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import org.socketlab.engine.IpFamily;
import org.socketlab.engine.Operation;
import org.socketlab.engine.Payload;
import org.socketlab.engine.ScriptStep;
import org.socketlab.engine.SocketName;
import org.socketlab.engine.Step;
import org.socketlab.lesson.Lesson;
import org.socketlab.lesson.Setup;

/**
 * The Lesson tab's "Runs with" line: every setting the lesson pins (read buffer, backlog, port, family,
 * roles, SO_REUSEADDR off) and what its Sends really send — each step's own text or bytes, or, for a
 * plain Send, the time of day (the rest of an unfinished Send where one on that socket came before). The
 * payload a lesson pins for the class's own Send clicks is said only where it is not the time of day.
 */
final class LessonSetupText {
    private static final String AND = " · ";

    private LessonSetupText() {
    }

    /** E.g. "Runs with: read buffer 1024 bytes · backlog 1 · its steps send the time of day · IPv4 · …". */
    static String of(Lesson lesson, ResourceBundle text) {
        Setup s = lesson.setup();
        List<String> parts = new ArrayList<>();
        parts.add(format(text, "lesson.setup.buffer", s.buffer()));
        s.backlog().ifPresent(b -> parts.add(format(text, "lesson.setup.backlog", b)));
        s.port().ifPresent(p -> parts.add(p == 0 ? text.getString("lesson.setup.port.any")
                : format(text, "lesson.setup.port", p)));
        List<String> sent = sent(lesson, text);
        if (!sent.isEmpty()) {
            parts.add(format(text, "lesson.setup.sends", String.join(", ", sent)));
        }
        if (!(s.send() instanceof Payload.Default)) {
            parts.add(format(text, "lesson.setup.clicks", payload(s.send(), text)));
        }
        parts.add(s.family() == IpFamily.V4 ? "IPv4" : "IPv6");
        parts.add(text.getString("lesson.setup.role." + s.role().word()));
        if (!s.reuseAddress()) {
            parts.add(text.getString("lesson.setup.noreuse"));
        }
        return format(text, "lesson.setup", String.join(AND, parts));
    }

    /** What the lesson's Send steps send, each said once, in the order they first send it. */
    private static List<String> sent(Lesson lesson, ResourceBundle text) {
        Set<String> said = new LinkedHashSet<>();
        Set<SocketName> sentBefore = new HashSet<>();
        for (Lesson.Item item : lesson.steps()) {
            if (item.step() instanceof ScriptStep.Action a && a.step().operation() == Operation.SEND) {
                Step step = a.step();
                said.add(sends(step.payload(), sentBefore.contains(step.socket()), text));
                sentBefore.add(step.socket());
            }
        }
        return new ArrayList<>(said);
    }

    /** What one Send step writes; a plain Send after an earlier one may continue that one's rest first. */
    private static String sends(Payload p, boolean after, ResourceBundle text) {
        if (p instanceof Payload.UntilWouldBlock repeat) {
            return format(text, "lesson.setup.untilBlocked", sends(repeat.each(), after, text));
        }
        if (p instanceof Payload.Default) {
            return text.getString(after ? "lesson.setup.restOrTime" : "lesson.setup.time");
        }
        return payload(p, text);
    }

    private static String payload(Payload p, ResourceBundle text) {
        return p instanceof Payload.Text t ? format(text, "lesson.setup.text", t.text())
                : p instanceof Payload.Bulk b ? format(text, "lesson.setup.bulk", b.size())
                : text.getString("lesson.setup.time");
    }

    private static String format(ResourceBundle text, String key, Object arg) {
        return new MessageFormat(text.getString(key), text.getLocale()).format(new Object[] {arg});
    }
}
