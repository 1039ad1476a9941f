package org.socketlab.engine;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The lab's state: every socket, its counters, the settings. Owned by the selector thread; nothing here
 * may be called from another thread except {@link #snapshot()}.
 */
final class LabCore {
    private final Selector selector;
    private final Consumer<LabUpdate> publisher;
    private final Map<SocketName, Endpoint> endpoints = new TreeMap<>();
    private final SelectorProbe probe = new SelectorProbe();
    private LabSettings settings;
    private int workersAccepted;
    private long version;
    private volatile LabSnapshot snapshot = LabSnapshot.EMPTY;

    LabCore(Selector selector, LabSettings settings, Consumer<LabUpdate> publisher) {
        this.selector = selector;
        this.settings = settings;
        this.publisher = publisher;
    }

    Selector selector() {
        return selector;
    }

    LabSettings settings() {
        return settings;
    }

    void settings(LabSettings newSettings) {
        settings = newSettings;
    }

    LabSnapshot snapshot() {
        return snapshot;
    }

    StepResult run(Step step) {
        Reply reply = dispatch(step);
        LabSnapshot after = changed();
        StepResult result = new StepResult(step, reply.outcome(), reply.java(), reply.errno(), reply.wsa(),
                reply.message(), reply.bytes(), reply.data(), Instant.now(), Thread.currentThread().getName(), after);
        publisher.accept(result);
        return result;
    }

    private Reply dispatch(Step step) {
        SocketName name = step.socket();
        if (!name.kind().offers(step.operation())) {
            return Reply.error("(no call made)", "", 0,
                    Explain.text("socket.no.such.operation", name, step.operation().word()));
        }
        if (!settings.role().has(name.kind())) {
            return Reply.error("(no call made)", "", 0, Explain.text("role.lacks." + settings.role().word(), name));
        }
        Endpoint endpoint = endpoints.get(name);
        if (endpoint == null && step.operation() == Operation.INIT) {
            return create(name);
        }
        if (endpoint == null) {
            String hint = Explain.text("socket.missing.hint." + name.kind().prefix(), name);
            return Reply.error("(no call made)", "EBADF", ErrorCodes.WSAENOTSOCK,
                    Explain.text("socket.missing", name) + " " + hint);
        }
        return endpoint.perform(step);
    }

    private Reply create(SocketName name) {
        if (name.kind() == SocketKind.SERVER) {
            ServerEndpoint server = new ServerEndpoint(this);
            Reply reply = server.init();
            if (reply.outcome() == Outcome.OK) {
                endpoints.put(name, server);
            }
            return reply;
        }
        StreamEndpoint client = new StreamEndpoint(name, this);
        Reply reply = client.init();
        if (reply.outcome() == Outcome.OK) {
            endpoints.put(name, client);
        }
        return reply;
    }

    /** Wraps a channel that accept() returned as the next worker. */
    SocketName adopt(SocketChannel accepted) throws IOException {
        SocketName name = SocketName.worker(workersAccepted + 1);
        try {
            endpoints.put(name, StreamEndpoint.accepted(name, this, accepted));
        } catch (IOException | RuntimeException e) {
            accepted.close();
            throw e;
        }
        workersAccepted++;
        return name;
    }

    /** Posts a notification: counts it and publishes it with the lab as it is now. */
    void post(Endpoint endpoint, Notification notification, int error) {
        endpoint.count(notification, error);
        LabSnapshot after = changed();
        publisher.accept(new NotificationEvent(endpoint.name(), notification, error, Instant.now(),
                Thread.currentThread().getName(), after));
    }

    void onReady(SelectionKey key) {
        if (key.isValid() && key.attachment() instanceof Endpoint endpoint) {
            endpoint.onReady(key);
        }
    }

    /** Closes every socket, forgets them all and zeroes every counter. */
    void reset() {
        closeAll();
        publisher.accept(new LabReset(Instant.now(), Thread.currentThread().getName(), changed()));
    }

    void closeAll() {
        endpoints.values().forEach(Endpoint::discard);
        endpoints.clear();
        workersAccepted = 0;
        try {
            // Closed channels let go of their descriptors (and send a pending RST) only at the next select.
            selector.selectNow();
            selector.selectedKeys().clear();
        } catch (IOException e) {
            // the selector is being torn down; nothing more to release
        }
    }

    /** Measures what a naive level-triggered loop would see, and publishes it. */
    SelectorReport selectorReport() {
        SelectorReport report = probe.report(endpoints.values(), snapshot);
        publisher.accept(report);
        return report;
    }

    /** Closes every socket and the probe: the lab is stopping. */
    void shutdown() {
        closeAll();
        probe.close();
    }

    SocketView view(SocketName name) {
        return endpoints.get(name).view();
    }

    /** Where the server listens: the bind address, in the chosen family. */
    InetSocketAddress listenAddress() throws AddressProblem {
        return HostResolver.resolve(settings.bind(), settings.port(), settings.family());
    }

    /** Where clients connect: the host, at the configured port or the server's bound port when it is 0. */
    InetSocketAddress connectAddress() throws AddressProblem {
        int port = settings.port();
        if (port == 0 && endpoints.get(SocketName.SERVER) instanceof ServerEndpoint server) {
            port = server.boundPort();
        }
        return HostResolver.resolve(settings.host(), port, settings.family());
    }

    /** Milliseconds until the nearest connect deadline, or 0 when no connect is pending (select forever). */
    long millisToNextDeadline() {
        long now = System.nanoTime();
        long nearest = Long.MAX_VALUE;
        for (Endpoint e : endpoints.values()) {
            if (e instanceof StreamEndpoint s && s.connectDeadline() != 0) {
                nearest = Math.min(nearest, s.connectDeadline() - now);
            }
        }
        if (nearest == Long.MAX_VALUE) {
            return 0;
        }
        return Math.max(1, (nearest + 999_999) / 1_000_000);
    }

    /** Ends every connect whose peer has not answered in time (OnConnect with WSAETIMEDOUT). */
    void expireConnects() {
        long now = System.nanoTime();
        for (Endpoint e : endpoints.values()) {
            if (e instanceof StreamEndpoint s && s.connectDeadline() != 0 && now - s.connectDeadline() >= 0) {
                s.connectTimedOut();
            }
        }
    }

    Map<SocketName, Integer> interestOps() {
        Map<SocketName, Integer> ops = new TreeMap<>();
        endpoints.forEach((name, endpoint) -> ops.put(name, endpoint.interestOps()));
        return ops;
    }

    int openChannels() {
        return (int) endpoints.values().stream().filter(Endpoint::isOpen).count();
    }

    private LabSnapshot changed() {
        Map<SocketName, SocketView> views = new TreeMap<>();
        endpoints.forEach((name, endpoint) -> views.put(name, endpoint.view()));
        snapshot = new LabSnapshot(++version, views);
        return snapshot;
    }
}
