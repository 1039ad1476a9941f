package org.socketlab.engine;

import java.io.IOException;
import java.nio.channels.Selector;

/**
 * What a lab takes from the operating system when it starts: a selector and the thread that owns it.
 * {@link #SYSTEM} asks the OS; a test stands in for a locked-down PC that refuses either.
 */
public interface LabResources {
    /** The operating system's own selector and thread. */
    LabResources SYSTEM = new LabResources() { };

    /** Opens a selector; on Windows this makes a loopback connection, which security software may block. */
    default Selector openSelector() throws IOException {
        return Selector.open();
    }

    /** Starts the lab's thread; the JVM throws OutOfMemoryError when the OS gives it no thread. */
    default void startThread(Thread thread) {
        thread.start();
    }
}
