package org.socketlab.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A window in a JVM of its own on the benchmark's X display, spoken to through {@link ControlLine}. Its
 * output (the toolkit's verbose lines included) goes to a log file; the lines naming the pipeline and the
 * GTK library it loaded are kept for the report.
 */
final class WindowProcess implements AutoCloseable {
    private static final long ANSWER_SECONDS = 60;
    private final Process process;
    private final PrintWriter commands;
    private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
    private final List<String> platform = new ArrayList<>();
    private String toolkit = "toolkit unknown";

    WindowProcess(String display, List<String> jvmFlags, String mainClass, List<String> args, Path log)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DISPLAY", display);
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().put("GDK_BACKEND", "x11");
        process = builder.start();
        commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        Writer logFile = Files.newBufferedWriter(log, StandardCharsets.UTF_8);
        Thread reader = new Thread(() -> read(logFile), "bench-output-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    private void read(Writer log) {
        try (log; var in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                log.write(line + System.lineSeparator());
                if (line.startsWith(ControlLine.PREFIX)) {
                    answers.add(line.substring(ControlLine.PREFIX.length()));
                } else if (line.contains("Glass GTK library to load") || line.startsWith("Initialized prism pipeline")
                        || line.startsWith("OpenGL") || line.contains("GL_RENDERER") || line.contains("Graphics Vendor")
                        || line.contains("Renderer:")) {
                    synchronized (platform) {
                        platform.add(line.strip());
                    }
                }
            }
        } catch (IOException e) {
            answers.add("failed " + e);
        }
    }

    /**
     * Waits for the window to announce itself; returns its size ({@code WIDTHxHEIGHT}). The toolkit it
     * named is kept ({@link #toolkit()}).
     */
    String ready() throws InterruptedException {
        String ready = answer();
        if (!ready.startsWith("ready ")) {
            throw new IllegalStateException("the window did not open: " + ready);
        }
        String[] words = ready.split(" ", 3);
        toolkit = words.length > 2 ? words[2] : "toolkit unknown";
        return words[1];
    }

    /** The glass application and Prism pipeline the window announced, once {@link #ready()}. */
    String toolkit() {
        return toolkit;
    }

    long pid() {
        return process.pid();
    }

    /** The next answer; fails when none comes in a minute or the process ended. */
    String answer() throws InterruptedException {
        String answer = answers.poll(ANSWER_SECONDS, TimeUnit.SECONDS);
        if (answer == null) {
            throw new IllegalStateException("no answer from " + process.pid() + (process.isAlive() ? "" : " (ended)"));
        }
        return answer;
    }

    /** Sends a command and returns its answer, which must start with "ok". */
    String send(String command) throws InterruptedException {
        commands.println(command);
        String answer = answer();
        if (!answer.startsWith("ok")) {
            throw new IllegalStateException(command + ": " + answer);
        }
        return answer;
    }

    List<String> platform() {
        synchronized (platform) {
            return List.copyOf(platform);
        }
    }

    @Override
    public void close() throws InterruptedException {
        commands.println("quit");
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(15, TimeUnit.SECONDS);
        }
    }
}
