package org.socketlab;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import org.socketlab.os.OsKind;

/**
 * The class archive of the window's JVM when a jar starts it ({@link WindowJvm#relaunch}), on Linux: the
 * classes the window loads (JavaFX's, the app's and its libraries') mapped from a file instead of read from
 * the jar and checked one by one. Java 17 can only write such an archive when a JVM ends
 * ({@code -XX:ArchiveClassesAtExit}) and ties it to the absolute path of the class path, so no build can ship
 * it: the window's first start writes it into {@code $XDG_CACHE_HOME/socketlab} ({@code ~/.cache/socketlab}),
 * named after the runtime and the class path's files, their sizes and times (a rebuilt or moved jar makes a new
 * one), and later starts map it with {@code -Xshare:auto} (an archive the JVM refuses only means a slower start).
 * <p>
 * The archive is written to a file of its own; when the window's JVM has ended, the runtime itself is asked to
 * map it ({@code -Xshare:on … -version}), and only then is it renamed into place: a half-written archive (a JVM
 * killed while writing it) is never mapped. {@code SOCKETLAB_CLASS_ARCHIVE=off}, or sharing options of the user's
 * own ({@code -Xshare}, {@code -XX:SharedArchiveFile}, …), leave it out. The image's script does the same for the
 * image (src/main/dist/socketlab). Only on Linux, the one system it was run on; a jar on Windows or macOS
 * relaunches without it.
 */
final class WindowClassArchive {
    /** The environment variable that, set to {@code off}, leaves the archive out (as for the image's script). */
    static final String SWITCH = "SOCKETLAB_CLASS_ARCHIVE";
    /** The user's own sharing options: with any of them, the window's JVM shares as the user said. */
    private static final List<String> USERS_SHARING = List.of("-Xshare", "-XX:SharedArchiveFile",
            "-XX:ArchiveClassesAtExit", "-XX:+AutoCreateSharedArchive", "-XX:SharedClassListFile",
            "-XX:DumpLoadedClassList", "-XX:-UseSharedSpaces", "-XX:+UseSharedSpaces");
    /** How many archives of other jars or runtimes the cache keeps beside the newest (each 25–30 MB). */
    private static final int KEPT = 2;
    private static final String PREFIX = "jar-";
    private static final String SUFFIX = ".jsa";
    private static final String WRITING = ".tmp";
    /** How long the runtime gets to say whether it maps a new archive. */
    private static final long CHECK_SECONDS = 60;

    private final Path archive;
    /** Where the window's JVM writes the archive at its end; {@code null} when it maps the archive. */
    private final Path written;
    private boolean settled;

    private WindowClassArchive(Path archive, Path written) {
        this.archive = archive;
        this.written = written;
    }

    /**
     * The archive of a window JVM of this runtime and class path, to map or to write; nothing when not on Linux,
     * switched off, when the user's JVM options share classes their own way, or when the cache cannot be made.
     */
    static Optional<WindowClassArchive> of(OsKind os, Map<String, String> env, String userHome,
            List<String> jvmArguments, List<Path> classPath, String runtime, long pid) {
        if (os != OsKind.LINUX || "off".equalsIgnoreCase(env.getOrDefault(SWITCH, ""))
                || jvmArguments.stream().anyMatch(a -> USERS_SHARING.stream().anyMatch(a::startsWith))
                || classPath.isEmpty()) {
            return Optional.empty();
        }
        try {
            Path cache = cache(env, userHome);
            Files.createDirectories(cache);
            Path archive = cache.resolve(PREFIX + key(classPath, runtime) + SUFFIX);
            if (Files.isRegularFile(archive) && Files.size(archive) > 0) {
                return Optional.of(new WindowClassArchive(archive, null));
            }
            if (!Files.isWritable(cache)) {
                return Optional.empty();
            }
            removeLeftOvers(cache);
            return Optional.of(new WindowClassArchive(archive, cache.resolve(archive.getFileName() + "." + pid + WRITING)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** {@code $XDG_CACHE_HOME/socketlab} when that is an absolute path, else {@code ~/.cache/socketlab}. */
    static Path cache(Map<String, String> env, String userHome) {
        String xdg = env.getOrDefault("XDG_CACHE_HOME", "");
        Path base = !xdg.isEmpty() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(userHome, ".cache");
        return base.resolve("socketlab");
    }

    /** The archive's name: a checksum of the runtime and of each class path file's path, size and time. */
    static String key(List<Path> classPath, String runtime) throws IOException {
        StringBuilder what = new StringBuilder(runtime).append('\n');
        for (Path entry : classPath) {
            what.append(entry.toAbsolutePath());
            if (Files.exists(entry)) {
                BasicFileAttributes file = Files.readAttributes(entry, BasicFileAttributes.class);
                what.append(' ').append(file.size()).append(' ').append(file.lastModifiedTime().toMillis());
            }
            what.append('\n');
        }
        CRC32 crc = new CRC32();
        crc.update(what.toString().getBytes(StandardCharsets.UTF_8));
        return String.format(Locale.ROOT, "%08x", crc.getValue());
    }

    /** The class path of this JVM as absolute paths: the archive holds them, so a start elsewhere still maps it. */
    static List<Path> classPath(String classPath) {
        List<Path> entries = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                entries.add(Path.of(entry).toAbsolutePath());
            }
        }
        return entries;
    }

    /** The window JVM's options: map the archive, or write it at the end. */
    List<String> options() {
        // -Xlog:cds*=off: the classes an archive cannot hold (picocli's, made for Java 5) are not worth a warning
        return written == null
                ? List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds*=off")
                : List.of("-XX:ArchiveClassesAtExit=" + written, "-Xlog:cds*=off");
    }

    /** The archive in place (mapped, or to be renamed to once written). */
    Path archive() {
        return archive;
    }

    /** Where the window's JVM writes the archive; nothing when it maps one. */
    Optional<Path> written() {
        return Optional.ofNullable(written);
    }

    /**
     * Once the window's JVM has ended: a written archive that {@code java} maps ({@code -Xshare:on}, class path
     * {@code classPath}) is renamed into place, any other is deleted. Once: the first caller does it, and a
     * second (the shutdown hook of a JVM told to end) waits until it is done, so the JVM does not end half-way.
     */
    synchronized void settle(String java, String classPath) {
        if (written == null || settled) {
            return;
        }
        settled = true;
        try {
            if (Files.isRegularFile(written) && Files.size(written) > 0 && maps(java, classPath)) {
                try {
                    Files.move(written, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(written, archive, StandardCopyOption.REPLACE_EXISTING);
                }
                keepNewest(archive.getParent());
            }
        } catch (IOException | RuntimeException e) {
            // no archive this time: the next start writes one again
        } finally {
            try {
                Files.deleteIfExists(written);
            } catch (IOException e) {
                // removed by a later start (removeLeftOvers)
            }
        }
    }

    /** Whether {@code java} maps the written archive: a JVM started with it must share or not start. */
    private boolean maps(String java, String classPath) {
        try {
            Process check = new ProcessBuilder(java, "-Xshare:on", "-XX:SharedArchiveFile=" + written,
                    "-XX:ErrorFile=/dev/null", "-XX:-CreateCoredumpOnCrash", "-cp", classPath, "-version")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!check.waitFor(CHECK_SECONDS, TimeUnit.SECONDS)) {
                check.destroyForcibly();
                return false;
            }
            return check.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Archives being written by JVMs that no longer run (killed while writing, or before settling). */
    private static void removeLeftOvers(Path cache) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(cache, PREFIX + "*" + SUFFIX + ".*" + WRITING)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                String pid = name.substring(name.lastIndexOf(SUFFIX + ".") + SUFFIX.length() + 1,
                        name.length() - WRITING.length());
                boolean running;
                try {
                    running = ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
                } catch (NumberFormatException e) {
                    running = false;
                }
                if (!running) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** Keeps the newest archive and {@link #KEPT} more: a jar rebuilt again and again leaves no trail. */
    private static void keepNewest(Path cache) throws IOException {
        List<Path> archives = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(cache, PREFIX + "*" + SUFFIX)) {
            files.forEach(archives::add);
        }
        archives.sort(Comparator.comparingLong((Path p) -> p.toFile().lastModified()).reversed());
        for (Path old : archives.subList(Math.min(archives.size(), KEPT + 1), archives.size())) {
            Files.deleteIfExists(old);
        }
    }
}
