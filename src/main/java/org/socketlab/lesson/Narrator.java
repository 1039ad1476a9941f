package org.socketlab.lesson;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.socketlab.engine.NotificationEvent;
import org.socketlab.engine.Operation;
import org.socketlab.engine.Outcome;
import org.socketlab.engine.SocketKind;
import org.socketlab.engine.SocketName;
import org.socketlab.engine.StepResult;
import org.socketlab.engine.WsaNames;

/**
 * Explains, in two or three sentences, what a step called, what the operating system did, and why
 * counters change or do not; and what each notification means. Texts: {@code narration.properties}.
 */
public final class Narrator {
    private final ResourceBundle text;

    public Narrator(Locale locale) {
        text = ResourceBundle.getBundle("org.socketlab.lesson.narration", locale);
    }

    public Narrator() {
        this(Locale.ROOT);
    }

    /** The narration for a step's result. */
    public String narrate(StepResult r) {
        return format(key(r), r.bytes(), r.step().socket(), WsaNames.describe(r.wsa()));
    }

    /** The narration for a notification. */
    public String narrate(NotificationEvent e) {
        String key = "event." + e.notification().word();
        if (!text.containsKey(key)) {
            key += e.error() == 0 ? ".ok" : ".error";
        }
        if (text.containsKey(key + "." + e.error())) {
            key += "." + e.error();
        }
        return format(key, 0, e.socket(), WsaNames.describe(e.error()));
    }

    /** The key a result is narrated with: the most specific one the bundle has. */
    String key(StepResult r) {
        if (r.java().startsWith("(no call made)") && r.errno().equals("EBADF")) {
            return "step.missing";
        }
        String base = "step." + family(r.step().socket(), r.step().operation()) + "." + r.step().operation().word();
        if (r.step().operation() == Operation.RECEIVE && r.java().startsWith("read() returned -1")) {
            return base + ".eof";
        }
        String outcome = r.outcome().word();
        if (r.outcome() == Outcome.ERROR) {
            for (String candidate : new String[] {base + ".error." + r.errno(), base + ".error", "error." + r.errno()}) {
                if (text.containsKey(candidate)) {
                    return candidate;
                }
            }
        } else if (text.containsKey(base + "." + outcome)) {
            return base + "." + outcome;
        }
        return "step.generic." + outcome;
    }

    /** Which narration family a socket's operation belongs to: server, client (init, connect) or stream. */
    static String family(SocketName socket, Operation op) {
        if (socket.kind() == SocketKind.SERVER) {
            return "server";
        }
        return op == Operation.INIT || op == Operation.CONNECT ? "client" : "stream";
    }

    boolean has(String key) {
        return text.containsKey(key);
    }

    private String format(String key, long bytes, SocketName socket, String code) {
        return new MessageFormat(text.getString(key), Locale.ROOT).format(new Object[] {bytes, socket.toString(), code});
    }
}
