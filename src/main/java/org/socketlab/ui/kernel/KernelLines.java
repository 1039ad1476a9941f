package org.socketlab.ui.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.socketlab.engine.Patterns;
import org.socketlab.engine.SocketState;
import org.socketlab.kernel.Inference;
import org.socketlab.kernel.KernelSocket;
import org.socketlab.kernel.KernelSource;
import org.socketlab.kernel.KernelView;
import org.socketlab.kernel.QueuedConnection;
import org.socketlab.kernel.TcpState;

/**
 * Words the kernel's view for the cards: one {@link KernelLine} per socket. What the system the view was
 * read from does not show (Windows: queue bytes; macOS: the connections in the accept queue, and a socket
 * after close) is said in words, naming the system, never shown as 0.
 */
final class KernelLines {
    /** How many waiting connections the server's line names before it says "and N more". */
    static final int QUEUE_NAMED = 3;

    private final ResourceBundle text;
    /** Each message's format, parsed once: a class words hundreds of lines per view. */
    private final Patterns formats;

    KernelLines(ResourceBundle text) {
        this.text = text;
        this.formats = new Patterns(text);
    }

    /** @param lab the socket's state as the lab shows it (null: unknown) */
    KernelLine of(KernelSocket socket, KernelView view, SocketState lab) {
        String state = socket.state().name();
        String line;
        if (socket.inferred()) {
            line = format("kernel.line.inferred", state);
        } else if (socket.unseen()) {
            line = format("kernel.line.unseen", system(view));
        } else if (socket.unmatched()) {
            line = format("kernel.line.unmatched");
        } else if (socket.isListener()) {
            line = format(overBacklog(socket, view) ? "kernel.line.listen.over.linux" : "kernel.line.listen",
                    view.waiting(socket), socket.backlog());
        } else if (socket.state() == TcpState.CLOSED) {
            line = format("kernel.line.closed");
        } else if (socket.sendQueue() < 0 || socket.recvQueue() < 0) {
            line = format("kernel.line.queues.unshown", state, system(view));
        } else {
            line = format("kernel.line", state, socket.sendQueue(), socket.recvQueue());
        }
        if (socket.afterClose()) {
            line = socket.timerMillis() >= 0
                    ? format("kernel.after.close.timer", line, (socket.timerMillis() + 999) / 1000)
                    : format("kernel.after.close", line);
        }
        String queue = !socket.isListener() ? ""
                : view.source().listsAcceptQueue() ? queue(view.accepting()) : unnamedQueue(socket, view);
        String meaning = text.getString(socket.unseen() ? "kernel.meaning.unseen"
                : socket.unmatched() ? "kernel.meaning.unmatched" : "kernel.meaning." + state);
        return new KernelLine(socket.state(), line, brief(socket, view), meaning, queue, socket.afterClose(),
                socket.inferred(), plain(socket, view, lab), text.getString(aboutKey(view.source())),
                socket.unread(view.source()));
    }

    /** The tooltip's words on where the line was read: Linux's, the system's, or that it was inferred. */
    private static String aboutKey(KernelSource source) {
        return source == KernelSource.PROC_NET_TCP ? "kernel.tooltip" : "kernel.tooltip." + word(source);
    }

    /**
     * Whether a listener's accept queue holds as many connections as its backlog, or more: Linux lets
     * backlog + 1 wait (a queue is full only when it holds more than the backlog), so its line says so rather
     * than "2 of 1". Other systems' limits are not Linux's, so only Linux's view says it.
     */
    private static boolean overBacklog(KernelSocket listener, KernelView view) {
        return view.source() == KernelSource.PROC_NET_TCP && view.waiting(listener) >= listener.backlog();
    }

    /** The system the view was read from, by name ("Windows", "macOS"). */
    private String system(KernelView view) {
        return text.getString("kernel.os." + word(view.source()));
    }

    /** The word of a source in the keys: {@code linux}, {@code windows}, {@code macos}, {@code inferred}. */
    static String word(KernelSource source) {
        return switch (source) {
            case PROC_NET_TCP -> "linux";
            case TCP_TABLE -> "windows";
            case PROC_PIDFDINFO -> "macos";
            case INFERRED -> "inferred";
        };
    }

    /** Where the system counts the waiting connections without naming them: how many, and that it does not say who. */
    private String unnamedQueue(KernelSocket listener, KernelView view) {
        long waiting = view.waiting(listener);
        return waiting == 0 ? "" : format("kernel.queue.unnamed", waiting, system(view));
    }

    private static boolean plain(KernelSocket socket, KernelView view, SocketState lab) {
        boolean quiet = socket.isListener() ? view.waiting(socket) == 0
                : socket.sendQueue() <= 0 && socket.recvQueue() <= 0;
        return quiet && !socket.afterClose() && lab != null && Inference.state(lab) == socket.state();
    }

    /** The state alone, with a queue only when something waits in it: one short line. */
    private String brief(KernelSocket socket, KernelView view) {
        if (socket.unseen()) {
            return format("kernel.brief.unseen");
        }
        if (socket.unmatched()) {
            return format("kernel.brief.unmatched");
        }
        StringBuilder brief = new StringBuilder(format(socket.inferred() ? "kernel.brief.inferred" : "kernel.brief",
                socket.state().name()));
        if (socket.isListener()) {
            brief.append(format(overBacklog(socket, view) ? "kernel.brief.accept.over.linux" : "kernel.brief.accept",
                    view.waiting(socket), socket.backlog()));
        } else {
            if (socket.sendQueue() > 0) {
                brief.append(format("kernel.brief.sendq", socket.sendQueue()));
            }
            if (socket.recvQueue() > 0) {
                brief.append(format("kernel.brief.recvq", socket.recvQueue()));
            }
        }
        if (socket.afterClose()) {
            brief.append(text.getString("kernel.brief.after.close"));
        }
        return brief.toString();
    }

    /** The Kernel tab's rows: the lab's sockets, then the accept queue, then what the lab forgot. */
    List<KernelRow> rows(KernelView view) {
        List<KernelRow> rows = new ArrayList<>();
        for (KernelSocket s : view.sockets()) {
            rows.add(row(s.name().toString(), s, view));
        }
        boolean bytes = view.source().showsQueueBytes();
        for (QueuedConnection c : view.accepting()) {
            rows.add(new KernelRow(text.getString("kernel.row.queued"), c.state(), c.state().name(),
                    bytes ? "0" : text.getString("kernel.row.unshown"), queueBytes(c.recvQueue(), false),
                    c.local() + " ⇄ " + c.remote(), text.getString("kernel.row.queued.note"), KernelRow.Kind.QUEUED));
        }
        if (!view.source().listsAcceptQueue()) {
            // counted, not listed: one row for them all, whose state and addresses the system does not give
            for (KernelSocket s : view.sockets()) {
                long waiting = s.isListener() && !s.inferred() ? view.waiting(s) : 0;
                if (waiting > 0) {
                    String unshown = text.getString("kernel.row.unshown");
                    rows.add(new KernelRow(format("kernel.row.queued.count", waiting), s.state(), unshown, unshown,
                            unshown, s.local(), format("kernel.row.queued.unnamed", system(view)), KernelRow.Kind.QUEUED));
                }
            }
        }
        for (KernelSocket s : view.earlier()) {
            rows.add(row(format("kernel.row.forgotten", s.name()), s, view));
        }
        return rows;
    }

    /**
     * A queue in bytes; where it is unknown, "?" when inferred or unmatched, else the words that the system does
     * not show it.
     */
    private String queueBytes(long bytes, boolean inferred) {
        if (bytes >= 0) {
            return Long.toString(bytes);
        }
        return text.getString(inferred ? "kernel.row.unknown" : "kernel.row.unshown");
    }

    private KernelRow row(String who, KernelSocket s, KernelView view) {
        String note = "";
        if (s.inferred()) {
            note = text.getString("kernel.row.inferred");
        } else if (s.unseen()) {
            note = format("kernel.row.unseen", system(view));
        } else if (s.unmatched()) {
            note = text.getString("kernel.row.unmatched");
        } else if (s.afterClose()) {
            note = s.timerMillis() >= 0 ? format("kernel.row.after.close.timer", (s.timerMillis() + 999) / 1000)
                    : text.getString("kernel.row.after.close");
        } else if (s.isListener()) {
            note = format("kernel.row.backlog", s.backlog());
        }
        // a connect under way whose local port Java does not give yet
        String local = s.local().isEmpty() && !s.remote().isEmpty() ? text.getString("kernel.row.unknown") : s.local();
        String addresses = s.remote().isEmpty() ? local : local + " ⇄ " + s.remote();
        String state = s.unseen() ? text.getString("kernel.row.unshown")
                : s.unmatched() ? text.getString("kernel.row.state.unknown") : s.state().name();
        boolean unknown = s.inferred() || s.unmatched();
        return new KernelRow(who, s.state(), state, queueBytes(s.sendQueue(), unknown),
                queueBytes(s.recvQueue(), unknown), addresses, note,
                s.afterClose() ? KernelRow.Kind.AFTER_CLOSE : KernelRow.Kind.SOCKET);
    }

    private String queue(List<QueuedConnection> waiting) {
        if (waiting.isEmpty()) {
            return "";
        }
        List<String> named = waiting.stream().limit(QUEUE_NAMED).map(QueuedConnection::remote).toList();
        String list = String.join(", ", named);
        if (waiting.size() > QUEUE_NAMED) {
            list = format("kernel.queue.more", list, waiting.size() - QUEUE_NAMED);
        }
        return format("kernel.queue", list);
    }

    private String format(String key, Object... args) {
        return formats.format(key, args);
    }
}
