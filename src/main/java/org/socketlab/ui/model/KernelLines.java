package org.socketlab.ui.model;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.socketlab.engine.SocketState;
import org.socketlab.kernel.Inference;
import org.socketlab.kernel.KernelSocket;
import org.socketlab.kernel.KernelView;
import org.socketlab.kernel.QueuedConnection;
import org.socketlab.kernel.TcpState;

/** Words the kernel's view for the cards: one {@link KernelLine} per socket. */
final class KernelLines {
    /** How many waiting connections the server's line names before it says "and N more". */
    static final int QUEUE_NAMED = 3;

    private final ResourceBundle text;

    KernelLines(ResourceBundle text) {
        this.text = text;
    }

    /** @param lab the socket's state as the lab shows it (null: unknown) */
    KernelLine of(KernelSocket socket, KernelView view, SocketState lab) {
        String state = socket.state().name();
        String line;
        if (socket.inferred()) {
            line = format("kernel.line.inferred", state);
        } else if (socket.isListener()) {
            line = format("kernel.line.listen", view.accepting().size(), socket.backlog());
        } else if (socket.state() == TcpState.CLOSED) {
            line = format("kernel.line.closed");
        } else {
            line = format("kernel.line", state, socket.sendQueue(), socket.recvQueue());
        }
        if (socket.afterClose()) {
            line = socket.timerMillis() >= 0
                    ? format("kernel.after.close.timer", line, (socket.timerMillis() + 999) / 1000)
                    : format("kernel.after.close", line);
        }
        String queue = socket.isListener() ? queue(view.accepting()) : "";
        return new KernelLine(socket.state(), line, brief(socket, view), text.getString("kernel.meaning." + state),
                queue, socket.afterClose(), socket.inferred(), plain(socket, view, lab));
    }

    private static boolean plain(KernelSocket socket, KernelView view, SocketState lab) {
        boolean quiet = socket.isListener() ? view.accepting().isEmpty()
                : socket.sendQueue() <= 0 && socket.recvQueue() <= 0;
        return quiet && !socket.afterClose() && lab != null && Inference.state(lab) == socket.state();
    }

    /** The state alone, with a queue only when something waits in it: one short line. */
    private String brief(KernelSocket socket, KernelView view) {
        StringBuilder brief = new StringBuilder(format(socket.inferred() ? "kernel.brief.inferred" : "kernel.brief",
                socket.state().name()));
        if (socket.isListener()) {
            brief.append(format("kernel.brief.accept", view.accepting().size(), socket.backlog()));
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
            rows.add(row(s.name().toString(), s));
        }
        for (QueuedConnection c : view.accepting()) {
            rows.add(new KernelRow(text.getString("kernel.row.queued"), c.state(), "0",
                    Long.toString(c.recvQueue()), c.local() + " ⇄ " + c.remote(), text.getString("kernel.row.queued.note"),
                    KernelRow.Kind.QUEUED));
        }
        for (KernelSocket s : view.earlier()) {
            rows.add(row(format("kernel.row.forgotten", s.name()), s));
        }
        return rows;
    }

    private KernelRow row(String who, KernelSocket s) {
        String unknown = text.getString("kernel.row.unknown");
        String note = "";
        if (s.inferred()) {
            note = text.getString("kernel.row.inferred");
        } else if (s.afterClose()) {
            note = s.timerMillis() >= 0 ? format("kernel.row.after.close.timer", (s.timerMillis() + 999) / 1000)
                    : text.getString("kernel.row.after.close");
        } else if (s.isListener()) {
            note = format("kernel.row.backlog", s.backlog());
        }
        String addresses = s.remote().isEmpty() ? s.local() : s.local() + " ⇄ " + s.remote();
        return new KernelRow(who, s.state(), s.sendQueue() < 0 ? unknown : Long.toString(s.sendQueue()),
                s.recvQueue() < 0 ? unknown : Long.toString(s.recvQueue()), addresses, note,
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
        return new MessageFormat(text.getString(key), text.getLocale()).format(args);
    }
}
