package org.socketlab.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.socketlab.engine.Lab;
import org.socketlab.engine.LabSettings;
import org.socketlab.engine.Operation;
import org.socketlab.ui.cards.SocketViewModel;

/**
 * What the window's view models keep for each idle connected worker (a classroom: 30 students connect
 * to the teacher's server). Measured as heap growth after garbage collection; the bound is the one the
 * window must keep, 1 MiB per idle worker. The panels themselves are measured with the window.
 */
class ViewModelMemoryTest {
    private static final int WORKERS = 30;
    private static final long BOUND_PER_WORKER = 1024 * 1024;

    @Test
    void anIdleConnectedWorkerCostsTheViewModelsLessThanOneMebibyte() {
        QueueExecutor uiThread = new QueueExecutor();
        Lab lab = Lab.start(LabSettings.defaults().withPort(0));
        LabViewModel vm = new LabViewModel(lab, ResourceBundle.getBundle("i18n.messages"),
                (delay, action) -> uiThread.execute(action));
        lab.addListener(new UiBridge(uiThread, vm::apply));
        try {
            vm.runNumbered(1);
            vm.runNumbered(2);
            settle(lab, uiThread);
            long before = usedAfterGc();
            for (int i = 1; i < WORKERS; i++) {
                vm.addClient();
            }
            settle(lab, uiThread);
            for (SocketViewModel client : vm.clients()) {
                client.perform(Operation.INIT);
                client.perform(Operation.CONNECT);
            }
            settle(lab, uiThread);
            for (int i = 0; i < WORKERS; i++) {
                vm.runNumbered(5);
            }
            settle(lab, uiThread);
            assertThat(vm.workers()).hasSize(WORKERS);
            long perWorker = (usedAfterGc() - before) / WORKERS;
            System.out.printf("view-model heap per idle connected worker (with its client): %d bytes%n", perWorker);
            assertThat(perWorker).isLessThan(BOUND_PER_WORKER);
        } finally {
            vm.close();
        }
    }

    private static void settle(Lab lab, QueueExecutor uiThread) {
        assertThat(lab.awaitQuiet(Duration.ofMillis(50), Duration.ofSeconds(20))).as("the lab went quiet").isTrue();
        uiThread.drain();
    }

    private static long usedAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
