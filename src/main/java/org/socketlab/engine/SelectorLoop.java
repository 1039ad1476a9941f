package org.socketlab.engine;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The one thread that owns the network: it blocks in select() with no timeout, handles ready keys,
 * then runs the tasks other threads queued (each queued task wakes it). An idle lab never wakes.
 * Nothing ends it but {@link #stop()}: a failure of any kind is counted, logged and survived; a selector
 * that keeps failing is replaced (its sockets are closed: the lab starts afresh).
 */
final class SelectorLoop {
    private static final System.Logger LOG = System.getLogger(SelectorLoop.class.getName());
    /** select() failures in a row after which the selector is replaced. */
    private static final int FAILURES_BEFORE_RENEWAL = 3;
    /** selectNow() rounds one {@link #settle()} makes at most. */
    private static final int SETTLE_ROUNDS = 64;

    private final Thread thread;
    private final LabResources os;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicLong wakeups = new AtomicLong();
    private final AtomicInteger failures = new AtomicInteger();
    private volatile Selector selector;
    private volatile Consumer<SelectionKey> readyHandler = key -> { };
    private volatile Runnable onStop = () -> { };
    private volatile LongSupplier timeout = () -> 0;
    private volatile Runnable onWake = () -> { };
    private volatile Consumer<Throwable> onFailure = e -> { };
    private volatile Runnable onRenewal = () -> { };
    private volatile boolean running = true;
    private volatile Throwable lastFailure;

    SelectorLoop(String threadName, LabResources os) throws IOException {
        this.os = os;
        selector = os.openSelector();
        thread = new Thread(this::loop, threadName);
        thread.setDaemon(true);
    }

    /** The selector in use now (it changes only when a failing one is replaced). */
    Selector selector() {
        return selector;
    }

    /**
     * @param handler       handles each ready key
     * @param timeoutMillis how long the next select() may block (0: until something happens)
     * @param wakeHook      runs after every wake-up (deadlines)
     * @param failureHook   hears of every failure the loop survived
     * @param renewalHook   runs before a failing selector is replaced: close every socket
     * @param stopHook      runs once when the loop stops
     */
    void start(Consumer<SelectionKey> handler, LongSupplier timeoutMillis, Runnable wakeHook,
               Consumer<Throwable> failureHook, Runnable renewalHook, Runnable stopHook) {
        readyHandler = handler;
        timeout = timeoutMillis;
        onWake = wakeHook;
        onFailure = failureHook;
        onRenewal = renewalHook;
        onStop = stopHook;
        os.startThread(thread);
    }

    /** Closes the selector of a loop whose thread never started. */
    void abandon() {
        try {
            selector.close();
        } catch (IOException e) {
            // nothing more to release
        }
    }

    boolean inLoop() {
        return Thread.currentThread() == thread;
    }

    void execute(Runnable task) {
        if (!running) {
            throw new RejectedExecutionException("the lab is closed");
        }
        tasks.add(task);
        selector.wakeup();
    }

    /** Stops the loop after it has run {@code onStop}; waits for the thread to end. */
    void stop() throws InterruptedException {
        running = false;
        selector.wakeup();
        if (!inLoop()) {
            thread.join();
        }
    }

    boolean isAlive() {
        return thread.isAlive();
    }

    long wakeups() {
        return wakeups.get();
    }

    int failures() {
        return failures.get();
    }

    Throwable lastFailure() {
        return lastFailure;
    }

    private void loop() {
        int selectFailures = 0;
        while (running) {
            try {
                Thread.interrupted(); // a stale interrupt flag would make every select() return at once
                selector.select(timeout.getAsLong());
                selectFailures = 0;
            } catch (IOException | RuntimeException | Error e) {
                fail(e);
                if (++selectFailures >= FAILURES_BEFORE_RENEWAL) {
                    selectFailures = renew() ? 0 : selectFailures;
                }
            }
            wakeups.incrementAndGet();
            handleReadyKeys();
            guarded(onWake);
            runTasks();
        }
        runTasks();
        guarded(onStop);
        guarded(() -> {
            try {
                selector.close();
            } catch (IOException e) {
                fail(e);
            }
        });
    }

    /**
     * Replaces a selector that keeps failing: every socket is closed first (they belong to the old one).
     * Returns false when no new selector could be opened (e.g. no descriptor left); the loop then waits
     * a little before it tries again, so a broken selector does not become a busy loop.
     */
    private boolean renew() {
        guarded(onRenewal);
        try {
            Selector fresh = os.openSelector();
            Selector old = selector;
            selector = fresh;
            old.close();
            return true;
        } catch (IOException | RuntimeException | Error e) {
            fail(e);
            pause();
            return false;
        }
    }

    private static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * On the loop's own thread: asks the kernel what is ready now ({@code selectNow()}) and handles it, again
     * until an answer is 0. Returns how many readiness reports it handled, or -1 when the kernel was still
     * reporting after {@link #SETTLE_ROUNDS} rounds (the lab is not settled).
     */
    int settle() {
        int handled = 0;
        for (int round = 0; round < SETTLE_ROUNDS; round++) {
            int ready;
            try {
                ready = selector.selectNow();
            } catch (IOException | ClosedSelectorException e) {
                return handled;
            }
            if (ready == 0) {
                return handled;
            }
            handled += ready;
            handleReadyKeys();
        }
        return -1;
    }

    /**
     * On the loop's own thread, before a step: handles what the kernel reports ready now (one
     * {@code selectNow()}), so that a notification whose event came before the step is posted before it.
     * Windows posts FD_ACCEPT, FD_READ, FD_CLOSE… when the connection, the data or the FIN arrives, not when
     * the program next looks: a connection that arrived while OnAccept was enabled is counted even when an
     * Accept already queued takes it before this thread's next {@code select()}.
     */
    void catchUp() {
        try {
            selector.selectNow();
            handleReadyKeys(); // also a key a step's own selectNow() left selected
        } catch (IOException | ClosedSelectorException e) {
            // a closed or failing selector: the loop reports it at its next select()
        }
    }

    /** Handles a copy of the selected keys: a handler that closes a socket may flush the set meanwhile. */
    private void handleReadyKeys() {
        List<SelectionKey> ready;
        try {
            ready = new ArrayList<>(selector.selectedKeys());
            selector.selectedKeys().clear();
        } catch (ClosedSelectorException e) {
            return;
        }
        for (SelectionKey key : ready) {
            guarded(() -> readyHandler.accept(key));
        }
    }

    private void runTasks() {
        Runnable task;
        while ((task = tasks.poll()) != null) {
            guarded(task);
        }
    }

    private void guarded(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException | Error e) {
            fail(e);
        }
    }

    /** Counts, logs and reports an unexpected failure (a bug, or the system out of resources). */
    void fail(Throwable e) {
        failures.incrementAndGet();
        lastFailure = e;
        LOG.log(Level.WARNING, "the socket lab survived an internal error", e);
        try {
            onFailure.accept(e);
        } catch (RuntimeException | Error ignored) {
            // reporting must never fail the loop
        }
    }
}
