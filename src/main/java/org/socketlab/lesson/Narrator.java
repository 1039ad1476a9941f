package org.socketlab.lesson;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.socketlab.engine.Explanation;
import org.socketlab.engine.NotificationEvent;
import org.socketlab.engine.Operation;
import org.socketlab.engine.Outcome;
import org.socketlab.engine.SocketKind;
import org.socketlab.engine.SocketName;
import org.socketlab.engine.SocketState;
import org.socketlab.engine.StepResult;
import org.socketlab.engine.Wsa;

/**
 * Explains, in two or three sentences, what a step called, what the operating system did, and why
 * counters change or do not; and what each notification means. Texts: {@code narration.properties}.
 */
public final class Narrator {
    private final ResourceBundle text;

    public Narrator(Locale locale) {
        text = ResourceBundle.getBundle("org.socketlab.lesson.narration", locale, Language.NO_FALLBACK);
    }

    /** Narration in the language SocketLab was started in. */
    public Narrator() {
        this(Locale.getDefault());
    }

    /** The narration for a step's result. */
    public String narrate(StepResult r) {
        String key = key(r);
        List<Object> args = new ArrayList<>(List.of(r.bytes(), r.step().socket().toString(), r.wsa().describe()));
        r.explanations().stream().filter(e -> key.equals("step." + e.key())
                        || key.startsWith("step." + e.key() + "."))
                .findFirst().ifPresent(e -> args.addAll(e.args()));
        return format(key, args.toArray());
    }

    /** The narration for a notification. */
    public String narrate(NotificationEvent e) {
        String key = "event." + e.notification().word();
        if (!text.containsKey(key)) {
            key += e.error() == Wsa.NONE ? ".ok" : ".error";
        }
        if (text.containsKey(key + "." + e.error().code())) {
            key += "." + e.error().code();
        }
        return format(key, 0L, e.socket().toString(), e.error().describe());
    }

    /**
     * The key a result is narrated with: "step." + the key of its explanation (from its last sentence to
     * its first), then the errno's, then the outcome's.
     */
    String key(StepResult r) {
        if (r.noCallMade() && r.errno().equals("EBADF")) {
            return "step.missing";
        }
        List<Explanation> said = r.explanations();
        for (int i = said.size() - 1; i >= 0; i--) {
            String key = "step." + said.get(i).key();
            if (key.equals("step.client.connect.pending") && serverListens(r)) {
                return key + ".listening";
            }
            if (text.containsKey(key)) {
                return key;
            }
        }
        if (r.outcome() == Outcome.ERROR && text.containsKey("error." + r.errno())) {
            return "error." + r.errno();
        }
        return "step.generic." + r.outcome().word();
    }

    /** True when this lab's own server is listening, so a connect to it completes in the kernel at once. */
    private static boolean serverListens(StepResult r) {
        return r.after().socket(SocketName.SERVER).map(v -> v.state() == SocketState.LISTENING).orElse(false);
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

    private String format(String key, Object... args) {
        return new MessageFormat(text.getString(key), text.getLocale()).format(args);
    }
}
