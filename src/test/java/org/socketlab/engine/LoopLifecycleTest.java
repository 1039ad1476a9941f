package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The selector thread's life: a daemon (it never keeps the JVM alive), a failing task is counted, logged and
 * survived, and stop() still runs what was queued, then the stop hook, then closes the selector.
 */
class LoopLifecycleTest {
    @Test
    void theLoopsThreadIsADaemon() throws Exception {
        ScriptedResources os = ScriptedResources.startingLater(ScriptedSelector.working());
        SelectorLoop loop = new SelectorLoop("lifecycle", os);
        loop.start(key -> { }, () -> 0, () -> { }, failure -> { }, () -> { }, () -> { });
        assertThat(os.thread().isDaemon()).isTrue();
        loop.abandon();
    }

    @Test
    void aTaskQueuedBeforeTheLoopFirstRanStillRunsWhenItIsStoppedAtOnceAndThenTheStopHookAndClose()
            throws Exception {
        ScriptedSelector selector = ScriptedSelector.working();
        ScriptedResources os = ScriptedResources.startingLater(selector);
        SelectorLoop loop = new SelectorLoop("lifecycle", os);
        List<String> order = new CopyOnWriteArrayList<>();
        loop.start(key -> { }, () -> 0, () -> { }, failure -> { }, () -> { },
                () -> order.add("stop hook, selector open: " + selector.isOpen()));
        loop.execute(() -> order.add("task"));
        loop.stop(); // the thread has not run yet: its loop will not go round once
        os.thread().start();
        os.thread().join(TimeUnit.SECONDS.toMillis(10));
        assertThat(order).containsExactly("task", "stop hook, selector open: true");
        assertThat(selector.isOpen()).as("closed when the loop ends").isFalse();
        assertThat(loop.failures()).isZero();
    }

    @Test
    void aSelectorThatFailsToCloseAtTheEndIsCounted() throws Exception {
        IOException closing = new IOException("close failed (scripted)");
        SelectorLoop loop = new SelectorLoop("lifecycle",
                ScriptedResources.opening(ScriptedSelector.working().failingClose(closing)));
        loop.start(key -> { }, () -> 0, () -> { }, failure -> { }, () -> { }, () -> { });
        loop.stop();
        assertThat(loop.failures()).isEqualTo(1);
        assertThat(loop.lastFailure()).isSameAs(closing);
    }

    @Test
    void aFailingTaskIsCountedLoggedAndHandedOnAndTheNextTaskRuns() throws Exception {
        Logger log = Logger.getLogger(SelectorLoop.class.getName()); // held: a logger nobody holds may be collected
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(handler);
        IllegalStateException bug = new IllegalStateException("a task's bug (scripted)");
        List<Throwable> handedOn = new CopyOnWriteArrayList<>();
        SelectorLoop loop = new SelectorLoop("lifecycle", ScriptedResources.opening(ScriptedSelector.working()));
        loop.start(key -> { }, () -> 0, () -> { }, handedOn::add, () -> { }, () -> { });
        try {
            CountDownLatch next = new CountDownLatch(1);
            loop.execute(() -> {
                throw bug;
            });
            loop.execute(next::countDown);
            assertThat(next.await(10, TimeUnit.SECONDS)).as("the next task runs").isTrue();
            assertThat(loop.failures()).isEqualTo(1);
            assertThat(loop.lastFailure()).isSameAs(bug);
            assertThat(handedOn).containsExactly(bug);
            assertThat(records).singleElement().satisfies(r -> {
                assertThat(r.getLevel()).isEqualTo(Level.WARNING);
                assertThat(r.getThrown()).isSameAs(bug);
            });
        } finally {
            loop.stop();
            log.removeHandler(handler);
        }
    }
}
