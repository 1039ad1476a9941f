package org.socketlab.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Wake-ups of another process's threads over a period, from Linux's {@code /proc/PID/task/TID/status}: a
 * wake-up is a context switch, voluntary (the thread blocked and was woken) or not (it was preempted). Each
 * thread is named by {@code /proc/PID/task/TID/comm} (the Java thread name, cut to 15 characters). The
 * threads are read again every {@link #POLL_MILLIS} ms, so a thread that ends during the period keeps what
 * it had counted until its last reading; one started during the period counts from 0.
 */
final class ThreadWakeups {
    static final long POLL_MILLIS = 500;
    /** The kernel keeps a thread's name in 16 bytes, the last one a NUL. */
    static final int COMM_LENGTH = 15;

    private ThreadWakeups() {
    }

    /** What was counted over one period: the wake-ups per thread name (threads of one name added up). */
    record Period(double seconds, Map<String, Long> byName, Map<String, Long> voluntaryByName, int threadsEnded) {
        long total() {
            return byName.values().stream().mapToLong(Long::longValue).sum();
        }

        /** Wake-ups per second of the threads called {@code name} (a Java thread name, cut as comm cuts it). */
        double rate(String name) {
            return byName.getOrDefault(comm(name), 0L) / seconds;
        }

        double totalRate() {
            return total() / seconds;
        }

        /** Only the voluntary switches: the thread blocked and something woke it (no preemption). */
        double voluntaryRate(String name) {
            return voluntaryByName.getOrDefault(comm(name), 0L) / seconds;
        }
    }

    static String comm(String javaName) {
        return javaName.length() <= COMM_LENGTH ? javaName : javaName.substring(0, COMM_LENGTH);
    }

    /** Counts the wake-ups of process {@code pid}'s threads for {@code seconds}. */
    static Period measure(long pid, double seconds) throws IOException, InterruptedException {
        Map<Long, Count> first = read(pid);
        Map<Long, Count> last = new HashMap<>(first);
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        int ended = 0;
        while (System.nanoTime() < end) {
            Thread.sleep(Math.min(POLL_MILLIS, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
            Map<Long, Count> now = read(pid);
            for (Long tid : last.keySet()) {
                if (!now.containsKey(tid) && first.containsKey(tid)) {
                    ended++;
                }
            }
            last.putAll(now);
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        Map<String, Long> byName = new TreeMap<>();
        Map<String, Long> voluntary = new TreeMap<>();
        last.forEach((tid, count) -> {
            Count before = first.getOrDefault(tid, new Count(count.name, 0, 0));
            byName.merge(count.name, count.switches() - before.switches(), Long::sum);
            voluntary.merge(count.name, count.voluntary - before.voluntary, Long::sum);
        });
        return new Period(elapsed, byName, voluntary, ended);
    }

    private record Count(String name, long voluntary, long involuntary) {
        long switches() {
            return voluntary + involuntary;
        }
    }

    private static Map<Long, Count> read(long pid) throws IOException {
        Map<Long, Count> threads = new HashMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks) {
                try {
                    String name = Files.readString(task.resolve("comm"), StandardCharsets.UTF_8).strip();
                    long voluntary = 0;
                    long involuntary = 0;
                    for (String line : Files.readAllLines(task.resolve("status"), StandardCharsets.UTF_8)) {
                        if (line.startsWith("voluntary_ctxt_switches:")) {
                            voluntary = Long.parseLong(line.substring(line.indexOf(':') + 1).strip());
                        } else if (line.startsWith("nonvoluntary_ctxt_switches:")) {
                            involuntary = Long.parseLong(line.substring(line.indexOf(':') + 1).strip());
                        }
                    }
                    threads.put(Long.parseLong(task.getFileName().toString()), new Count(name, voluntary, involuntary));
                } catch (NoSuchFileException e) {
                    // the thread ended between the listing and the reading
                } catch (IOException e) {
                    if (Files.exists(task)) {
                        throw e;
                    } // else: ended while being read (ESRCH)
                }
            }
        }
        return threads;
    }
}
