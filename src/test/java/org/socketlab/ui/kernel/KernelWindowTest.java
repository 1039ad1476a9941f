package org.socketlab.ui.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.socketlab.ui.window.WindowDriver;
import org.socketlab.ui.window.WindowTestBase;

/** The kernel's view in the real window: the cards' kernel lines and the Kernel tab, on real loopback sockets. */
class KernelWindowTest extends WindowTestBase {
    @Test
    void theCardsAndTheKernelTabShowTheConnectionWaitingForAccept(FxRobot robot) {
        assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")), "no /proc/net/tcp here: the kernel view is inferred");
        for (KeyCode key : List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4)) {
            robot.push(key);
            ui.settle();
        }
        ui.waitUntil("the server's accept queue holds client1's connection",
                () -> kernelLine("server").endsWith("accept\u00a0queue\u00a01\u00a0of\u00a0100"));
        ui.waitUntil("client1 established in the kernel", () -> kernelLine("client1").contains("ESTABLISHED"));
        String queue = WindowDriver.fx(() -> ((Label) ui.node("server", "kernel-queue")).getText());
        assertThat(queue).startsWith("Handshake done, waiting for Accept: 127.0.0.1:");
        ui.showTab("kernelTab");
        ui.waitUntil("three rows in the Kernel tab", () -> rows().size() == 3);
        assertThat(rows()).extracting(KernelRow::who).containsExactly("server", "client1", "queued");
        assertThat(rows()).extracting(r -> r.kind()).containsExactly(KernelRow.Kind.SOCKET, KernelRow.Kind.SOCKET,
                KernelRow.Kind.QUEUED);

        robot.push(KeyCode.DIGIT5);
        ui.settle();
        ui.waitUntil("the queue emptied by Accept", () -> rows().size() == 3 && rows().get(2).who().equals("worker1"));
        assertThat(kernelLine("worker1")).isEqualTo("Kernel: ESTABLISHED · Send-Q\u00a00 · Recv-Q\u00a00");
        assertThat(WindowDriver.fx(() -> ui.node("server", "kernel-queue").isVisible())).isFalse();
    }

    private String kernelLine(String panel) {
        return WindowDriver.fx(() -> ((Label) ui.node(panel, "kernel-line")).getText());
    }

    @SuppressWarnings("unchecked")
    private List<KernelRow> rows() {
        return WindowDriver.fx(() -> List.copyOf(((TableView<KernelRow>) ui.control("kernel-table")).getItems()));
    }
}
