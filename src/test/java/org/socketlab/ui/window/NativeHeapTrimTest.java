package org.socketlab.ui.window;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * After a full collection the JVM is asked to give the C library's free memory back. Linux only: the JVM's
 * {@code System.trim_native_heap} command is glibc's; elsewhere {@link NativeHeapTrim} does nothing.
 */
@EnabledOnOs(OS.LINUX)
class NativeHeapTrimTest {
    @Test
    void aFullCollectionIsFollowedByATrim() throws InterruptedException {
        assertTrue(NativeHeapTrim.afterCollections(), "this JVM should offer System.trim_native_heap");
        long before = NativeHeapTrim.TRIMS.get();
        System.gc();
        Instant bound = Instant.now().plus(Duration.ofSeconds(30));
        while (NativeHeapTrim.TRIMS.get() == before && Instant.now().isBefore(bound)) {
            Thread.sleep(20);
        }
        assertTrue(NativeHeapTrim.TRIMS.get() > before, "no trim within 30 s of System.gc()");
    }
}
