package org.socketlab.ui.window;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.testfx.util.WaitForAsyncUtils;

/**
 * After a full collection the JVM is asked to give the C library's free memory back. Linux only: the JVM's
 * {@code System.trim_native_heap} command is glibc's; elsewhere {@link NativeHeapTrim} does nothing.
 */
@EnabledOnOs(OS.LINUX)
class NativeHeapTrimTest {
    @Test
    void aFullCollectionIsFollowedByATrim() {
        assertTrue(NativeHeapTrim.afterCollections(), "this JVM should offer System.trim_native_heap");
        long before = NativeHeapTrim.TRIMS.get();
        System.gc();
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> NativeHeapTrim.TRIMS.get() > before);
        } catch (TimeoutException e) {
            // said by the assertion below
        }
        assertTrue(NativeHeapTrim.TRIMS.get() > before, "no trim within 30 s of System.gc()");
    }
}
