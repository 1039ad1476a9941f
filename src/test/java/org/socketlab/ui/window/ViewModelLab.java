package org.socketlab.ui.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.socketlab.engine.Lab;
import org.socketlab.engine.LabSettings;
import org.socketlab.engine.Operation;
import org.socketlab.engine.Outcome;
import org.socketlab.engine.StepResult;
import org.socketlab.kernel.KernelReader;
import org.socketlab.kernel.KernelView;
import org.socketlab.kernel.TcpState;
import org.socketlab.ui.cards.SocketViewModel;
import org.socketlab.ui.cards.StatusView;
import org.socketlab.ui.settings.PayloadMode;

/**
 * A window's view models on a real loopback lab, without a toolkit: updates are applied on the test
 * thread when it drains the stand-in FX queue. Every wait has a generous bound; none is a fixed sleep.
 */
public final class ViewModelLab implements AutoCloseable {
    public static final ResourceBundle TEXT = ResourceBundle.getBundle("i18n.messages");
    private static final Duration BOUND = Duration.ofSeconds(20);

    public final QueueExecutor uiThread = new QueueExecutor();
    private final KernelReader kernel = KernelReader.system();
    public final Lab lab;
    public final LabViewModel vm;
    /** Every step result the lab published, as the lab saw them. */
    public final List<StepResult> results = new CopyOnWriteArrayList<>();

    public ViewModelLab() {
        this(LabSettings.defaults().withPort(0));
    }

    public ViewModelLab(LabSettings settings) {
        this(settings, UiBridge.SLICE_NANOS);
    }

    private ViewModelLab(LabSettings settings, long sliceNanos) {
        lab = Lab.start(settings);
        vm = new LabViewModel(lab, TEXT, (delay, action) -> uiThread.execute(action));
        lab.addListener(new UiBridge(uiThread, vm::apply, sliceNanos, System::nanoTime));
        lab.addListener(u -> {
            if (u instanceof StepResult r) {
                results.add(r);
            }
        });
    }

    /** A lab whose bridge hands all that waits to the view model at once, however long it takes to apply. */
    public static ViewModelLab wholeBatches() {
        return new ViewModelLab(LabSettings.defaults().withPort(0), Long.MAX_VALUE);
    }

    /**
     * Lets the lab's notifications arrive and applies them, as the FX thread would. A lesson's steps run
     * back to back here (the window paces them 1.5 s apart), so this also waits until no close of the lab's
     * is still waiting for its peer's ACK: a Listen right after a worker's Close must not find the port
     * still held by its LAST_ACK on a loaded machine.
     */
    public void settle() {
        assertThat(lab.awaitQuiet(Duration.ofMillis(50), BOUND)).as("the lab went quiet").isTrue();
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (closing() && System.nanoTime() < deadline) {
            assertThat(lab.awaitQuiet(Duration.ofMillis(1), BOUND)).as("the lab went quiet").isTrue();
        }
        assertThat(closing()).as("a close of the lab's still waits for its peer's ACK after %s", BOUND).isFalse();
        uiThread.drain();
    }

    private boolean closing() {
        KernelView view = kernel.read(lab.snapshot());
        return java.util.stream.Stream.concat(view.sockets().stream(), view.earlier().stream())
                .anyMatch(k -> k.state() == TcpState.LAST_ACK || k.state() == TcpState.FIN_WAIT1
                        || k.state() == TcpState.CLOSING);
    }

    public void waitUntil(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (System.nanoTime() < deadline) {
            settle();
            if (condition.getAsBoolean()) {
                return;
            }
        }
        fail("waited %s for %s", BOUND, what);
    }

    /** Presses the numbered keys in order, each one's effects applied before the next (as a student clicks). */
    public void keys(int... numbers) {
        for (int n : numbers) {
            vm.runNumbered(n);
            settle();
        }
    }

    /** Clicks a button of a panel and lets its effects arrive. */
    public StatusView click(SocketViewModel panel, Operation op) {
        panel.perform(op);
        settle();
        return panel.statusProperty(op).get();
    }

    /** Sends from the panel until a write() fails: after the peer closed, its kernel answers with RST. */
    public StatusView sendUntilError(SocketViewModel panel) {
        vm.settings().payloadModeProperty().set(PayloadMode.TEXT);
        vm.settings().payloadTextProperty().set("late");
        StatusView send = click(panel, Operation.SEND);
        for (int i = 0; i < 50 && send.outcome() == Outcome.OK; i++) {
            send = click(panel, Operation.SEND);
        }
        assertThat(send.outcome()).as("a Send after the peer left").isEqualTo(Outcome.ERROR);
        return send;
    }

    public SocketViewModel client1() {
        return vm.clients().get(0);
    }

    public SocketViewModel worker1() {
        assertThat(vm.workers()).as("workers").isNotEmpty();
        return vm.workers().get(0);
    }

    @Override
    public void close() {
        assertThat(lab.unexpectedFailures()).as("failure: %s", lab.lastUnexpectedFailure()).isZero();
        vm.close();
    }
}
