package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.socketlab.os.OsKind;

/** What a refused start says: on Windows, the loopback connection to allow; elsewhere, the limit to raise. */
class LabStartExceptionTest {
    private static final IOException LOOPBACK = new IOException("Unable to establish loopback connection");

    @Test
    void onWindowsARefusedSelectorNamesTheLoopbackConnectionsToAllow() {
        Explanation e = new LabStartException(LabStartException.Refused.SELECTOR, OsKind.WINDOWS, LOOPBACK).explanation();
        assertThat(e.key()).isEqualTo("error.start.selector.windows");
        assertThat(Explain.in(Locale.ENGLISH, e)).contains(LOOPBACK.getMessage()).contains("java.exe and javaw.exe")
                .contains("loopback connections in the firewall or security software");
        assertThat(Explain.in(Locale.KOREAN, e)).contains(LOOPBACK.getMessage()).contains("java.exe와 javaw.exe")
                .contains("루프백 연결을 허용");
    }

    @Test
    void elsewhereARefusedSelectorNamesTheOpenFilesLimit() {
        for (OsKind os : new OsKind[] {OsKind.LINUX, OsKind.MACOS, OsKind.OTHER}) {
            Explanation e = new LabStartException(LabStartException.Refused.SELECTOR, os,
                    new IOException("Too many open files")).explanation();
            assertThat(e.key()).as("%s", os).isEqualTo("error.start.selector");
            assertThat(Explain.in(Locale.ENGLISH, e)).contains("Too many open files").contains("ulimit -n");
        }
    }

    @Test
    void aThreadNotGivenIsSaidWithTheJvmsWordsOrItsKind() {
        Explanation e = new LabStartException(LabStartException.Refused.THREAD, OsKind.LINUX, new OutOfMemoryError())
                .explanation();
        assertThat(e.key()).isEqualTo("error.start.thread");
        assertThat(new LabStartException(LabStartException.Refused.THREAD, OsKind.LINUX, new OutOfMemoryError())
                .refused()).as("what was refused, for the player's answer").isEqualTo(LabStartException.Refused.THREAD);
        assertThat(Explain.in(Locale.ENGLISH, e)).contains("(OutOfMemoryError)");
    }
}
