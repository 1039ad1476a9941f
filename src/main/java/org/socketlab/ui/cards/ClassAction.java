package org.socketlab.ui.cards;

import org.socketlab.engine.Operation;

/**
 * A step run on many workers at once as one action of the teacher's: each is one log group and one narration
 * that sums up how its steps went.
 */
public enum ClassAction {
    /** The server sends the payload to every connected client: one Send per worker. */
    BROADCAST(Operation.SEND, "broadcast"),
    /** One Receive on every worker with bytes waiting. */
    RECEIVE_ALL(Operation.RECEIVE, "receiveAll"),
    /** One Close on every worker whose client left. */
    CLOSE_DEPARTED(Operation.CLOSE, "closeDeparted");

    private final Operation operation;
    private final String key;

    ClassAction(Operation operation, String key) {
        this.operation = operation;
        this.key = key;
    }

    /** The step each worker gets. */
    public Operation operation() {
        return operation;
    }

    /** The event log's label for the group: {0} is the number of workers. */
    public String logKey() {
        return "log." + key;
    }

    /** The narration's heading: {0} is the number of workers. */
    public String headingKey() {
        return "narration." + key;
    }

    /**
     * The narration's summary: {0} steps done of {1}; {2} OK with {3} bytes in all, {4} would block, {5} failed.
     */
    public String summaryKey() {
        return "narration." + key + ".summary";
    }
}
