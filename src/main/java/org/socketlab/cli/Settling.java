package org.socketlab.cli;

import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import org.socketlab.engine.Lab;
import org.socketlab.engine.LabSnapshot;
import org.socketlab.engine.SocketName;
import org.socketlab.engine.SocketState;
import org.socketlab.kernel.KernelReader;
import org.socketlab.kernel.KernelView;

/**
 * How the player waits after a step before it prints the step's line: until the lab has settled (the kernel
 * reports nothing ready that has not been handled, no connect waits for an answer that will come;
 * {@link Lab#awaitSettled}) and, when the line shows the kernel's view, until the kernel has stopped moving the
 * lab's connections on its own. It never waits for what the kernel will not do by itself. At most
 * {@link #BOUND} a step.
 */
final class Settling {
    static final Duration BOUND = Duration.ofSeconds(2);
    /** How often the kernel's table is read while the kernel may still be moving the lab's connections. */
    private static final Duration KERNEL_POLL = Duration.ofMillis(2);
    /**
     * How long the lab may have no news while connects to its own listeners are unanswered before they are left to
     * the kernel's clock (see {@link #settleLab}).
     */
    private static final Duration STALL = Duration.ofMillis(250);
    /** How long queues holding unacknowledged bytes must keep still to count as settled. */
    private static final Duration KERNEL_STILL = Duration.ofMillis(60);

    private final Lab lab;
    private final KernelReader kernel;
    private Duration bound = BOUND;

    Settling(Lab lab, KernelReader kernel) {
        this.lab = lab;
        this.kernel = kernel;
    }

    void bound(Duration newBound) {
        this.bound = newBound;
    }

    /**
     * Waits until the lab has settled and, when the kernel is read ({@code kernelToo}), until the kernel has
     * stopped moving the lab's connections on its own, which it signals to no program: while a SYN or a FIN
     * waits for its ACK ({@link KernelView#awaitsAck}), and while bytes wait in a send queue
     * ({@link KernelView#holdsUnacknowledged}) until the queues have kept still for {@link #KERNEL_STILL} (the
     * peer's kernel may delay its ACK by up to 40 ms; a peer that reads nothing keeps them full for good).
     * The table is read again every {@link #KERNEL_POLL}. At most {@link #BOUND} in all. Returns the
     * last view read, or null when the kernel is not read.
     */
    KernelView settle(boolean kernelToo) {
        long deadline = System.nanoTime() + bound.toNanos();
        Set<SocketName> leftToTheKernel = settleLab(deadline);
        if (!kernelToo) {
            return null;
        }
        KernelView view = kernel.read(lab.snapshot());
        long still = System.nanoTime();
        while (deadline - System.nanoTime() > 0) {
            leftToTheKernel.addAll(view.connectsHeldByFullQueue());
            boolean bytesMayMove = view.holdsUnacknowledged(leftToTheKernel)
                    && System.nanoTime() - still < KERNEL_STILL.toNanos();
            if (!view.awaitsAck(leftToTheKernel) && !bytesMayMove) {
                break;
            }
            LockSupport.parkNanos(KERNEL_POLL.toNanos());
            leftToTheKernel.addAll(settleLab(deadline));
            KernelView before = view;
            view = kernel.read(lab.snapshot());
            if (!view.sameQueues(before)) {
                still = System.nanoTime();
            }
        }
        return view;
    }

    /**
     * Waits until the lab has settled ({@link Lab#awaitSettled}) but for the connects left to the kernel's clock,
     * which it returns: those whose listener's accept queue is full ({@link KernelView#connectsHeldByFullQueue}),
     * and, once the lab has had no news for {@link #STALL}, every connect still unanswered by one of the lab's own
     * listeners ({@link KernelView#connectsToTheLab}): such a listener answers within microseconds, so its SYN was
     * dropped and the client's kernel tries again only on its own clock. The kernel is read only while a connect
     * is under way. At most until {@code deadline}.
     */
    private Set<SocketName> settleLab(long deadline) {
        Set<SocketName> left = new HashSet<>();
        while (true) {
            long version = lab.snapshot().version();
            Duration slice = left(deadline).compareTo(STALL) < 0 ? left(deadline) : STALL;
            boolean settled = lab.awaitSettled(slice, () -> {
                kernelWhileConnecting().ifPresent(view -> left.addAll(view.connectsHeldByFullQueue()));
                return left;
            });
            if (settled || left(deadline).isZero()) {
                return left;
            }
            if (lab.snapshot().version() == version) {
                kernelWhileConnecting().ifPresent(view -> left.addAll(view.connectsToTheLab()));
            }
        }
    }

    /** The kernel's view of the lab while one of its connects is under way; nothing otherwise. */
    private Optional<KernelView> kernelWhileConnecting() {
        LabSnapshot now = lab.snapshot();
        boolean connecting = now.sockets().values().stream().anyMatch(v -> v.state() == SocketState.CONNECTING);
        return connecting ? Optional.of(kernel.read(now)) : Optional.empty();
    }

    private static Duration left(long deadline) {
        return Duration.ofNanos(Math.max(deadline - System.nanoTime(), 0));
    }
}
