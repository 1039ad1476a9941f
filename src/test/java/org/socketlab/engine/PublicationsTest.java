package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link Publications}, what the player and the tests wait on: the count of updates, a quiet spell, a
 * condition, a deadline, and a waiting thread that is interrupted.
 */
class PublicationsTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(30);
    private final Publications publications = new Publications();

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    private static long in(Duration d) {
        return System.nanoTime() + d.toNanos();
    }

    @Test
    void countsEveryUpdate() {
        assertThat(publications.count()).isZero();
        publications.noted();
        publications.noted();
        assertThat(publications.count()).isEqualTo(2);
    }

    @Test
    void noQuietSpellAtAllIsAlreadyOver() {
        publications.noted();
        assertThat(publications.awaitQuiet(Duration.ZERO, in(Duration.ofSeconds(10)))).isTrue();
    }

    @Test
    void aQuietSpellThatOutlastsTheDeadlineIsNotWaitedFor() {
        publications.noted();
        assertThat(publications.awaitQuiet(Duration.ofHours(1), in(Duration.ofMillis(20)))).isFalse();
    }

    @Test
    void aConditionThatHoldsIsNotWaitedFor() {
        assertThat(publications.awaitUntil(() -> true, in(Duration.ofSeconds(10)))).isTrue();
    }

    @Test
    void aConditionThatNeverHoldsEndsAtTheDeadline() {
        assertThat(publications.awaitUntil(() -> false, in(Duration.ofMillis(20)))).isFalse();
    }

    @Test
    void anUpdateEndsTheWaitForIt() throws InterruptedException {
        long seen = publications.count();
        Thread other = new Thread(publications::noted);
        other.start();
        publications.awaitAfter(seen, in(HANG_GUARD));
        assertThat(publications.count()).isEqualTo(seen + 1);
        other.join();
    }

    @Test
    void anInterruptedQuietWaitEndsAtOnceAndKeepsTheInterrupt() {
        publications.noted();
        boolean quiet = assertTimeoutPreemptively(HANG_GUARD, () -> {
            Thread.currentThread().interrupt();
            boolean result = publications.awaitQuiet(Duration.ofHours(1), in(Duration.ofHours(1)));
            assertThat(Thread.interrupted()).as("the interrupt is kept for the caller").isTrue();
            return result;
        });
        assertThat(quiet).isFalse();
    }

    @Test
    void anInterruptedConditionWaitEndsAtOnceAndKeepsTheInterrupt() {
        boolean held = assertTimeoutPreemptively(HANG_GUARD, () -> {
            Thread.currentThread().interrupt();
            boolean result = publications.awaitUntil(() -> false, in(Duration.ofHours(1)));
            assertThat(Thread.interrupted()).as("the interrupt is kept for the caller").isTrue();
            return result;
        });
        assertThat(held).isFalse();
    }
}
