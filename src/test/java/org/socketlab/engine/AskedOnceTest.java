package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** An answer asked for once, on a daemon thread of its own, waited for with a bound, never for ever. */
class AskedOnceTest {
    private static final Duration BOUND = Duration.ofSeconds(20);

    @Test
    void asksOnceOnANamedDaemonThreadOfItsOwn() {
        AtomicInteger asks = new AtomicInteger();
        AtomicReference<Thread> askedOn = new AtomicReference<>();
        AskedOnce<String> once = new AskedOnce<>("asking-test", () -> {
            asks.incrementAndGet();
            askedOn.set(Thread.currentThread());
            return "answer";
        }, "fallback");

        once.start();
        once.start();
        assertThat(once.await(BOUND)).isTrue();
        assertThat(once.get(Duration.ZERO)).isEqualTo("answer");
        once.start();
        assertThat(once.get(BOUND)).isEqualTo("answer");
        assertThat(asks).as("asked once").hasValue(1);
        assertThat(askedOn.get()).isNotSameAs(Thread.currentThread());
        assertThat(askedOn.get().getName()).isEqualTo("asking-test");
        assertThat(askedOn.get().isDaemon()).as("never keeps the process alive").isTrue();
    }

    @Test
    void waitingAsksIfNoOneDid() {
        AskedOnce<String> once = new AskedOnce<>("asking-test", () -> "answer", "fallback");
        assertThat(once.get(BOUND)).isEqualTo("answer");
    }

    @Test
    void anAnswerNotThereInTimeIsTheFallbackUntilItComes() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        AskedOnce<String> once = new AskedOnce<>("asking-test", () -> {
            awaitQuietly(release);
            return "answer";
        }, "fallback");

        assertThat(once.await(Duration.ofMillis(50))).as("not there yet").isFalse();
        assertThat(once.get(Duration.ofMillis(50))).isEqualTo("fallback");
        release.countDown();
        assertThat(once.await(BOUND)).isTrue();
        assertThat(once.get(Duration.ZERO)).isEqualTo("answer");
    }

    @Test
    void anAskThatFailsGivesTheFallback() {
        AskedOnce<String> once = new AskedOnce<>("asking-test", () -> {
            throw new IllegalStateException("no native access here");
        }, "fallback");
        assertThat(once.await(BOUND)).as("answered, by the fallback").isTrue();
        assertThat(once.get(Duration.ZERO)).isEqualTo("fallback");
    }

    @Test
    void anInterruptedWaitReturnsAtOnceAndKeepsTheInterrupt() {
        CountDownLatch release = new CountDownLatch(1);
        AskedOnce<String> once = new AskedOnce<>("asking-test", () -> {
            awaitQuietly(release);
            return "answer";
        }, "fallback");
        try {
            Thread.currentThread().interrupt();
            assertThat(once.await(BOUND)).isFalse();
            assertThat(Thread.interrupted()).as("the interrupt is kept for the caller").isTrue();
        } finally {
            Thread.interrupted();
            release.countDown();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            assertThat(latch.await(BOUND.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
