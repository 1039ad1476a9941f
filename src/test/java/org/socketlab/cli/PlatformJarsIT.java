package org.socketlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The platform jars that {@code mvn package} writes beside socketlab.jar, {@code target/socketlab-<os>-<arch>.jar}:
 * each carries the native libraries of its own platform and no other's, JavaFX's (at the jar's root) and JNA's
 * ({@code com/sun/jna/<os-arch>/}), each known by the machine its header names (ELF, Mach-O or PE), not by its
 * file name; each holds its own OS's JavaFX classes ({@code com.sun.glass.ui.<os>}); and the jar of the platform
 * the tests run on loads those libraries and plays the seed's steps with {@code java -jar}.
 */
class PlatformJarsIT {
    private static final Path WORK = Path.of("target", "platform-jars-it");
    private static final List<String> GLASS_PACKAGES = List.of("win", "mac", "gtk");
    private static final List<String> NATIVE_ENDINGS = List.of(".so", ".dll", ".dylib", ".jnilib", ".a");

    /** What a native library's header says it is made for: its file format and its machine. */
    record Binary(String format, String machine) {
        @Override
        public String toString() {
            return format + " " + machine;
        }
    }

    enum Platform {
        WINDOWS_X64("windows-x64", new Binary("PE", "x86-64"), "win32-x86-64", "win", "", ".dll"),
        MACOS_X64("macos-x64", new Binary("Mach-O", "x86-64"), "darwin-x86-64", "mac", "lib", ".dylib"),
        MACOS_AARCH64("macos-aarch64", new Binary("Mach-O", "aarch64"), "darwin-aarch64", "mac", "lib", ".dylib"),
        LINUX_X64("linux-x64", new Binary("ELF", "x86-64"), "linux-x86-64", "gtk", "lib", ".so"),
        LINUX_AARCH64("linux-aarch64", new Binary("ELF", "aarch64"), "linux-aarch64", "gtk", "lib", ".so");

        final String name;
        final Binary binary;
        final String jnaDirectory;
        final String glassPackage;
        private final String libraryPrefix;
        private final String librarySuffix;

        Platform(String name, Binary binary, String jnaDirectory, String glassPackage, String libraryPrefix,
                String librarySuffix) {
            this.name = name;
            this.binary = binary;
            this.jnaDirectory = jnaDirectory;
            this.glassPackage = glassPackage;
            this.libraryPrefix = libraryPrefix;
            this.librarySuffix = librarySuffix;
        }

        Path jar() {
            return Path.of("target", "socketlab-" + name + ".jar");
        }

        /** A library's file as this OS names it: glass is glass.dll, libglass.dylib or libglass.so. */
        String library(String name) {
            return libraryPrefix + name + librarySuffix;
        }

        /** The platform this JVM runs on, if it is one of the five. */
        static Optional<Platform> running() {
            String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
            String arch = switch (System.getProperty("os.arch")) {
                case "amd64", "x86_64" -> "x64";
                case "aarch64", "arm64" -> "aarch64";
                default -> "other";
            };
            String family = os.startsWith("windows") ? "windows" : os.startsWith("mac") ? "macos" : os;
            return Arrays.stream(values()).filter(p -> p.name.equals(family + "-" + arch)).findFirst();
        }
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void eachJarCarriesItsOwnPlatformsNativesAndNoOthers(Platform platform) throws IOException {
        assertThat(platform.jar()).as("mvn package writes it").isRegularFile();
        try (JarFile jar = new JarFile(platform.jar().toFile())) {
            Map<String, Binary> natives = natives(jar);
            assertThat(natives).as("the native libraries in %s", platform.jar())
                    .containsKeys(platform.library("glass"), platform.library("prism_sw"), platform.library("javafx_font"))
                    .allSatisfy((entry, binary) -> assertThat(binary).as(entry).isEqualTo(platform.binary));
            TreeSet<String> jnaDirectories = new TreeSet<>();
            natives.keySet().stream().filter(entry -> entry.startsWith("com/sun/jna/"))
                    .forEach(entry -> jnaDirectories.add(entry.substring(0, entry.lastIndexOf('/'))));
            assertThat(jnaDirectories).as("JNA's natives").containsExactly("com/sun/jna/" + platform.jnaDirectory);

            for (String glass : GLASS_PACKAGES) {
                boolean present = jar.stream().anyMatch(e -> e.getName().startsWith("com/sun/glass/ui/" + glass + "/"));
                assertThat(present).as("JavaFX's classes for %s in %s", glass, platform.jar())
                        .isEqualTo(glass.equals(platform.glassPackage));
            }
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo("org.socketlab.Launcher");
            assertThat(jar.getEntry("org/socketlab/Launcher.class")).isNotNull();
            assertThat(jar.getEntry("com/sun/jna/Native.class")).isNotNull();
        }
    }

    @Test
    void theJarOfThisPlatformLoadsItsNatives() throws Exception {
        Platform platform = thisPlatform();
        Path cache = Files.createDirectories(WORK.resolve(platform.name + "-natives"));
        String classPath = platform.jar() + File.pathSeparator
                + Path.of(LoadNatives.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Run run = run(List.of(java(), "-Djavafx.cachedir=" + cache.toAbsolutePath(), "-Djna.nosys=true",
                "-Djna.tmpdir=" + cache.toAbsolutePath(), "-cp", classPath, LoadNatives.class.getName(),
                "glass", "prism_sw", "javafx_font"));
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out().lines()).as(run.toString())
                .containsExactly("javafx glass", "javafx prism_sw", "javafx javafx_font", "jna " + platform.jnaDirectory + " 64-bit");
    }

    @Test
    void theJarOfThisPlatformPlaysTheSeedSteps() throws Exception {
        Platform platform = thisPlatform();
        Run run = run(List.of(java(), "-jar", platform.jar().toString(), "play", "--port", "0", "1", "2", "3", "4",
                "5", "6", "7"));
        assertThat(run.exit()).as(run.toString()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).as(run.toString()).hasSize(7);
        ObjectMapper json = new ObjectMapper();
        JsonNode send = json.readTree(lines.get(5));
        JsonNode receive = json.readTree(lines.get(6));
        assertThat(send.path("outcome").asText()).as(send.toString()).isEqualTo("ok");
        assertThat(receive.path("step").asText()).isEqualTo("client1.receive");
        assertThat(receive.path("data").asText()).as("what step 6 sent").isEqualTo(send.path("data").asText())
                .isNotEmpty();
        assertThat(receive.path("counters").path("client1").path("receive").asInt()).isEqualTo(1);
    }

    /**
     * Loads JavaFX's libraries named in args and JNA's, from the class path as the app does, and prints what
     * it loaded. Started by {@link #theJarOfThisPlatformLoadsItsNatives} with a platform jar first on the class path.
     */
    static final class LoadNatives {
        public static void main(String[] args) {
            for (String library : args) {
                com.sun.glass.utils.NativeLibLoader.loadLibrary(library);
                System.out.println("javafx " + library);
            }
            // Reading Native.POINTER_SIZE runs Native's static initialiser, which loads jnidispatch or throws.
            int pointerSize = com.sun.jna.Native.POINTER_SIZE;
            System.out.println("jna " + com.sun.jna.Platform.RESOURCE_PREFIX + " " + pointerSize * 8 + "-bit");
        }
    }

    private static Platform thisPlatform() {
        Optional<Platform> platform = Platform.running();
        assumeTrue(platform.isPresent(), "no platform jar is made for " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch"));
        assertThat(platform.get().jar()).as("mvn package writes it").isRegularFile();
        return platform.get();
    }

    /** Every entry of the jar that is a native library, by its name or by its header, and what it is made for. */
    private static Map<String, Binary> natives(JarFile jar) throws IOException {
        Map<String, Binary> natives = new TreeMap<>();
        for (ZipEntry entry : jar.stream().filter(e -> !e.isDirectory()).toList()) {
            byte[] head;
            try (InputStream in = jar.getInputStream(entry)) {
                head = in.readNBytes(4096);
            }
            Optional<Binary> binary = binary(head, entry.getName());
            if (binary.isPresent()) {
                natives.put(entry.getName(), binary.get());
            } else if (NATIVE_ENDINGS.stream().anyMatch(entry.getName()::endsWith)) {
                natives.put(entry.getName(), new Binary("unknown", "header"));
            }
        }
        return natives;
    }

    /**
     * What a header says: ELF's e_machine (62 x86-64, 183 aarch64), Mach-O's cputype (0x01000007 x86-64,
     * 0x0100000c arm64; a universal binary holds several), PE's COFF Machine (0x8664 x86-64, 0xaa64 arm64),
     * or an ar archive (AIX's libraries). Class files share the universal binary's magic and are no library.
     */
    static Optional<Binary> binary(byte[] head, String name) {
        ByteBuffer little = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer big = ByteBuffer.wrap(head).order(ByteOrder.BIG_ENDIAN);
        if (head.length >= 20 && big.getInt(0) == 0x7f454c46) {
            int machine = (head[5] == 2 ? big : little).getShort(18) & 0xffff;
            return Optional.of(new Binary("ELF", machine == 62 ? "x86-64" : machine == 183 ? "aarch64"
                    : "e_machine " + machine));
        }
        if (head.length >= 8 && (little.getInt(0) == 0xfeedfacf || little.getInt(0) == 0xfeedface)) {
            int cpu = little.getInt(4);
            return Optional.of(new Binary("Mach-O", cpu == 0x01000007 ? "x86-64" : cpu == 0x0100000c ? "aarch64"
                    : "cputype 0x" + Integer.toHexString(cpu)));
        }
        if (head.length >= 4 && big.getInt(0) == 0xcafebabe && !name.endsWith(".class")) {
            return Optional.of(new Binary("Mach-O", "universal"));
        }
        if (head.length >= 0x40 && head[0] == 'M' && head[1] == 'Z') {
            int pe = little.getInt(0x3c);
            if (pe > 0 && pe + 6 <= head.length && little.getInt(pe) == 0x4550) {
                int machine = little.getShort(pe + 4) & 0xffff;
                return Optional.of(new Binary("PE", machine == 0x8664 ? "x86-64" : machine == 0xaa64 ? "aarch64"
                        : "machine 0x" + Integer.toHexString(machine)));
            }
        }
        if (head.length >= 8 && new String(head, 0, 8, StandardCharsets.US_ASCII).equals("!<arch>\n")) {
            return Optional.of(new Binary("ar", "archive"));
        }
        return Optional.empty();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    record Run(List<String> command, int exit, String out, String err) {
        @Override
        public String toString() {
            return String.join(" ", command) + "\nexit " + exit + "\nstdout:\n" + out + "\nstderr:\n" + err;
        }
    }

    /** Runs a command with no display, its output in files, waiting at most two minutes. */
    private static Run run(List<String> command) throws IOException, InterruptedException {
        Files.createDirectories(WORK);
        Path out = Files.createTempFile(WORK, "out-", ".txt");
        Path err = Files.createTempFile(WORK, "err-", ".txt");
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command))
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("DISPLAY");
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            fail("did not end within 120 s: " + new Run(command, -1, Files.readString(out), Files.readString(err)));
        }
        return new Run(command, process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
