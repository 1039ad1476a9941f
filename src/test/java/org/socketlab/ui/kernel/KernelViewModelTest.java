package org.socketlab.ui.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.socketlab.engine.LabSettings;
import org.socketlab.engine.Operation;
import org.socketlab.engine.SocketState;
import org.socketlab.kernel.KernelReader;
import org.socketlab.kernel.KernelSampler;
import org.socketlab.kernel.TcpState;
import org.socketlab.ui.cards.SocketViewModel;
import org.socketlab.ui.window.ViewModelLab;

/**
 * The cards' kernel lines along the seven steps and a close, sampled as the window samples them: by a
 * {@link KernelSampler} on its own thread, handed to the (stand-in) UI thread; real loopback sockets.
 */
class KernelViewModelTest {
    @Test
    void theCardsFollowTheKernelThroughTheSevenStepsAndAClose() {
        assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")), "no /proc/net/tcp here: the kernel view is inferred");
        Set<String> threads = ConcurrentHashMap.newKeySet();
        try (ViewModelLab lab = new ViewModelLab(); KernelSampler sampler = new KernelSampler(KernelReader.system())) {
            sampler.addListener(view -> {
                threads.add(Thread.currentThread().getName());
                lab.uiThread.execute(() -> lab.vm.kernel().apply(view));
            });
            lab.lab.addListener(sampler);
            lab.keys(1, 2, 3, 4);
            String clientPort = lab.client1().addressesProperty().get().split(" ")[0];
            lab.waitUntil("the connection waiting in the accept queue", () -> line(lab.vm.server()).text()
                    .endsWith("accept\u00a0queue\u00a01\u00a0of\u00a0100"));
            assertThat(line(lab.vm.server()).queue()).contains(clientPort);
            lab.waitUntil("client1 established", () -> line(lab.client1()).state() == TcpState.ESTABLISHED);
            assertThat(line(lab.client1()).text()).isEqualTo("Kernel: ESTABLISHED · Send-Q\u00a00 · Recv-Q\u00a00");
            lab.keys(5, 6);
            lab.waitUntil("12 bytes in client1's Recv-Q", () -> line(lab.client1()).text().endsWith("Recv-Q\u00a012"));
            assertThat(line(lab.vm.server()).queue()).as("accepted: nothing waits").isEmpty();
            assertThat(sampler.timerRunning()).as("bytes waiting: sampled on a timer").isTrue();
            assertThat(line(lab.client1()).plain()).as("bytes waiting tell something new").isFalse();
            assertThat(line(lab.client1()).brief()).isEqualTo("Kernel: ESTABLISHED · Recv-Q\u00a012");
            lab.keys(7);
            lab.waitUntil("Recv-Q empty", () -> line(lab.client1()).text().endsWith("Recv-Q\u00a00"));
            lab.waitUntil("a stable lab leaves no timer running", () -> !sampler.timerRunning());
            assertThat(line(lab.client1()).plain()).as("connected and ESTABLISHED, queues empty").isTrue();

            lab.click(lab.client1(), Operation.CLOSE);
            // FIN_WAIT1 may show for a moment, until the worker's kernel acknowledges the FIN
            lab.waitUntil("client1 in FIN_WAIT2", () -> line(lab.client1()).state() == TcpState.FIN_WAIT2);
            KernelLine closing = line(lab.client1());
            assertThat(closing.afterClose()).as("closed by the lab, kept by the kernel").isTrue();
            assertThat(closing.text()).contains("FIN_WAIT2").contains("after close");
            assertThat(closing.moving()).isTrue();
            assertThat(sampler.timerRunning()).as("FIN_WAIT2 moves by itself: sampled on a timer").isTrue();
            lab.waitUntil("worker1 in CLOSE_WAIT", () -> line(lab.worker1()).state() == TcpState.CLOSE_WAIT);
            assertThat(line(lab.worker1()).meaning()).contains("close");
        }
        assertThat(threads).as("sampled off the selector thread").containsExactly(KernelSampler.THREAD_NAME);
    }

    @Test
    void aConnectWhoseSynAFullBacklogDroppedShowsSynSentOnItsCard() {
        assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")), "no /proc/net/tcp here: the kernel view is inferred");
        try (ViewModelLab lab = new ViewModelLab(LabSettings.defaults().withPort(0).withBacklog(1));
             KernelSampler sampler = new KernelSampler(KernelReader.system())) {
            sampler.addListener(view -> lab.uiThread.execute(() -> lab.vm.kernel().apply(view)));
            lab.lab.addListener(sampler);
            lab.keys(1, 2, 3, 4);
            SocketViewModel client2 = lab.vm.addClient();
            lab.click(client2, Operation.INIT);
            lab.click(client2, Operation.CONNECT);
            lab.waitUntil("two connections waiting: backlog + 1 on Linux", () -> line(lab.vm.server()).text()
                    .equals("Kernel: LISTEN · 2\u00a0waiting, backlog\u00a01: Linux allows one more than the backlog"));
            SocketViewModel client3 = lab.vm.addClient();
            lab.click(client3, Operation.INIT);
            lab.click(client3, Operation.CONNECT);
            lab.waitUntil("client3's card in SYN_SENT", () -> line(client3).state() == TcpState.SYN_SENT);
            assertThat(client3.phaseProperty().get()).as("the connect is under way").isEqualTo(SocketState.CONNECTING);
            assertThat(line(client3).text()).isEqualTo("Kernel: SYN_SENT · Send-Q\u00a01 · Recv-Q\u00a00");
            assertThat(line(client3).moving()).isTrue();
            assertThat(lab.vm.kernel().rows()).filteredOn(r -> r.who().equals("client3"))
                    .extracting(KernelRow::stateText).containsExactly("SYN_SENT");
        }
    }

    private static KernelLine line(SocketViewModel socket) {
        return socket.kernelProperty().get();
    }
}
