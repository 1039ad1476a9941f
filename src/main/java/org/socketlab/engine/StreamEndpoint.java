package org.socketlab.engine;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/**
 * A connected-stream socket: a client, or a worker made by accept(). Each step makes exactly the calls it
 * names (Receive one read(), Send one write()); no byte leaves the kernel unless a Receive asks for it.
 * The counters follow Winsock's re-enabling rules (docs/semantics.md): OP_CONNECT only while a connect
 * is pending; OP_WRITE only while OnSend is armed; OP_READ while OnReceive is not posted and the stream
 * has not ended. When the socket is readable the selector thread asks FIONREAD how many bytes wait:
 * some means OnReceive; none means end of stream or a reset, which its own read() confirms (taking no
 * data) before OnClose is counted, once.
 */
final class StreamEndpoint extends Endpoint<SocketChannel> {
    /** The most one Send offers to its one write(): a larger bulk continues on the next Send. */
    static final int MAX_WRITE = 8 * 1024 * 1024;
    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private StreamPhase phase = StreamPhase.OPEN;
    /** This side shut down its output (FIN sent); independent of the phase. */
    private boolean outputShut;
    /** OnSend is posted when the socket is next writable: after connect or accept, or a send that would block. */
    private boolean sendArmed;
    /** OnReceive was posted and no Receive has re-enabled it yet. */
    private boolean receivePosted;
    /** OnClose is posted once in a socket's life. */
    private boolean closePosted;
    private Outgoing unsent;
    private long connectDeadline;

    StreamEndpoint(SocketName name, EndpointContext context) {
        super(name, context);
    }

    /** A worker around a channel that accept() returned: made non-blocking, registered, OnSend armed. */
    static StreamEndpoint accepted(SocketName name, EndpointContext context, SocketChannel accepted)
            throws IOException {
        StreamEndpoint worker = new StreamEndpoint(name, context);
        worker.adoptChannel(accepted);
        worker.phase = StreamPhase.CONNECTED;
        worker.sendArmed = true;
        worker.noteAddresses(accepted.getRemoteAddress());
        worker.updateInterest();
        return worker;
    }

    @Override
    Reply perform(Step step) {
        return switch (step.operation()) {
            case INIT -> init();
            case CONNECT -> connect();
            case SEND -> send(step.payload());
            case RECEIVE -> receive();
            case SHUTDOWN -> shutdown();
            case CLOSE -> close();
            case ABORT -> abort();
            default -> throw new IllegalArgumentException(name + " has no " + step.operation());
        };
    }

    /** Step 3: open(), configureBlocking(false), register with no interest. */
    Reply init() {
        try {
            adoptChannel(context.calls().openClient(context.settings().family().protocolFamily()));
            return Reply.ok("client.init.ok", name);
        } catch (IOException | RuntimeException e) {
            discard();
            return Reply.failed(e);
        }
    }

    /** Step 4: a non-blocking connect() normally returns false; OnConnect tells the outcome later. */
    private Reply connect() {
        InetSocketAddress target;
        try {
            target = context.connectAddress();
        } catch (AddressProblem e) {
            return e.reply();
        }
        String where = context.settings().host() + ":" + target.getPort();
        try {
            if (context.calls().connect(channel, target)) {
                connectSucceeded();
                return Reply.ok("client.connect.at.once", where);
            }
            move(StreamPhase.Event.CONNECT_PENDING);
            connectDeadline = nonZero(System.nanoTime() + context.settings().connectTimeoutMillis() * 1_000_000L);
            updateInterest();
            return Reply.wouldBlock("EINPROGRESS", "client.connect.pending", where);
        } catch (IOException | RuntimeException e) {
            if (!channel.isOpen() && phase == StreamPhase.OPEN) {
                // Java closes the channel when connect() fails at once; Winsock would post OnConnect with the code.
                move(StreamPhase.Event.CONNECT_FAILED);
                context.post(this, Notification.CONNECT, ErrorCodes.classify(e).wsa());
            }
            return failed(e);
        }
    }

    private static long nonZero(long nanos) {
        return nanos == 0 ? 1 : nanos;
    }

    /** When the pending connect gives up (System.nanoTime), or 0 when none is pending. */
    long connectDeadline() {
        return phase == StreamPhase.CONNECTING ? connectDeadline : 0;
    }

    /** Nobody answered the handshake in time: give up like Winsock does, with WSAETIMEDOUT. */
    void connectTimedOut() {
        move(StreamPhase.Event.CONNECT_TIMED_OUT);
        discard();
        context.post(this, Notification.CONNECT, Wsa.WSAETIMEDOUT);
    }

    private void connectSucceeded() throws IOException {
        move(StreamPhase.Event.CONNECTED);
        noteAddresses(channel.getRemoteAddress());
        context.post(this, Notification.CONNECT, Wsa.NONE);
        sendArmed = true;
        updateInterest();
    }

    /**
     * Send: one write(). A short count is a success, as in Winsock; the rest of the payload waits for the
     * next Send. Only a write() that takes nothing would block, and only that arms OnSend.
     */
    private Reply send(Payload payload) {
        long dropped = 0;
        if (!(payload instanceof Payload.Default) || unsent == null) {
            dropped = unsent == null ? 0 : unsent.remaining();
            unsent = outgoing(payload);
        }
        Outgoing out = unsent;
        boolean continuing = out.remaining() < out.total();
        ByteBuffer chunk = out.next(MAX_WRITE);
        int offered = chunk.remaining();
        byte[] head = new byte[Math.min(offered, StepResult.SHOWN_BYTES)];
        chunk.duplicate().get(head);
        int written;
        try {
            written = context.calls().write(channel, chunk);
        } catch (IOException | RuntimeException e) {
            unsent = null;
            return sendFailed(e);
        }
        out.advance(written);
        byte[] shown = Arrays.copyOf(head, Math.min(written, head.length));
        Reply reply;
        if (written == 0) {
            sendArmed = true;
            updateInterest();
            reply = Reply.wouldBlock("EAGAIN", "send.blocked", offered);
        } else if (out.remaining() == 0) {
            unsent = null;
            reply = Reply.ok(continuing ? "send.ok.rest" : "send.ok", written);
        } else {
            reply = Reply.ok("send.short", written, offered, out.remaining());
        }
        if (dropped > 0) {
            reply = reply.then("send.dropped", dropped);
        }
        return reply.withData(written, shown).unsent(out.remaining());
    }

    private Reply sendFailed(Throwable e) {
        if (e instanceof ClosedChannelException && outputShut && channel.isOpen()) {
            Reply shut = Reply.error("EPIPE", Wsa.WSAESHUTDOWN, "error.shutdown");
            return e instanceof AsynchronousCloseException ? shut.then("error.shutdown.name") : shut;
        }
        Failure f = ErrorCodes.classify(e);
        if (f.wsa() == Wsa.WSAECONNRESET && f.errno().equals("ECONNRESET")) {
            sawReset(Wsa.WSAECONNRESET);
        }
        return failed(e);
    }

    private static Outgoing outgoing(Payload payload) {
        if (payload instanceof Payload.Text t) {
            return Outgoing.text(t.bytes());
        }
        if (payload instanceof Payload.Bulk b) {
            return Outgoing.bulk(b.size());
        }
        return Outgoing.text(LocalTime.now().format(TIME_OF_DAY).getBytes(StandardCharsets.UTF_8));
    }

    /** Receive: one read() into a buffer of the configured size. It is OnReceive's re-enabling call. */
    private Reply receive() {
        ByteBuffer buffer = ByteBuffer.allocate(context.settings().receiveBufferSize());
        Reply reply;
        try {
            int n = context.calls().read(channel, buffer);
            if (n > 0) {
                reply = Reply.ok("receive.ok", n);
            } else if (n == 0) {
                reply = Reply.wouldBlock("EAGAIN", "receive.none");
            } else {
                reply = Reply.ok(phase == StreamPhase.RESET ? "receive.eof.after.reset" : "receive.eof")
                        .atEndOfStream();
                endOfStream();
            }
        } catch (IOException | RuntimeException e) {
            Failure f = ErrorCodes.classify(e);
            if (f.wsa() == Wsa.WSAECONNRESET) {
                sawReset(Wsa.WSAECONNRESET);
            }
            reply = failed(e);
        }
        // Winsock re-enables OnReceive at every recv(), even one that fails, and posts it again at once if
        // data is still there: checked right after this step's result, taking no byte.
        receivePosted = false;
        updateInterest();
        context.afterStep(this::recheckReadable);
        int moved = buffer.position();
        return reply.withData(moved, Arrays.copyOf(buffer.array(), Math.min(moved, StepResult.SHOWN_BYTES)));
    }

    private Reply shutdown() {
        try {
            context.calls().shutdownOutput(channel);
            outputShut = true;
            return Reply.ok("shutdown.ok");
        } catch (IOException | RuntimeException e) {
            return failed(e);
        }
    }

    /** Close: the real close, now. Unread received data makes the kernel send RST instead of FIN. */
    private Reply close() {
        String key = switch (phase) {
            case OPEN, CONNECTING -> "close.unconnected";
            case CONNECTED, PEER_CLOSED -> receivePosted ? "close.unread" : "close.ok";
            case RESET -> "close.after.reset";
            default -> "close.again";
        };
        try {
            closeNow();
        } catch (IOException | RuntimeException e) {
            return failed(e);
        }
        move(StreamPhase.Event.CLOSE);
        return Reply.ok(key);
    }

    /** Abort: SO_LINGER 0, then close() sends RST instead of FIN and discards unsent data. */
    private Reply abort() {
        try {
            context.calls().lingerZero(channel);
            closeNow();
        } catch (IOException | RuntimeException e) {
            return failed(e);
        }
        move(StreamPhase.Event.ABORT);
        return Reply.ok("abort.ok");
    }

    private Reply failed(Throwable e) {
        if (!(e instanceof ClosedChannelException)) {
            return Reply.failed(e);
        }
        return switch (phase) {
            case CONNECT_FAILED -> Reply.error("EBADF", Wsa.WSAENOTSOCK, "error.closed.after.refusal", name);
            case TIMED_OUT -> Reply.error("EBADF", Wsa.WSAENOTSOCK, "error.closed.after.timeout", name);
            case CLOSED, ABORTED -> Reply.error("EBADF", Wsa.WSAENOTSOCK, "error.closed.by.you", name);
            default -> Reply.failed(e);
        };
    }

    @Override
    void onReady(SelectionKey readyKey) {
        int ready = readyKey.readyOps();
        if ((ready & SelectionKey.OP_CONNECT) != 0 && phase == StreamPhase.CONNECTING) {
            finishConnect();
        }
        if (!isOpen()) {
            return;
        }
        if ((ready & SelectionKey.OP_READ) != 0 && phase == StreamPhase.CONNECTED && !receivePosted) {
            checkReadable();
        }
        if ((ready & SelectionKey.OP_WRITE) != 0 && sendArmed && phase.hasConnection()) {
            sendArmed = false;
            context.post(this, Notification.SEND, Wsa.NONE);
        }
        updateInterest();
    }

    /** OnConnect: finishConnect() on the selector thread; a failure closes the channel (Java's rule). */
    private void finishConnect() {
        try {
            if (context.calls().finishConnect(channel)) {
                connectSucceeded();
            }
        } catch (IOException | RuntimeException e) {
            move(StreamPhase.Event.CONNECT_FAILED);
            discard();
            context.post(this, Notification.CONNECT, ErrorCodes.classify(e).wsa());
        }
    }

    /**
     * After a Receive: data still waiting posts OnReceive again at once. Nothing waiting proves nothing
     * here (more may be on its way), so the end of the stream is left to the selector's readiness.
     */
    private void recheckReadable() {
        if (isOpen() && phase == StreamPhase.CONNECTED && !receivePosted) {
            try {
                if (context.calls().available(channel) > 0) {
                    receivePosted = true;
                    context.post(this, Notification.RECEIVE, Wsa.NONE);
                }
            } catch (IOException e) {
                // the selector will report the socket readable, and checkReadable() will tell why
            }
            updateInterest();
        }
    }

    /**
     * The selector has just reported the socket readable: FIONREAD tells data (OnReceive) from the end of
     * the stream or a reset (OnClose) without taking a byte. Readable with nothing waiting means the
     * stream has ended (no data can follow a FIN or a reset): this thread's read() returns -1 or throws
     * the reset, and nothing is lost. Only ever called on fresh readiness (see Endpoint#closeNow).
     */
    private void checkReadable() {
        try {
            if (context.calls().available(channel) > 0) {
                receivePosted = true;
                context.post(this, Notification.RECEIVE, Wsa.NONE);
                return;
            }
            if (context.calls().read(channel, ByteBuffer.allocate(1)) < 0) {
                endOfStream();
            }
        } catch (IOException e) {
            sawReset(ErrorCodes.classify(e).wsa());
        }
    }

    /** A read() returned -1: the peer's FIN, after everything it sent. OnClose (0), once. */
    private void endOfStream() {
        move(StreamPhase.Event.END_OF_STREAM);
        postClose(Wsa.NONE);
    }

    /** A call saw the connection reset (or otherwise fail): OnClose with its code, once. */
    private void sawReset(Wsa code) {
        move(StreamPhase.Event.RESET);
        postClose(code);
    }

    private void postClose(Wsa error) {
        if (!closePosted) {
            closePosted = true;
            context.post(this, Notification.CLOSE, error);
        }
    }

    private void move(StreamPhase.Event event) {
        phase = phase.after(event).orElse(phase);
    }

    @Override
    int wantedInterest() {
        return switch (phase) {
            case CONNECTING -> SelectionKey.OP_CONNECT;
            case CONNECTED -> (sendArmed ? SelectionKey.OP_WRITE : 0) | (receivePosted ? 0 : SelectionKey.OP_READ);
            case PEER_CLOSED -> sendArmed ? SelectionKey.OP_WRITE : 0;
            default -> 0;
        };
    }

    @Override
    SocketState state() {
        return switch (phase) {
            case OPEN -> SocketState.OPEN;
            case CONNECTING -> SocketState.CONNECTING;
            case CONNECTED -> outputShut ? SocketState.OUTPUT_SHUT : SocketState.CONNECTED;
            case PEER_CLOSED -> SocketState.PEER_CLOSED;
            case RESET -> SocketState.RESET;
            default -> SocketState.CLOSED;
        };
    }

    @Override
    int naiveInterestOps() {
        return phase == StreamPhase.CONNECTING ? SelectionKey.OP_CONNECT : SelectionKey.OP_READ | SelectionKey.OP_WRITE;
    }
}
