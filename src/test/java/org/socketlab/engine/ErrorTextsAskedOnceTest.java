package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import org.socketlab.os.OsKind;
import org.socketlab.os.SystemMessages;
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

    @Test
    void aUnixIsAskedByErrorNumberAndItsOwnWordsAreKnown() {
        OsKind os = OsKind.current();
        assumeTrue(os == OsKind.LINUX || os == OsKind.MACOS, "strerror is a Unix's");
        // The JDK for Windows words this error differently ("... (maximum connections reached?)"): only the
        // system's own strerror() text is found in a message that is exactly that text.
        String said = SystemMessages.strerror(Errno.ENOBUFS.number(os).orElseThrow()).orElseThrow();
        assertThat(ErrorTexts.askThisSystem().find(said, List.of(Errno.ENOBUFS))).contains(Errno.ENOBUFS);
        assertThat(ErrorTexts.asked(OsKind.WINDOWS).find(said, List.of(Errno.ENOBUFS))).isEmpty();
    }
}
