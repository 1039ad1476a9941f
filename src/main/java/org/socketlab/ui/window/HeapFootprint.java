package org.socketlab.ui.window;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.util.Map;

/**
 * Lets the JVM give the window's unused heap back to the system, however SocketLab was started (the jar,
 * the image, {@code mvn javafx:run}): no launcher has to pass an option. With its defaults the JVM keeps up
 * to 70 % of the heap free after a collection, and G1 collects only when the heap fills, so a window that
 * had grown to a few hundred MiB during a lesson kept them while it sat idle. These settings are
 * "manageable" (HotSpot accepts them at run time):
 * <ul>
 * <li>{@code MinHeapFreeRatio=5}, {@code MaxHeapFreeRatio=10}: after a full collection or the end of a
 * concurrent cycle the heap keeps 5–10 % free, the rest is returned (G1 sizes its young generation for the
 * next collections by its own pause-time rules, so a burst still gets the room it needs);</li>
 * <li>{@code G1PeriodicGCInterval=60000}: when no collection ran for a minute (an idle window), G1 runs a
 * concurrent one, which returns what the lesson left behind (JEP 346).</li>
 * </ul>
 * An option the user set on the command line is left as it is; a runtime without {@code jdk.management}
 * (a custom jlink image) keeps the JVM's defaults. The native memory the collections free is given back too
 * ({@link NativeHeapTrim}). Done on a thread of its own, off the FX thread, a few
 * seconds after the window shows.
 */
final class HeapFootprint {
    /** In the order they are set: the minimum first, since the maximum may never be below it. */
    static final Map<String, String> SETTINGS = Map.of("MinHeapFreeRatio", "5", "MaxHeapFreeRatio", "10",
            "G1PeriodicGCInterval", "60000");
    private static final String[] ORDER = {"MinHeapFreeRatio", "MaxHeapFreeRatio", "G1PeriodicGCInterval"};

    /**
     * How long after the window is shown the settings are made: reading them loads JMX's classes, which
     * would otherwise compete with the window's first layout for the processor.
     */
    private static final long AFTER_START_MILLIS = 3000;

    private HeapFootprint() {
    }

    /** Applies the settings in the background, soon after the start (once per JVM is enough; again does no harm). */
    static void keepSmall() {
        Thread apply = new Thread(HeapFootprint::applyLater, "socketlab-heap-footprint");
        apply.setDaemon(true);
        apply.setPriority(Thread.MIN_PRIORITY);
        apply.start();
    }

    private static void applyLater() {
        try {
            Thread.sleep(AFTER_START_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            for (String name : ORDER) {
                VMOption option = vm.getVMOption(name);
                if (option.isWriteable() && option.getOrigin() == VMOption.Origin.DEFAULT) {
                    vm.setVMOption(name, SETTINGS.get(name));
                }
            }
        } catch (LinkageError | RuntimeException e) {
            // no jdk.management, or an option this JVM does not have (another collector): its defaults stay
        }
        NativeHeapTrim.afterCollections();
    }
}
