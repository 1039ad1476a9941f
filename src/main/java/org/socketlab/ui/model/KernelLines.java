package org.socketlab.ui.model;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
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

    KernelLine of(KernelSocket socket, KernelView view) {
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
        return new KernelLine(socket.state(), line, text.getString("kernel.meaning." + state), queue,
                socket.afterClose(), socket.inferred());
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
