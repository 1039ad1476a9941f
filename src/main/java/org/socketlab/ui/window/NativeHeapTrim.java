package org.socketlab.ui.window;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.NotificationEmitter;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;

/**
 * Gives the C library's free memory back to the system after the collections that end a lesson's garbage. A
 * full or periodic collection frees the native memory behind the objects it found dead (textures, images,
 * buffers, JavaFX's and the JDK's own allocations), but the C library on Linux (glibc) keeps what it freed
 * in its arenas, so the window's resident size stayed at its peak. After such a collection this asks the JVM
 * to trim its native heap (the diagnostic command {@code System.trim_native_heap}, which calls glibc's
 * {@code malloc_trim}). Where the JVM has no such command (other systems, older runtimes, a runtime without
 * {@code jdk.management}) nothing is done. The trim runs on a daemon thread of its own, never the FX thread, and
 * never twice at once.
 */
final class NativeHeapTrim {
    /** The causes of the collections after which a trim is worth it: a window that went idle, or asked. */
    static final Set<String> CAUSES = Set.of("System.gc()", "G1 Periodic Collection", "Diagnostic Command",
            "Heap Inspection Initiated GC");
    private static final String COMMAND = "com.sun.management:type=DiagnosticCommand";
    private static final String OPERATION = "systemTrimNativeHeap";
    /** Whether this JVM's collections are listened to already (once per JVM, however many windows). */
    private static final AtomicBoolean INSTALLED = new AtomicBoolean();
    /** How many trims the JVM has done for SocketLab. */
    static final AtomicLong TRIMS = new AtomicLong();

    private final MBeanServer server;
    private final ObjectName commands;
    private final AtomicBoolean trimming = new AtomicBoolean();

    private NativeHeapTrim(MBeanServer server, ObjectName commands) {
        this.server = server;
        this.commands = commands;
    }

    /** Trims after each such collection from now on, if this JVM can; says whether it can. */
    static boolean afterCollections() {
        if (!INSTALLED.compareAndSet(false, true)) {
            return true;
        }
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            ObjectName commands = new ObjectName(COMMAND);
            if (!canTrim(server, commands)) {
                INSTALLED.set(false);
                return false;
            }
            NativeHeapTrim trim = new NativeHeapTrim(server, commands);
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener((n, handback) -> {
                        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())
                                && worthTrimming(GarbageCollectionNotificationInfo.from(
                                        (CompositeData) n.getUserData()))) {
                            trim.soon();
                        }
                    }, null, null);
                }
            }
            return true;
        } catch (LinkageError | RuntimeException | JMException e) {
            INSTALLED.set(false);
            return false;
        }
    }

    /** A full collection, or one of the {@link #CAUSES}: what a lesson left behind is gone now. */
    static boolean worthTrimming(GarbageCollectionNotificationInfo info) {
        return CAUSES.contains(info.getGcCause()) || info.getGcAction().contains("major");
    }

    private static boolean canTrim(MBeanServer server, ObjectName commands) throws JMException {
        if (!server.isRegistered(commands)) {
            return false;
        }
        for (var op : server.getMBeanInfo(commands).getOperations()) {
            if (op.getName().equals(OPERATION)) {
                return true;
            }
        }
        return false;
    }

    private void soon() {
        if (!trimming.compareAndSet(false, true)) {
            return;
        }
        Thread run = new Thread(() -> {
            try {
                server.invoke(commands, OPERATION, new Object[0], new String[0]);
                TRIMS.incrementAndGet();
            } catch (JMException | RuntimeException e) {
                // the command refused (not on this system after all): the memory stays with the C library
            } finally {
                trimming.set(false);
            }
        }, "socketlab-native-trim");
        run.setDaemon(true);
        run.setPriority(Thread.MIN_PRIORITY);
        run.start();
    }
}
