package org.socketlab.engine;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/**
 * A connected-stream socket: a client, or a worker made by accept(). Its interest set is managed so the
 * counters follow Winsock's re-enabling rules (SEMANTICS.md section 1):
 * OP_CONNECT only while a connect is pending; OP_WRITE only while OnSend is armed; OP_READ while the
 * bounded read-ahead has room and neither EOF nor a reset has been seen.
 */
final class StreamEndpoint extends Endpoint {
    private static final int WRITE_CHUNK = 64 * 1024;
    /** How many of the bytes one step moved are kept in its result for display. */
    static final int SHOWN_BYTES = 4096;
    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private enum ClosedBy { NOBODY, OWN_CLOSE, OWN_ABORT, FAILED_CONNECT, TIMED_OUT }

    private SocketChannel channel;
    private SelectionKey key;
    private final ReadAhead readAhead = new ReadAhead();
    private Outgoing unsent;
    private ClosedBy closedBy = ClosedBy.NOBODY;
    private boolean connectPending;
    private boolean connected;
    private boolean outputShut;
    private boolean sendArmed;
    private boolean receivePosted;
    private boolean closePosted;
    private boolean eofSeen;
    private boolean resetSeen;
    private long connectDeadline;

    StreamEndpoint(SocketName name, LabCore core) {
        super(name, core);
    }

    /** A worker around a channel that accept() returned: made non-blocking, registered, OnSend armed. */
    static StreamEndpoint accepted(SocketName name, LabCore core, SocketChannel channel) throws IOException {
        StreamEndpoint worker = new StreamEndpoint(name, core);
        channel.configureBlocking(false);
        worker.channel = channel;
        worker.key = channel.register(core.selector(), 0, worker);
        worker.connected = true;
        worker.sendArmed = true;
        worker.noteAddresses(channel, channel.getRemoteAddress());
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

    /** Step 3: open() + non-blocking + register with no interest. A closed client may be initialized again. */
    Reply init() {
        if (isOpen()) {
            return Reply.error("(no call made)", "", 0, Explain.text("client.init.already", name));
        }
        try {
            channel = SocketChannel.open(core.settings().family().protocolFamily());
            channel.configureBlocking(false);
            key = channel.register(core.selector(), 0, this);
            readAhead.clear();
            unsent = null;
            closedBy = ClosedBy.NOBODY;
            connectPending = connected = outputShut = false;
            sendArmed = receivePosted = closePosted = false;
            eofSeen = resetSeen = false;
            return Reply.ok("SocketChannel.open(" + core.settings().family().protocolFamily() + ") returned a channel",
                    Explain.text("client.init.ok", name));
        } catch (IOException | RuntimeException e) {
            return Reply.failed("SocketChannel.open(" + core.settings().family().protocolFamily() + ")", e);
        }
    }

    /** Step 4: a non-blocking connect() normally returns false; OnConnect tells the outcome later. */
    private Reply connect() {
        InetSocketAddress target;
        try {
            target = core.connectAddress();
        } catch (AddressProblem e) {
            return e.reply("connect()");
        }
        String call = "connect()";
        String where = core.settings().host() + ":" + target.getPort();
        try {
            if (channel.connect(target)) {
                connectSucceeded();
                return Reply.ok(call + " returned true", Explain.text("client.connect.at.once", where));
            }
            connectPending = true;
            connectDeadline = nonZero(System.nanoTime() + core.settings().connectTimeoutMillis() * 1_000_000L);
            updateInterest();
            return Reply.wouldBlock(call + " returned false", "EINPROGRESS", Explain.text("client.connect.pending", where));
        } catch (ClosedChannelException e) {
            return closedReply(call, e);
        } catch (IOException | RuntimeException e) {
            if (!channel.isOpen()) {
                // Java closes the channel when connect() fails at once; Winsock would post OnConnect with the code.
                closedBy = ClosedBy.FAILED_CONNECT;
                core.post(this, Notification.CONNECT, ErrorCodes.classify(e).wsa());
            }
            return Reply.failed(call, e);
        }
    }

    private static long nonZero(long nanos) {
        return nanos == 0 ? 1 : nanos;
    }

    /** When the pending connect gives up (System.nanoTime), or 0 when none is pending. */
    long connectDeadline() {
        return connectPending ? connectDeadline : 0;
    }

    /** Nobody answered the handshake in time: give up like Winsock does, with WSAETIMEDOUT. */
    void connectTimedOut() {
        connectPending = false;
        closedBy = ClosedBy.TIMED_OUT;
        discard();
        core.post(this, Notification.CONNECT, 10060);
    }

    private void connectSucceeded() {
        connectPending = false;
        connected = true;
        noteAddresses(channel, target());
        core.post(this, Notification.CONNECT, 0);
        sendArmed = true;
        updateInterest();
    }

    private java.net.SocketAddress target() {
        try {
            return channel.getRemoteAddress();
        } catch (IOException e) {
            return null;
        }
    }

    /** Send: one write() per chunk until done or the kernel takes less than offered (would block). */
    private Reply send(Payload payload) {
        String dropped = "";
        if (payload instanceof Payload.Default && unsent != null) {
            // continue the unfinished send
        } else {
            if (unsent != null) {
                dropped = " " + Explain.text("send.dropped", unsent.remaining());
            }
            unsent = outgoing(payload);
        }
        Outgoing out = unsent;
        long before = out.total() - out.remaining();
        ByteArrayCollector shown = new ByteArrayCollector(SHOWN_BYTES);
        long written = 0;
        int last = -1;
        try {
            while (out.remaining() > 0) {
                ByteBuffer chunk = out.next(WRITE_CHUNK);
                int asked = chunk.remaining();
                int start = chunk.position();
                last = channel.write(chunk);
                shown.add(chunk, start, last);
                out.advance(last);
                written += last;
                if (last < asked) {
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            unsent = null;
            if (written > 0) {
                return Reply.failed("write()", e).withData(written, shown.bytes());
            }
            if (e instanceof ClosedChannelException && outputShut && channel.isOpen()) {
                return Reply.error("write() threw " + ErrorCodes.describe(e), "EPIPE", ErrorCodes.WSAESHUTDOWN,
                        Explain.text("error.shutdown"));
            }
            return e instanceof ClosedChannelException ? closedReply("write()", e) : Reply.failed("write()", e);
        }
        String call = "write() returned " + last;
        if (out.remaining() == 0) {
            unsent = null;
            String key = before > 0 ? "send.ok.rest" : "send.ok";
            return Reply.ok(call, Explain.text(key, written) + dropped).withData(written, shown.bytes());
        }
        sendArmed = true;
        updateInterest();
        return Reply.wouldBlock(call, "EAGAIN", Explain.text("send.blocked", written, out.total(), out.remaining())
                + dropped).withData(written, shown.bytes());
    }

    private static Outgoing outgoing(Payload payload) {
        if (payload instanceof Payload.Text t) {
            return Outgoing.text(t.bytes());
        }
        if (payload instanceof Payload.Bulk b) {
            return Outgoing.bulk(b.size());
        }
        return Outgoing.text(LocalTime.now().format(TIME_OF_DAY).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Receive: hands over what the selector already read ahead, and calls read() for real whenever the
     * read-ahead does not fill the receive buffer. It is OnReceive's re-enabling call.
     */
    private Reply receive() {
        ByteBuffer out = ByteBuffer.allocate(core.settings().receiveBufferSize());
        Reply reply;
        if (!channel.isOpen()) {
            reply = readForReal(out, 0);
        } else {
            int ahead = readAhead.drainInto(out);
            if (ahead > 0 && (!out.hasRemaining() || eofSeen || resetSeen)) {
                reply = Reply.ok("(no read() needed)", Explain.text("receive.ahead.only", ahead));
            } else {
                reply = readForReal(out, ahead);
            }
        }
        reenableReceive();
        out.flip();
        int total = out.remaining();
        byte[] moved = new byte[Math.min(total, SHOWN_BYTES)];
        out.get(moved);
        return reply.withData(total, moved);
    }

    private Reply readForReal(ByteBuffer out, int ahead) {
        String prefix = ahead > 0 ? Explain.text("receive.ahead.prefix", ahead) + " " : "";
        try {
            int n = channel.read(out);
            String call = "read() returned " + n + (ahead > 0 ? " (+" + ahead + " read ahead)" : "");
            if (n > 0 || (n == 0 && ahead > 0)) {
                return Reply.ok(call, prefix + Explain.text("receive.ok", ahead + n));
            }
            if (n == 0) {
                return Reply.wouldBlock(call, "EAGAIN", Explain.text("receive.none"));
            }
            eofSeen = true;
            if (ahead > 0) {
                return Reply.ok(call, prefix + Explain.text("receive.ok.then.eof", ahead));
            }
            return Reply.ok(call, Explain.text("receive.eof"));
        } catch (ClosedChannelException e) {
            return closedReply("read()", e);
        } catch (IOException | RuntimeException e) {
            Failure f = ErrorCodes.classify(e);
            if (f.wsa() == ErrorCodes.WSAECONNRESET) {
                resetSeen = true;
                postClose(ErrorCodes.WSAECONNRESET);
            }
            if (ahead > 0) {
                return Reply.ok("read() threw " + ErrorCodes.describe(e), prefix + Explain.text(f.explanationKey()));
            }
            return Reply.failed("read()", e);
        }
    }

    /** Winsock re-checks at every recv(): if data is still there, OnReceive is posted again at once. */
    private void reenableReceive() {
        receivePosted = false;
        if (channel.isOpen() && readAhead.held() > 0) {
            receivePosted = true;
            core.post(this, Notification.RECEIVE, 0);
        }
        maybePostGracefulClose();
        updateInterest();
    }

    private Reply shutdown() {
        try {
            channel.shutdownOutput();
            outputShut = true;
            return Reply.ok("shutdownOutput() returned", Explain.text("shutdown.ok"));
        } catch (ClosedChannelException e) {
            return closedReply("shutdownOutput()", e);
        } catch (IOException | RuntimeException e) {
            return Reply.failed("shutdownOutput()", e);
        }
    }

    private Reply close() {
        if (!channel.isOpen()) {
            return Reply.ok("close() returned", Explain.text("close.again"));
        }
        discard();
        closedBy = ClosedBy.OWN_CLOSE;
        return Reply.ok("close() returned", Explain.text("close.ok"));
    }

    /** Abort: SO_LINGER 0 then close() sends RST instead of FIN and discards unsent data. */
    private Reply abort() {
        try {
            channel.setOption(StandardSocketOptions.SO_LINGER, 0);
        } catch (ClosedChannelException e) {
            return closedReply("setOption(SO_LINGER, 0)", e);
        } catch (IOException | RuntimeException e) {
            return Reply.failed("setOption(SO_LINGER, 0)", e);
        }
        discard();
        closedBy = ClosedBy.OWN_ABORT;
        return Reply.ok("setOption(SO_LINGER, 0); close() returned", Explain.text("abort.ok"));
    }

    private Reply closedReply(String call, Exception e) {
        String why = switch (closedBy) {
            case FAILED_CONNECT -> Explain.text("error.closed.after.refusal", name);
            case TIMED_OUT -> Explain.text("error.closed.after.timeout", name);
            case OWN_CLOSE, OWN_ABORT -> Explain.text("error.closed.by.you", name);
            case NOBODY -> Explain.text("error.closed");
        };
        return Reply.error(call + " threw " + ErrorCodes.describe(e), "EBADF", ErrorCodes.WSAENOTSOCK, why);
    }

    @Override
    void onReady(SelectionKey readyKey) {
        int ready = readyKey.readyOps();
        if ((ready & SelectionKey.OP_CONNECT) != 0 && connectPending) {
            finishConnect();
        }
        if (!channel.isOpen()) {
            return;
        }
        if ((ready & SelectionKey.OP_READ) != 0 && readAhead.hasRoom() && !eofSeen && !resetSeen) {
            readAhead();
        }
        if ((ready & SelectionKey.OP_WRITE) != 0 && sendArmed) {
            sendArmed = false;
            core.post(this, Notification.SEND, 0);
        }
        updateInterest();
    }

    /** OnConnect: finishConnect() on the selector thread; a failure closes the channel (Java's rule). */
    private void finishConnect() {
        try {
            if (channel.finishConnect()) {
                connectSucceeded();
            }
        } catch (IOException | RuntimeException e) {
            connectPending = false;
            closedBy = ClosedBy.FAILED_CONNECT;
            discard();
            core.post(this, Notification.CONNECT, ErrorCodes.classify(e).wsa());
        }
    }

    /** Reads what arrived into the read-ahead, and tells data (OnReceive) from EOF or reset (OnClose). */
    private void readAhead() {
        try {
            int n = readAhead.fill(channel);
            if (n > 0 && !receivePosted) {
                receivePosted = true;
                core.post(this, Notification.RECEIVE, 0);
            } else if (n < 0) {
                eofSeen = true;
                maybePostGracefulClose();
            }
        } catch (IOException e) {
            resetSeen = true;
            postClose(ErrorCodes.classify(e).wsa());
        }
    }

    /** A graceful close is posted only once everything received has been read (Winsock's FD_CLOSE rule). */
    private void maybePostGracefulClose() {
        if (eofSeen && readAhead.held() == 0 && channel.isOpen()) {
            postClose(0);
        }
    }

    private void postClose(int error) {
        if (!closePosted) {
            closePosted = true;
            core.post(this, Notification.CLOSE, error);
        }
    }

    private void updateInterest() {
        if (!isOpen()) {
            return;
        }
        int ops = 0;
        if (connectPending) {
            ops = SelectionKey.OP_CONNECT;
        } else if (connected) {
            if (sendArmed) {
                ops |= SelectionKey.OP_WRITE;
            }
            if (readAhead.hasRoom() && !eofSeen && !resetSeen) {
                ops |= SelectionKey.OP_READ;
            }
        }
        setInterest(key, ops);
    }

    @Override
    void discard() {
        readAhead.clear();
        unsent = null;
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // the channel is closed either way
            }
        }
    }

    @Override
    SocketState state() {
        if (!isOpen()) {
            return SocketState.CLOSED;
        }
        if (connectPending) {
            return SocketState.CONNECTING;
        }
        return connected ? SocketState.CONNECTED : SocketState.OPEN;
    }

    @Override
    boolean isOpen() {
        return channel != null && channel.isOpen();
    }

    @Override
    int interestOps() {
        return key != null && key.isValid() ? key.interestOps() : -1;
    }

    @Override
    SelectableChannel channel() {
        return channel;
    }

    @Override
    int naiveInterestOps() {
        return connectPending ? SelectionKey.OP_CONNECT : SelectionKey.OP_READ | SelectionKey.OP_WRITE;
    }

    /** Collects the first bytes a step moved, for display. */
    private static final class ByteArrayCollector {
        private final byte[] bytes;
        private int size;

        ByteArrayCollector(int capacity) {
            bytes = new byte[capacity];
        }

        void add(ByteBuffer written, int start, int count) {
            int n = Math.min(count, bytes.length - size);
            if (n > 0) {
                written.duplicate().position(start).get(bytes, size, n);
                size += n;
            }
        }

        byte[] bytes() {
            return Arrays.copyOf(bytes, size);
        }
    }
}
