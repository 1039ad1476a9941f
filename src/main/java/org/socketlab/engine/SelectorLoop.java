package org.socketlab.engine;

import java.io.IOException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The one thread that owns the network: it blocks in select() with no timeout, handles ready keys,
 * then runs the tasks other threads queued (each queued task wakes it). An idle lab never wakes.
 */
final class SelectorLoop {
    private final Selector selector;
    private final Thread thread;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicLong wakeups = new AtomicLong();
    private final AtomicInteger failures = new AtomicInteger();
    private volatile Consumer<SelectionKey> readyHandler = key -> { };
    private volatile Runnable onStop = () -> { };
    private volatile java.util.function.LongSupplier timeout = () -> 0;
    private volatile Runnable onWake = () -> { };
    private volatile boolean running = true;
    private volatile Throwable lastFailure;

    SelectorLoop(String threadName) throws IOException {
        selector = Selector.open();
        thread = new Thread(this::loop, threadName);
        thread.setDaemon(true);
    }

    Selector selector() {
        return selector;
    }

    /**
     * @param handler      handles each ready key
     * @param timeoutMillis how long the next select() may block (0: until something happens)
     * @param wakeHook     runs after every wake-up (deadlines)
     * @param stopHook     runs once when the loop stops
     */
    void start(Consumer<SelectionKey> handler, java.util.function.LongSupplier timeoutMillis, Runnable wakeHook,
               Runnable stopHook) {
        readyHandler = handler;
        timeout = timeoutMillis;
        onWake = wakeHook;
        onStop = stopHook;
        thread.start();
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
        try {
            while (running) {
                Thread.interrupted(); // a stale interrupt flag would make every select() return at once
                selector.select(timeout.getAsLong());
                wakeups.incrementAndGet();
                handleReadyKeys();
                guarded(onWake);
                runTasks();
            }
        } catch (IOException | ClosedSelectorException e) {
            fail(e);
        } finally {
            runTasks();
            guarded(onStop);
            try {
                selector.close();
            } catch (IOException e) {
                fail(e);
            }
        }
    }

    /** Handles a copy of the selected keys: a handler that closes a socket may flush the set meanwhile. */
    private void handleReadyKeys() {
        List<SelectionKey> ready = new ArrayList<>(selector.selectedKeys());
        selector.selectedKeys().clear();
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

    /** Counts an unexpected failure (a bug) without letting it stop the loop. */
    void fail(Throwable e) {
        failures.incrementAndGet();
        lastFailure = e;
    }
}
