package org.socketlab.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A child process a test runs (the packaged player, {@code ip}, {@code ss}…) that cannot hang the build:
 * its output (stdout and stderr together) is read on a thread of its own, and every wait has a bound. A
 * child that does not end or print in time is killed, with its descendants, and the test fails saying
 * which command hung and what it had printed.
 */
public final class ChildProcess implements AutoCloseable {
    private static final String END = new String("end of output");

    private final String command;
    private final Process process;
    private final StringBuffer output = new StringBuffer();
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Thread reader;
    private boolean ended;

    /** What a finished child left: its exit status and all it printed. */
    public record Result(int exit, String output) {
        public List<String> lines() {
            return output.lines().toList();
        }
    }

    private ChildProcess(ProcessBuilder builder) {
        this.command = String.join(" ", builder.command());
        try {
            this.process = builder.redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + command, e);
        }
        this.reader = new Thread(this::read, "output of " + command);
        reader.setDaemon(true);
        reader.start();
    }

    public static ChildProcess start(ProcessBuilder builder) {
        return new ChildProcess(builder);
    }

    public static ChildProcess start(List<String> command) {
        return new ChildProcess(new ProcessBuilder(command));
    }

    /** Runs the command to its end, or fails once {@code bound} has passed (the child is killed). */
    public static Result run(Duration bound, List<String> command) {
        try (ChildProcess child = start(command)) {
            return child.finish(bound);
        }
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                output.append(line).append('\n');
                lines.add(line);
            }
        } catch (IOException e) {
            output.append("(reading the output failed: ").append(e).append(")\n");
        } finally {
            lines.add(END);
        }
    }

    /** The next line the child prints, or null once its output has ended; fails if none comes within {@code bound}. */
    public String nextLine(Duration bound) {
        if (ended) {
            return null;
        }
        String line;
        try {
            line = lines.poll(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw kill("was interrupted while waiting for a line");
        }
        if (line == null) {
            throw kill("printed no line within " + bound.toSeconds() + " s");
        }
        if (line == END) {
            ended = true;
            return null;
        }
        return line;
    }

    /** Waits for the child to end and its output to be read, at most {@code bound}; kills it and fails after. */
    public Result finish(Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        try {
            if (!process.waitFor(bound.toNanos(), TimeUnit.NANOSECONDS)) {
                throw kill("did not end within " + bound.toSeconds() + " s");
            }
            reader.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())) + 5_000);
            if (reader.isAlive()) {
                throw kill("ended, but something it started still holds its output open after "
                        + bound.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw kill("was interrupted while waiting for it to end");
        }
        return new Result(process.exitValue(), output.toString());
    }

    /**
     * Asks the child to stop as a service manager would: SIGTERM on Linux and macOS. Through its handle, so
     * that its output stays open to be read to the end ({@code Process.destroy()} closes it).
     */
    public void terminate() {
        process.toHandle().destroy();
    }

    /** Everything printed so far. */
    public String output() {
        return output.toString();
    }

    private AssertionError kill(String what) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new AssertionError(command + " " + what + " and was killed; its output so far:\n" + output);
    }

    /** Kills the child (and what it started) if it still runs: a failed test leaves no process behind. */
    @Override
    public void close() {
        if (process.isAlive() || process.descendants().findAny().isPresent()) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
