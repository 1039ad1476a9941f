package org.socketlab.ui.connections;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socketlab.engine.LabListener;
import org.socketlab.engine.LabUpdate;
import org.socketlab.engine.Role;
import org.socketlab.engine.SocketName;
import org.socketlab.ui.window.WindowDriver;
import org.socketlab.ui.window.WindowTestBase;

/**
 * A benchmark-style report, not a wall-clock assert: a server-only window with 200 accepted connections
 * (raw loopback sockets), and how long the FX thread takes to answer what happens to them — updates from
 * the lab, a broadcast to all 200, selecting rows (one card each time), sorting. Printed and written to
 * {@code target/connections-benchmark.txt}; the assertions check only that the table shows the 200.
 * Not part of {@code mvn verify} (the name does not end in Test): run it with
 * {@code mvn -o test-compile surefire:test -Dtest=ConnectionsTableBenchmark}.
 */
class ConnectionsTableBenchmark extends WindowTestBase {
    private static final int CONNECTIONS = 200;
    private final List<Socket> peers = new ArrayList<>();
    private final List<String> report = new ArrayList<>();
    private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    private long fxThread;
    private long fxCpuAtLastPhase;

    @AfterEach
    void closePeers() throws IOException {
        for (Socket s : peers) {
            s.close();
        }
    }

    /** From a batch of updates being published to the FX thread having applied it: one sample per batch. */
    private static final class AnswerProbe implements LabListener {
        final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        private final AtomicLong since = new AtomicLong();

        @Override
        public void onUpdate(LabUpdate update) {
            if (since.compareAndSet(0, System.nanoTime())) {
                Platform.runLater(() -> nanos.add(System.nanoTime() - since.getAndSet(0)));
            }
        }
    }

    /** How long each pulse spends on CSS and layout (the FX thread's share of a frame). */
    private static final class Pulses {
        long began;
        long longest;
        int count;
        int over16;

        void install(javafx.scene.Scene scene) {
            scene.addPreLayoutPulseListener(() -> began = System.nanoTime());
            scene.addPostLayoutPulseListener(() -> {
                long took = System.nanoTime() - began;
                longest = Math.max(longest, took);
                count++;
                over16 += took > 16_000_000 ? 1 : 0;
            });
        }
    }

    @Test
    void twoHundredConnectionsStayResponsive() throws IOException {
        WindowDriver.fx(() -> ui.window.model().settings().roleProperty().set(Role.SERVER));
        ui.waitUntil("a server-only lab", () -> ui.lab.settings().role() == Role.SERVER);
        WindowDriver.fx(() -> ui.window.model().runNumbered(1));
        WindowDriver.fx(() -> ui.window.model().runNumbered(2));
        ui.settle();
        String local = ui.lab.snapshot().socket(SocketName.SERVER).orElseThrow().local();
        int port = Integer.parseInt(local.substring(local.lastIndexOf(':') + 1));
        AnswerProbe probe = new AnswerProbe();
        Pulses frames = new Pulses();
        ui.lab.addListener(probe);
        WindowDriver.fx(() -> frames.install(stage.getScene()));
        fxThread = WindowDriver.fx(() -> Thread.currentThread().getId());
        fxCpuAtLastPhase = threads.getThreadCpuTime(fxThread);

        long start = System.nanoTime();
        while (peers.size() < CONNECTIONS) { // at most 50 waiting at a time: the backlog holds 100
            for (int i = 0; i < 50; i++) {
                peers.add(new Socket("127.0.0.1", port));
                WindowDriver.fx(() -> ui.window.model().runNumbered(5));
            }
            int now = peers.size();
            ui.waitUntil(now + " workers", () -> ui.window.model().workers().size() == now);
        }
        ui.settle();
        line("accept %d connections one by one: %.0f ms in all", CONNECTIONS, ms(System.nanoTime() - start));
        phase("  while accepting", probe, frames);

        @SuppressWarnings("unchecked")
        TableView<ConnectionRow> table = (TableView<ConnectionRow>) ui.control("workers-table");
        assertThat(WindowDriver.fx(() -> table.getItems().size())).isEqualTo(CONNECTIONS);

        WindowDriver.fx(() -> ui.window.model().classActions().broadcast());
        ui.waitUntil("200 sends counted", () -> table.getItems().stream().allMatch(r -> r.bytesOutProperty().get() > 0));
        ui.settle();
        phase("broadcast to all " + CONNECTIONS + " workers (200 Send results, one row update each)", probe, frames);

        for (int i = 0; i < CONNECTIONS; i += 10) {
            peers.get(i).getOutputStream().write("hello from a student\n".getBytes());
        }
        ui.waitUntil("20 rows with OnReceive", () -> table.getItems().stream()
                .filter(r -> r.receiveCount().get() == 1).count() == CONNECTIONS / 10);
        ui.settle();
        phase("20 peers write (OnReceive on 20 rows, lit and followed)", probe, frames);

        List<Long> select = new ArrayList<>();
        for (int i : new int[] {5, 6, 150, 5, 199, 6, 0}) {
            select.add(timed(() -> {
                table.getSelectionModel().select(i);
                table.getScene().getRoot().applyCss();
                table.getScene().getRoot().layout();
                return null;
            }));
        }
        line("select a row and lay the window out with its card (rows 5, 6, 150, 5 again, 199, 6 again, 0): %s ms",
                select.stream().map(n -> String.format(Locale.ROOT, "%.1f", ms(n))).toList());
        assertThat(ui.hasPanel("worker1")).isTrue();
        assertThat(ui.hasPanel("worker6")).as("the card of the row selected before is let go").isFalse();

        long before = retainedHeap();
        long walk = timed(() -> {
            for (int i = 0; i < CONNECTIONS; i++) {
                table.getSelectionModel().select(i);
                table.getScene().getRoot().layout();
            }
            return null;
        });
        ui.settle();
        line("select each of the %d rows in turn: %.0f ms; heap kept afterwards: %+.1f MB",
                CONNECTIONS, ms(walk), (retainedHeap() - before) / 1e6);

        long sort = timed(() -> {
            table.getSortOrder().setAll(List.of(table.getColumns().get(1)));
            table.getScene().getRoot().layout();
            return null;
        });
        line("sort %d rows by peer and lay out: %.1f ms", CONNECTIONS, ms(sort));
        ui.settle();
        phase("(sorting and selecting)", probe, frames);

        for (Socket s : peers) {
            s.close();
        }
        // OnClose waits for unread data to be read: the 20 rows with OnReceive get it after a Receive
        ui.waitUntil("OnClose on the rest", () -> table.getItems().stream()
                .allMatch(r -> r.closeCount().get() == 1 || r.receiveCount().get() == 1));
        ui.settle();
        phase("all " + CONNECTIONS + " peers close (OnClose on 180 rows)", probe, frames);
        System.out.println("---- closed");
        Path file = Path.of("target/connections-benchmark.txt");
        Files.writeString(file, String.join("\n", report) + "\n");
        System.out.println(String.join("\n", report));
    }

    private void phase(String what, AnswerProbe probe, Pulses frames) {
        List<Long> samples;
        synchronized (probe.nanos) {
            samples = new ArrayList<>(probe.nanos);
            probe.nanos.clear();
        }
        Collections.sort(samples);
        long[] pulses = WindowDriver.fx(() -> {
            long[] p = {frames.count, frames.longest, frames.over16};
            frames.count = 0;
            frames.longest = 0;
            frames.over16 = 0;
            return p;
        });
        long cpu = threads.getThreadCpuTime(fxThread);
        line("%s: FX thread busy %.0f ms (CPU); %d batches, published → applied: median %.1f ms, p95 %.1f ms,"
                        + " max %.1f ms; %d pulses, CSS + layout at most %.1f ms, %d over 16 ms", what,
                ms(cpu - fxCpuAtLastPhase), samples.size(), ms(at(samples, 0.5)), ms(at(samples, 0.95)),
                ms(at(samples, 1)), pulses[0], ms(pulses[1]), pulses[2]);
        fxCpuAtLastPhase = cpu;
    }

    private static long retainedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static long at(List<Long> sorted, double q) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size())));
    }

    private static long timed(Supplier<Void> work) {
        return WindowDriver.fx(() -> {
            long t0 = System.nanoTime();
            work.get();
            return System.nanoTime() - t0;
        });
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private void line(String format, Object... args) {
        report.add(String.format(Locale.ROOT, format, args));
    }
}
