package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** This system's error texts are asked for once per process, on a thread of their own, and then known. */
class ErrorTextsAskedOnceTest {

    @Test
    void theTextsAreKnownAfterTheFirstAskAndAskingAgainStartsNoThread() {
        assertThat(ErrorTexts.await(Duration.ofSeconds(20))).as("known within the bound").isTrue();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long started = threads.getTotalStartedThreadCount();
        ErrorTexts.prepare();
        ErrorTexts.prepare();
        assertThat(threads.getTotalStartedThreadCount()).as("threads started by asking again").isEqualTo(started);
        assertThat(ErrorTexts.await(Duration.ZERO)).isTrue();
    }
}
