package org.socketlab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.socketlab.os.OsKind;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The class archive of a jar's window JVM ({@link WindowClassArchive}): which starts write it, which map it, where
 * it is kept; and, with real JVMs started from a jar, that the first start writes it and the second maps from it.
 */
class WindowClassArchiveTest {
    private static final String RUNTIME = "/opt/jdk 17.0.15+6";
    private static final long PID = 4242;

    @Test
    void theFirstStartWritesTheArchiveBesideItAndALaterOneMapsIt(@TempDir Path dir) throws IOException {
        Path jar = Files.writeString(dir.resolve("socketlab.jar"), "jar");
        Map<String, String> env = Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString());
        WindowClassArchive first = archive(env, List.of(), jar).orElseThrow();
        Path archive = first.archive();
        assertThat(archive.getParent()).isEqualTo(dir.resolve("cache/socketlab"));
        assertThat(archive.getFileName().toString()).matches("jar-[0-9a-f]{8}\\.jsa");
        Path written = first.written().orElseThrow();
        assertThat(written.getFileName().toString()).isEqualTo(archive.getFileName() + "." + PID + ".tmp");
        assertThat(first.options()).containsExactly("-XX:ArchiveClassesAtExit=" + written, "-Xlog:cds*=off");

        Files.writeString(archive, "an archive");
        WindowClassArchive later = archive(env, List.of(), jar).orElseThrow();
        assertThat(later.written()).isEmpty();
        assertThat(later.options()).containsExactly("-XX:SharedArchiveFile=" + archive, "-Xshare:auto",
                "-Xlog:cds*=off");
    }

    @Test
    void withoutXdgCacheHomeTheCacheIsInTheHomeFolder() {
        assertThat(WindowClassArchive.cache(Map.of(), "/home/kim")).isEqualTo(Path.of("/home/kim/.cache/socketlab"));
        assertThat(WindowClassArchive.cache(Map.of("XDG_CACHE_HOME", "relative"), "/home/kim"))
                .isEqualTo(Path.of("/home/kim/.cache/socketlab"));
        assertThat(WindowClassArchive.cache(Map.of("XDG_CACHE_HOME", "/var/cache/kim"), "/home/kim"))
                .isEqualTo(Path.of("/var/cache/kim/socketlab"));
    }

    @Test
    void aRebuiltJarOrAnotherRuntimeGetsAnArchiveOfItsOwn(@TempDir Path dir) throws IOException {
        Path jar = Files.writeString(dir.resolve("socketlab.jar"), "jar");
        String key = WindowClassArchive.key(List.of(jar), RUNTIME);
        assertThat(WindowClassArchive.key(List.of(jar), RUNTIME)).isEqualTo(key);
        assertThat(WindowClassArchive.key(List.of(jar), "/opt/jdk 17.0.16+8")).isNotEqualTo(key);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
        String older = WindowClassArchive.key(List.of(jar), RUNTIME);
        assertThat(older).isNotEqualTo(key);
        Files.writeString(jar, "jar, rebuilt");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
        assertThat(WindowClassArchive.key(List.of(jar), RUNTIME)).isNotEqualTo(older);
    }

    @Test
    void switchedOffTheUsersOwnSharingOrAnotherSystemLeaveItOut(@TempDir Path dir) throws IOException {
        Path jar = Files.writeString(dir.resolve("socketlab.jar"), "jar");
        Map<String, String> env = Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString());
        assertThat(archive(env, List.of("-Xmx300m", "-Dprism.order=sw"), jar)).isPresent();
        for (String own : List.of("-Xshare:off", "-XX:SharedArchiveFile=/tmp/mine.jsa", "-XX:ArchiveClassesAtExit=a.jsa",
                "-XX:-UseSharedSpaces")) {
            assertThat(archive(env, List.of(own), jar)).as(own).isEmpty();
        }
        Map<String, String> off = Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString(), WindowClassArchive.SWITCH,
                "off");
        assertThat(archive(off, List.of(), jar)).isEmpty();
        for (OsKind os : List.of(OsKind.WINDOWS, OsKind.MACOS, OsKind.OTHER)) {
            assertThat(WindowClassArchive.of(os, env, "/home/kim", List.of(), List.of(jar), RUNTIME, PID)).as(os.name())
                    .isEmpty();
        }
    }

    @Test
    void anArchiveTheRuntimeRefusesIsNotKept(@TempDir Path dir) throws IOException {
        Path jar = Files.writeString(dir.resolve("socketlab.jar"), "jar");
        WindowClassArchive first = archive(Map.of("XDG_CACHE_HOME", dir.toString()), List.of(), jar).orElseThrow();
        Path written = first.written().orElseThrow();
        Files.write(written, new byte[4096]); // as a JVM killed while writing it may leave it
        first.settle(java(), jar.toString());
        assertThat(written).doesNotExist();
        assertThat(first.archive()).doesNotExist();
    }

    @Test
    void whatADeadJvmLeftHalfWrittenIsRemovedWhatARunningOneWritesIsNot(@TempDir Path dir) throws IOException {
        Path jar = Files.writeString(dir.resolve("socketlab.jar"), "jar");
        Path cache = Files.createDirectories(dir.resolve("socketlab"));
        Path running = Files.writeString(cache.resolve("jar-00000001.jsa." + ProcessHandle.current().pid() + ".tmp"),
                "being written");
        Path dead = Files.writeString(cache.resolve("jar-00000002.jsa." + Long.MAX_VALUE + ".tmp"), "left over");
        assertThat(archive(Map.of("XDG_CACHE_HOME", dir.toString()), List.of(), jar)).isPresent();
        assertThat(running).exists();
        assertThat(dead).doesNotExist();
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aJarsWindowJvmWritesTheArchiveAtItsFirstEndAndMapsItsClassesFromItNextTime(@TempDir Path dir)
            throws Exception {
        Path jar = standInJar(dir.resolve("app.jar"));
        Path cache = dir.resolve("cache");
        Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString());
        String window = WindowJvmTest.Reports.class.getName();

        assertThat(exitOf(WindowJvmTest.start(jar.toString(), env, List.of(), window)))
                .isEqualTo(WindowJvmTest.HAS_OPTIONS);
        List<Path> kept = files(cache.resolve("socketlab"));
        assertThat(kept).hasSize(1);
        assertThat(kept.get(0).getFileName().toString()).matches("jar-[0-9a-f]{8}\\.jsa");

        // the user's own -Xlog reaches both JVMs (%p: each its own file); the window's loads its class from the archive
        String log = dir.resolve("classes-%p.log").toString();
        assertThat(exitOf(WindowJvmTest.start(jar.toString(), env, List.of("-Xlog:class+load=info:file=" + log),
                window))).isEqualTo(WindowJvmTest.HAS_OPTIONS);
        List<String> mapped;
        try (Stream<Path> logs = Files.list(dir)) {
            mapped = logs.filter(p -> p.getFileName().toString().startsWith("classes-")).flatMap(p -> {
                try {
                    return Files.readAllLines(p).stream();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).filter(line -> line.contains("source: shared objects file (top)")).toList();
        }
        assertThat(mapped).anyMatch(line -> line.contains(" " + window + " "));
        assertThat(files(cache.resolve("socketlab"))).isEqualTo(kept);
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aWindowEndedByASignalToTheFirstJvmStillLeavesItsArchive(@TempDir Path dir) throws Exception {
        Path jar = standInJar(dir.resolve("app.jar"));
        Path cache = dir.resolve("cache");
        Path pidFile = dir.resolve("window.pid");
        Process first = WindowJvmTest.start(jar.toString(), Map.of("XDG_CACHE_HOME", cache.toString()), List.of(),
                WindowJvmTest.Stays.class.getName(), pidFile.toString());
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(pidFile) && Files.size(pidFile) > 0);
            first.destroy(); // SIGTERM, as a terminal's close or `kill` sends
            assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            first.descendants().forEach(ProcessHandle::destroyForcibly);
            first.destroyForcibly();
        }
        List<Path> kept = files(cache.resolve("socketlab"));
        assertThat(kept).hasSize(1);
        assertThat(kept.get(0).getFileName().toString()).matches("jar-[0-9a-f]{8}\\.jsa");
    }

    private static Optional<WindowClassArchive> archive(Map<String, String> env, List<String> jvmArguments, Path jar) {
        return WindowClassArchive.of(OsKind.LINUX, env, "/nonexistent", jvmArguments, List.of(jar), RUNTIME, PID);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int exitOf(Process p) {
        return assertTimeoutPreemptively(Duration.ofSeconds(180), () -> p.waitFor());
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    /**
     * A jar of what the stand-in windows need ({@link WindowJvmTest.Relaunches}, {@link WindowJvmTest.Reports},
     * {@link WindowJvmTest.Stays}, the relaunch and the archive): a class archive holds classes from jars only, not from the build's folders.
     */
    private static Path standInJar(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            for (Class<?> type : List.of(WindowJvm.class, WindowClassArchive.class, OsKind.class,
                    WindowJvmTest.Relaunches.class, WindowJvmTest.Reports.class, WindowJvmTest.Stays.class)) {
                Path folder = Path.of(type.getProtectionDomain().getCodeSource().getLocation().getPath());
                Path packageFolder = folder.resolve(type.getPackageName().replace('.', '/'));
                String outer = type.getName().substring(type.getPackageName().length() + 1);
                try (Stream<Path> classes = Files.list(packageFolder)) {
                    for (Path file : classes.filter(p -> p.getFileName().toString().equals(outer + ".class")
                            || p.getFileName().toString().startsWith(outer + "$")).toList()) {
                        out.putNextEntry(new JarEntry(folder.relativize(file).toString()));
                        Files.copy(file, out);
                        out.closeEntry();
                    }
                }
            }
        }
        return jar;
    }
}
