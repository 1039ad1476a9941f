package org.socketlab.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.socketlab.cli.ChildProcess;

/** A line on the machine a benchmark ran on: date, processors, kernel, Java, JavaFX, X server, GTK. */
final class Machine {
    private Machine() {
    }

    static String describe(String display, String screen, String started, String load) {
        String cpu = firstLine("/proc/cpuinfo", "model name");
        return String.join("; ", started, Runtime.getRuntime().availableProcessors() + " processors ("
                        + cpu.substring(cpu.indexOf(':') + 1).strip() + ")",
                "Linux " + System.getProperty("os.version"),
                "Java " + System.getProperty("java.vm.version") + " (" + System.getProperty("java.vm.vendor") + ")",
                "JavaFX " + javafx(), "Xvfb " + version("xvfb") + " on " + display + ", screen " + screen,
                "GTK " + version("libgtk-3-0"), load);
    }

    /** The date and time a run began, to the minute. */
    static String now() {
        return LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }

    /** E.g. {@code load 2.10 1.85 1.70} (the 1, 5 and 15 minute averages). */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return "load " + f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "load unknown";
        }
    }

    private static String javafx() {
        try {
            return (String) Class.forName("com.sun.javafx.runtime.VersionInfo").getMethod("getRuntimeVersion")
                    .invoke(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String firstLine(String file, String prefix) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(prefix)).findFirst()
                    .orElse(prefix + ": unknown");
        } catch (IOException e) {
            return prefix + ": unknown";
        }
    }

    /** The installed version of a Debian package (Xvfb itself has no option that prints it). */
    private static String version(String debianPackage) {
        try {
            ChildProcess.Result done = ChildProcess.run(Duration.ofSeconds(10),
                    List.of("dpkg-query", "-W", "-f=${Version}", debianPackage));
            String text = done.output().strip();
            return done.exit() == 0 && !text.isEmpty() ? text : "unknown";
        } catch (UncheckedIOException | AssertionError e) {
            return "unknown"; // no dpkg-query, or it hung (and was killed)
        }
    }
}
