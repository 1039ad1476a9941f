package org.socketlab.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * How the benchmark drives a window in another JVM: one command a line on standard input, one answer a
 * line on standard output, prefixed {@value #PREFIX} so that it stands out from the toolkit's own output.
 * The reading thread ({@value #THREAD}) blocks in {@code read()} between commands, so it never wakes
 * while the benchmark measures.
 */
final class ControlLine {
    static final String PREFIX = "bench: ";
    static final String THREAD = "bench-control";

    private ControlLine() {
    }

    /**
     * Announces the shown stage ({@code ready WIDTHxHEIGHT}), then answers each line with what
     * {@code commands} returns; {@code quit} ends the application.
     */
    static void start(Stage stage, Function<String, String> commands) {
        Thread t = new Thread(() -> {
            say(onFx(() -> "ready " + Math.round(stage.getWidth()) + "x" + Math.round(stage.getHeight())
                    + " " + toolkit()));
            var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            try {
                for (String line = in.readLine(); line != null && !line.equals("quit"); line = in.readLine()) {
                    say(commands.apply(line.trim()));
                }
            } catch (IOException | RuntimeException e) {
                say("failed " + e);
            }
            Platform.exit();
        }, THREAD);
        t.setDaemon(true);
        t.start();
    }

    /** The glass application and the Prism pipeline in use (internal classes, so read by reflection). */
    private static String toolkit() {
        try {
            Object glass = Class.forName("com.sun.glass.ui.Application").getMethod("GetApplication").invoke(null);
            Object prism = Class.forName("com.sun.prism.GraphicsPipeline").getMethod("getPipeline").invoke(null);
            return glass.getClass().getName() + " " + prism.getClass().getName();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "toolkit unknown (" + e + ")";
        }
    }

    static void say(String answer) {
        System.out.println(PREFIX + answer);
        System.out.flush();
    }

    /** Runs the action on the FX thread and waits for its answer (so the FX thread has handled all before it). */
    static <T> T onFx(java.util.function.Supplier<T> action) {
        CountDownLatch done = new CountDownLatch(1);
        Object[] answer = new Object[1];
        Platform.runLater(() -> {
            try {
                answer[0] = action.get();
            } finally {
                done.countDown();
            }
        });
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        @SuppressWarnings("unchecked")
        T t = (T) answer[0];
        return t;
    }
}
