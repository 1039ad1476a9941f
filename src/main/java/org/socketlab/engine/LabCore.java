package org.socketlab.engine;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The lab's state: every socket, its counters, the settings. Owned by the selector thread; nothing here
 * may be called from another thread except {@link #snapshot()}. A step's notifications are published
 * after the step's result, so every log reads cause before effect.
 */
final class LabCore implements EndpointContext {
    private final Supplier<Selector> selector;
    private final Consumer<LabUpdate> publisher;
    private final Map<SocketName, Endpoint<?>> endpoints = new TreeMap<>();
    private long stepCallCount;
    private long ownCallCount;
    private final SocketCalls ownCalls = new SocketCalls(() -> ownCallCount++, false);
    private final List<Runnable> afterStep = new ArrayList<>();
    private SocketCalls calls = ownCalls;
    private final SelectorProbe probe = new SelectorProbe();
    private LabSettings settings;
    private final LabPort port = new LabPort();
    private int workersAccepted;
    private long version;
    private volatile LabSnapshot snapshot = LabSnapshot.EMPTY;

    private Throwable unreported;

    private final Consumer<Throwable> failures;

    /** @param failures counts and logs a failure the lab survived (the selector loop's) */
    LabCore(Supplier<Selector> selector, LabSettings settings, Consumer<LabUpdate> publisher,
            Consumer<Throwable> failures) {
        this.failures = failures;
        this.selector = selector;
        this.settings = settings;
        this.publisher = publisher;
    }

    @Override
    public Selector selector() {
        return selector.get();
    }

    /** Remembers a failure the selector thread survived, to say so with the next step's result. */
    void noteFailure(Throwable e) {
        unreported = e;
    }

    @Override
    public LabSettings settings() {
        return settings;
    }

    @Override
    public SocketCalls calls() {
        return calls;
    }

    void settings(LabSettings newSettings) {
        if (newSettings.listensElsewhere(settings)) {
            port.forget();
        }
        settings = newSettings;
    }

    LabSnapshot snapshot() {
        return snapshot;
    }

    StepResult run(Step step) {
        SocketCalls recorder = new SocketCalls(() -> stepCallCount++, true);
        calls = recorder;
        Reply reply;
        try {
            reply = dispatch(step);
        } catch (RuntimeException | Error e) {
            // A bug, or the system out of resources: the step is answered, the lab goes on.
            failures.accept(e);
            reply = Reply.error("", Wsa.NONE, "lab.internal.error", ErrorCodes.describe(e));
            unreported = null;
        } finally {
            calls = ownCalls;
        }
        if (unreported != null) {
            reply = reply.then("lab.recovered", ErrorCodes.describe(unreported));
            unreported = null;
        }
        LabSnapshot after = changed();
        StepResult result = new StepResult(step, reply.outcome(), recorder.made(), reply.errno(), reply.wsa(),
                reply.explanations(), reply.bytes(), reply.data(), reply.endOfStream(), reply.unsent(), Instant.now(),
                Thread.currentThread().getName(), after);
        publisher.accept(result);
        List<Runnable> caused = List.copyOf(afterStep);
        afterStep.clear();
        caused.forEach(Runnable::run);
        return result;
    }

    private Reply dispatch(Step step) {
        SocketName name = step.socket();
        if (!name.kind().offers(step.operation())) {
            return Reply.error("", Wsa.NONE, "socket.no.such.operation", name, step.operation().word());
        }
        if (!settings.role().has(name.kind())) {
            return Reply.error("", Wsa.NONE, "role.lacks." + settings.role().word(), name);
        }
        Endpoint<?> endpoint = endpoints.get(name);
        if (step.operation() == Operation.INIT) {
            if (endpoint != null && endpoint.isOpen()) {
                return Reply.error("", Wsa.NONE, name.kind() == SocketKind.SERVER
                        ? "server.init.already" : "client.init.already", name);
            }
            return create(name, endpoint != null);
        }
        if (endpoint == null) {
            return Reply.error("EBADF", Wsa.WSAENOTSOCK, "socket.missing", name)
                    .then("socket.missing.hint." + name.kind().prefix(), name);
        }
        return endpoint.perform(step);
    }

    /** Initialize: a new socket with counters at zero; a closed socket of the same name is replaced. */
    private Reply create(SocketName name, boolean replacing) {
        Reply reply;
        Endpoint<?> created;
        if (name.kind() == SocketKind.SERVER) {
            ServerEndpoint server = new ServerEndpoint(this);
            reply = server.init();
            created = server;
        } else {
            ClientEndpoint client = new ClientEndpoint(name, this);
            reply = client.init();
            created = client;
        }
        if (reply.outcome() != Outcome.OK) {
            return reply;
        }
        endpoints.put(name, created);
        return replacing ? reply.then("init.fresh.counters", name) : reply;
    }

    @Override
    public SocketView adopt(SocketChannel accepted) throws IOException {
        SocketName name = SocketName.worker(workersAccepted + 1);
        StreamEndpoint worker;
        try {
            worker = StreamEndpoint.accepted(name, this, accepted);
        } catch (IOException | RuntimeException e) {
            calls.close(accepted);
            throw e;
        }
        endpoints.put(name, worker);
        workersAccepted++;
        return worker.view();
    }

    @Override
    public void post(Endpoint<?> endpoint, Notification notification, Wsa error) {
        afterStep(() -> publish(endpoint, notification, error));
    }

    @Override
    public void afterStep(Runnable work) {
        if (calls != ownCalls) {
            afterStep.add(work);
        } else {
            work.run();
        }
    }

    /** Counts a notification and publishes it with the lab as it is now. */
    private void publish(Endpoint<?> endpoint, Notification notification, Wsa error) {
        endpoint.count(notification, error);
        LabSnapshot after = changed();
        publisher.accept(new NotificationEvent(endpoint.name(), notification, error, Instant.now(),
                Thread.currentThread().getName(), after));
    }

    void onReady(SelectionKey key) {
        if (key.isValid() && key.attachment() instanceof Endpoint<?> endpoint) {
            endpoint.onReady(key);
        }
    }

    /** Closes every socket, forgets them all and zeroes every counter. */
    void reset() {
        closeAll();
        port.forget();
        publisher.accept(new LabReset(Instant.now(), Thread.currentThread().getName(), changed()));
    }

    void closeAll() {
        endpoints.values().forEach(Endpoint::discard);
        endpoints.clear();
        workersAccepted = 0;
        try {
            // Closed channels let go of their descriptors (and send a pending RST) only at the next select.
            selector().selectNow();
            selector().selectedKeys().clear();
        } catch (IOException | RuntimeException e) {
            // the selector is being torn down or replaced; nothing more to release
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

    /** How many socket calls steps have made, and how many the selector thread made on its own. */
    long[] callCounts() {
        return new long[] {stepCallCount, ownCallCount};
    }

    /** Where the server listens: the bind address, in the chosen family, at the lab's port ({@link LabPort}). */
    @Override
    public InetSocketAddress listenAddress() throws AddressProblem {
        return HostResolver.resolve(settings.bind(), port.port(settings), settings.family());
    }

    @Override
    public void listened(int bound) {
        port.listened(settings, bound);
    }

    /** Where clients connect: the host, at the lab's port (with port 0, the one the OS chose for the server). */
    @Override
    public InetSocketAddress connectAddress() throws AddressProblem {
        return HostResolver.resolve(settings.host(), port.port(settings), settings.family());
    }

    /** Milliseconds until the nearest connect deadline, or 0 when no connect is pending (select forever). */
    long millisToNextDeadline() {
        long now = System.nanoTime();
        long nearest = Long.MAX_VALUE;
        for (Endpoint<?> e : endpoints.values()) {
            if (e instanceof ClientEndpoint s && s.connectDeadline() != 0) {
                nearest = Math.min(nearest, s.connectDeadline() - now);
            }
        }
        return nearest == Long.MAX_VALUE ? 0 : selectTimeout(nearest);
    }

    /**
     * The select() timeout that does not wake before a deadline {@code nanos} away: whole milliseconds rounded
     * up (waking early would only mean another round), and at least 1, since 0 means "no timeout".
     */
    static long selectTimeout(long nanos) {
        return Math.max(1, (nanos + 999_999) / 1_000_000);
    }

    /** Whether a connect is still waiting for its peer's answer (its handshake is not over). */
    boolean connecting(Set<SocketName> notAwaited) {
        return endpoints.values().stream().anyMatch(e -> e instanceof ClientEndpoint s && s.connectDeadline() != 0
                && !notAwaited.contains(s.name()));
    }

    /** Ends every connect whose peer has not answered in time (OnConnect with WSAETIMEDOUT). */
    void expireConnects() {
        long now = System.nanoTime();
        for (Endpoint<?> e : endpoints.values()) {
            if (e instanceof ClientEndpoint s && s.connectDeadline() != 0 && now - s.connectDeadline() >= 0) {
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
