package org.socketlab.engine;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;

/**
 * A connected-stream socket: a worker made by accept(), or a client ({@link ClientEndpoint}). Each step
 * makes exactly the calls it names (Receive one read(), Send one write()); no byte leaves the kernel
 * unless a Receive asks for it. Counters follow Winsock's re-enabling rules (docs/semantics.md):
 * OP_WRITE only while OnSend is armed, OP_READ while OnReceive is not posted and the stream goes on.
 */
class StreamEndpoint extends Endpoint<SocketChannel> {
    /** The most one Send offers to its one write(): a larger bulk continues on the next Send. */
    static final int MAX_WRITE = 8 * 1024 * 1024;

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
            case SEND -> step.payload() instanceof Payload.UntilWouldBlock repeat ? sendUntilWouldBlock(repeat)
                    : send(step.payload());
            case RECEIVE -> receive();
            case SHUTDOWN -> shutdown();
            case CLOSE -> close();
            case ABORT -> abort();
            default -> throw new IllegalArgumentException(name + " has no " + step.operation());
        };
    }

    /**
     * Send: one write(). A short count is a success, as in Winsock; the rest of the payload waits for the
     * next Send. Only a write() that takes nothing would block, and only that arms OnSend.
     */
    private Reply send(Payload payload) {
        long dropped = 0;
        if (!(payload instanceof Payload.Default) || unsent == null) {
            dropped = unsent == null ? 0 : unsent.remaining();
            unsent = Outgoing.of(payload);
        }
        Outgoing out = unsent;
        boolean continuing = out.remaining() < out.total();
        ByteBuffer chunk = out.next(MAX_WRITE);
        int offered = chunk.remaining();
        ByteBuffer asked = chunk.duplicate();
        int written;
        try {
            written = context.calls().write(channel, chunk);
        } catch (IOException | RuntimeException e) {
            unsent = null;
            return sendFailed(e);
        }
        out.advance(written);
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
        return reply.withData(written, StepResult.shown(asked, written)).unsent(out.remaining());
    }

    /**
     * Send repeated until it would block: each repetition is one Send as above, one write(), of the rest of
     * the payload, or of the payload again once all of it was taken. It stops at the first write() that takes
     * nothing (which arms OnSend, as a Send that would block does), at the first error, or after
     * {@link Payload.UntilWouldBlock#MAX_WRITES} writes. The result says how many writes and bytes it took.
     */
    private Reply sendUntilWouldBlock(Payload.UntilWouldBlock repeat) {
        Payload next = repeat.each();
        Reply first = null;
        Reply last = null;
        long taken = 0;
        int writes = 0;
        while (writes < Payload.UntilWouldBlock.MAX_WRITES) {
            last = send(next);
            writes++;
            if (first == null) {
                first = last;
            }
            if (last.outcome() != Outcome.OK) {
                break;
            }
            taken += last.bytes();
            next = unsent == null ? repeat.each() : Payload.DEFAULT;
        }
        Reply reply;
        if (last.outcome() == Outcome.WOULD_BLOCK) {
            reply = Reply.wouldBlock("EAGAIN", "send.repeat.blocked", writes, writes - 1, taken,
                    last.explanations().get(0).args().get(0));
        } else if (last.outcome() == Outcome.ERROR) {
            reply = last.then("send.repeat.failed", writes, writes - 1, taken);
        } else {
            reply = Reply.ok("send.repeat.bound", writes, taken);
        }
        for (Explanation e : first.explanations()) {
            if (e.key().equals("send.dropped")) {
                reply = reply.then(e.key(), e.args().toArray());
            }
        }
        return reply.withData(taken, first.outcome() == Outcome.OK ? first.data() : new byte[0])
                .unsent(unsent == null ? 0 : unsent.remaining());
    }

    private Reply sendFailed(Throwable e) {
        if (e instanceof ClosedChannelException && outputShut && channel.isOpen()) {
            Reply shut = Reply.error("EPIPE", Wsa.WSAESHUTDOWN, "error.shutdown");
            return e instanceof AsynchronousCloseException ? shut.then("error.shutdown.name") : shut;
        }
        Failure f = ErrorCodes.classify(e);
        if (f.isUnclassified() && (phase == StreamPhase.PEER_CLOSED || phase == StreamPhase.RESET)) {
            // The system's words were not recognised, but the socket knows the peer is gone: a send then is a
            // broken pipe (the peer's kernel answered the earlier data with RST), never an I/O error of its own.
            f = Errno.EPIPE.failure();
        }
        // "Connection reset by peer", or "Broken pipe" once the RST was seen already: either way it has arrived
        if (f.wsa() == Wsa.WSAECONNRESET) {
            sawReset(Wsa.WSAECONNRESET);
        }
        return e instanceof ClosedChannelException ? failed(e) : Reply.failed(f);
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
        return reply.withData(buffer.position(), StepResult.shown(buffer.flip(), buffer.remaining()));
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

    protected final Reply failed(Throwable e) {
        return e instanceof ClosedChannelException ? phase.closedKey()
                .map(key -> Reply.error("EBADF", Wsa.WSAENOTSOCK, key, name)).orElseGet(() -> Reply.failed(e))
                : Reply.failed(e);
    }

    @Override
    void onReady(SelectionKey readyKey) {
        if (!isOpen() || !readyKey.isValid()) {
            return; // e.g. a client whose connect just failed: Java closed it
        }
        int ready = readyKey.readyOps();
        if ((ready & SelectionKey.OP_READ) != 0 && phase == StreamPhase.CONNECTED && !receivePosted) {
            checkReadable();
        }
        if ((ready & SelectionKey.OP_WRITE) != 0 && sendArmed && phase.hasConnection()) {
            sendArmed = false;
            context.post(this, Notification.SEND, Wsa.NONE);
        }
        updateInterest();
    }

    /** After a Receive, data still waiting posts OnReceive again; none proves nothing (more may come). */
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

    /** Connected (connect() or finishConnect() said so): OnConnect (0), then OnSend is armed. */
    protected final void connected() throws IOException {
        move(StreamPhase.Event.CONNECTED);
        noteAddresses(channel.getRemoteAddress());
        context.post(this, Notification.CONNECT, Wsa.NONE);
        sendArmed = true;
        updateInterest();
    }

    protected final StreamPhase phase() {
        return phase;
    }

    protected final void move(StreamPhase.Event event) {
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
