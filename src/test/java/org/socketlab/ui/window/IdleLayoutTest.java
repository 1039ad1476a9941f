package org.socketlab.ui.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.socketlab.engine.Operation;
import org.socketlab.ui.kernel.KernelRow;
import org.testfx.api.FxRobot;

/**
 * An idle window does no work: after steps 1–7 nothing asks for a layout pass, and the Kernel tab's table,
 * on a tab that is not selected, is never laid out again. Counted, not timed: each time a node's
 * {@code needsLayout} turns true is one request, each time the scene root's does is one layout pass.
 */
class IdleLayoutTest extends WindowTestBase {
    /** How long the idle window is watched. */
    private static final int IDLE_SECONDS = 4;

    @Test
    void anIdleWindowAfterStepsOneToSevenDoesNoLayoutPass(FxRobot robot) throws Exception {
        stepsOneToSeven(robot);
        ui.waitUntil("client1 received the data", () -> ui.counter("client1", "receive").equals("1"));
        Counts counts = watchIdle();
        assertThat(counts.rootPasses.get()).as("layout passes of the idle window's root").isLessThanOrEqualTo(1);
        assertThat(counts.kernelTable.get()).as("layout requests of the hidden Kernel table").isZero();

        ui.showTab("kernelTab"); // nothing changes now: only showing the tab can bring its table up to date
        ui.waitUntil("the Kernel tab, once shown, lists the kernel's rows",
                () -> !tableRows().isEmpty() && tableRows().equals(ui.window.model().kernel().rows()));
    }

    @Test
    void inTimeWaitOnlyTheCardThatShowsTheSecondsLeftTicksOncePerSecond(FxRobot robot) throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")), "no /proc/net/tcp here: no TIME_WAIT timer to show");
        stepsOneToSeven(robot);
        WindowDriver.fx(() -> ui.window.model().clients().get(0).perform(Operation.CLOSE));
        ui.settle();
        WindowDriver.fx(() -> ui.window.model().workers().get(0).perform(Operation.CLOSE));
        ui.settle();
        ui.waitUntil("client1's card counts down its TIME_WAIT", () -> kernelLine().contains(" s left"));
        String before = kernelLine();
        Counts counts = watchIdle();
        assertThat(kernelLine()).as("the card's seconds left still tick").isNotEqualTo(before);
        assertThat(counts.rootPasses.get()).as("layout passes: one per second for the ticking age, and a few")
                .isLessThanOrEqualTo(IDLE_SECONDS + 2);
        assertThat(counts.kernelTable.get()).as("layout requests of the hidden Kernel table").isZero();

        ui.showTab("kernelTab");
        ui.waitUntil("the Kernel tab, once shown, lists what the kernel holds now (client1 after close)",
                () -> tableRows().equals(ui.window.model().kernel().rows())
                        && tableRows().stream().anyMatch(r -> r.kind() == KernelRow.Kind.AFTER_CLOSE
                        && r.note().contains(" s left")));
    }

    private void stepsOneToSeven(FxRobot robot) {
        List<KeyCode> keys = List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
                KeyCode.DIGIT6, KeyCode.DIGIT7);
        for (int i = 0; i < keys.size(); i++) {
            if (i == 5) {
                ui.waitUntil("worker1's panel", () -> ui.hasPanel("worker1"));
                ui.waitForCounter("worker1", "send", "1");
            }
            if (i == 6) {
                ui.waitForCounter("client1", "receive", "1");
            }
            robot.push(keys.get(i));
            ui.settle();
        }
    }

    private record Counts(AtomicInteger rootPasses, AtomicInteger kernelTable) {
    }

    /** Lets the window settle (the last steps' highlights faded), then counts layout requests while nothing happens for {@link #IDLE_SECONDS}. */
    private Counts watchIdle() throws InterruptedException {
        ui.settle();
        ui.waitUntil("every highlight of the last steps has faded", () -> ui.window.root().lookupAll("*").stream()
                .noneMatch(n -> n.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("renewed"))
                        || n.getStyleClass().contains("flash")
                        || n.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("flash"))));
        // the Kernel tab is built when it first shows: built once, then hidden behind the Code tab
        ui.showTab("kernelTab");
        ui.showTab("codeTab");
        ui.settle();
        Counts counts = new Counts(new AtomicInteger(), new AtomicInteger());
        WindowDriver.fx(() -> {
            Parent root = ui.window.root();
            root.layout(); // whatever the steps left to do is done before counting
            root.needsLayoutProperty().addListener((o, was, now) -> {
                if (now) {
                    counts.rootPasses.incrementAndGet();
                }
            });
            ui.control("kernel-table").lookupAll("*").stream().filter(n -> n instanceof Parent)
                    .forEach(n -> ((Parent) n).needsLayoutProperty().addListener((o, was, now) -> {
                        if (now) {
                            counts.kernelTable.incrementAndGet();
                        }
                    }));
        });
        Thread.sleep(IDLE_SECONDS * 1000L); // the idle period being observed, not a wait for a condition
        WindowDriver.fx(() -> null); // the last pulse's requests are counted
        return counts;
    }

    private String kernelLine() {
        return WindowDriver.fx(() -> ((Label) ui.node("client1", "kernel-line")).getText());
    }

    @SuppressWarnings("unchecked")
    private List<KernelRow> tableRows() {
        return WindowDriver.fx(() -> List.copyOf(((TableView<KernelRow>) ui.control("kernel-table")).getItems()));
    }
}
