package org.socketlab.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A virtual X server for the benchmark's windows; refuses a display another program holds. */
final class Xvfb implements AutoCloseable {
    /** The screen the benchmarks use unless -Dbench.screen says otherwise: a common classroom laptop's. */
    static final String SCREEN = "1366x768x24";
    private final Process process;
    final String display;
    final String screen;

    private Xvfb(Process process, String display, String screen) {
        this.process = process;
        this.display = display;
        this.screen = screen;
    }

    static Xvfb start(String display, String screen, Path log) throws IOException, InterruptedException {
        String number = display.substring(display.indexOf(':') + 1);
        if (Files.exists(Path.of("/tmp/.X" + number + "-lock"))) {
            throw new IllegalStateException("display " + display + " is in use (/tmp/.X" + number
                    + "-lock): choose another with -Dbench.display=:N");
        }
        Process p = new ProcessBuilder("Xvfb", display, "-screen", "0", screen, "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Path socket = Path.of("/tmp/.X11-unix/X" + number);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!Files.exists(socket)) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                p.destroy();
                throw new IllegalStateException("Xvfb " + display + " did not start; see " + log);
            }
            Thread.sleep(100);
        }
        Xvfb x = new Xvfb(p, display, screen);
        Runtime.getRuntime().addShutdownHook(new Thread(x::stop));
        return x;
    }

    private void stop() {
        process.destroy();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
