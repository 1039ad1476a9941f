package org.socketlab.engine;

/**
 * Receives every update, in order, on the selector thread. Implementations must return quickly and
 * must not call back into the lab synchronously.
 */
@FunctionalInterface
public interface LabListener {
    void onUpdate(LabUpdate update);
}
