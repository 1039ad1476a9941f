package org.socketlab.kernel;

/**
 * Where a kernel view comes from, and so what it can show. Each system shows a program something different
 * of its connections; what a source cannot show is said in words, never shown as 0.
 */
public enum KernelSource {
    /** Linux: {@code /proc/net/tcp} and {@code /proc/net/tcp6}, every connection of the machine. */
    PROC_NET_TCP(true, true, true, true),
    /**
     * Windows: {@code GetExtendedTcpTable}, every connection with the process that owns it; no queue bytes
     * (those need TCP extended statistics and administrator rights), no timers.
     */
    TCP_TABLE(false, true, true, false),
    /**
     * macOS: {@code proc_pidfdinfo} on this program's own sockets. Queue bytes and the listener's accept
     * queue as counts; the connections waiting in it have no socket of the program yet, so they are not
     * listed; a closed socket is no longer the program's, so nothing is shown after close.
     */
    PROC_PIDFDINFO(true, false, false, false),
    /** No table could be read: states follow the lab's own events. */
    INFERRED(false, false, false, false);

    private final boolean queueBytes;
    private final boolean acceptQueueListed;
    private final boolean afterClose;
    private final boolean timers;

    KernelSource(boolean queueBytes, boolean acceptQueueListed, boolean afterClose, boolean timers) {
        this.queueBytes = queueBytes;
        this.acceptQueueListed = acceptQueueListed;
        this.afterClose = afterClose;
        this.timers = timers;
    }

    /** Whether Send-Q and Recv-Q are given in bytes. */
    public boolean showsQueueBytes() {
        return queueBytes;
    }

    /** Whether each connection waiting in a listener's accept queue is listed with its addresses and state. */
    public boolean listsAcceptQueue() {
        return acceptQueueListed;
    }

    /** Whether a connection the program closed is still shown while the kernel keeps it (TIME_WAIT…). */
    public boolean showsAfterClose() {
        return afterClose;
    }

    /** Whether the time left on a connection's timer is given. */
    public boolean showsTimers() {
        return timers;
    }
}
