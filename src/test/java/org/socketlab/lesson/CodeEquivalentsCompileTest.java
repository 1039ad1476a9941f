package org.socketlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socketlab.cli.ChildProcess;

/**
 * The code equivalents the narration panel shows must be real code: every Java snippet is compiled with
 * javac, every C snippet with gcc, every C# snippet with mcs (when Mono's compiler is installed), each inside
 * a method whose parameters are exactly what the step may take from earlier steps, so a snippet that uses a
 * variable nobody declared does not compile. MFC needs Windows; its snippets are checked for known mistakes.
 */
class CodeEquivalentsCompileTest {
    private static final ResourceBundle CODE = ResourceBundle.getBundle("org.socketlab.lesson.code-equivalents");

    /** What a step's snippet may assume from earlier steps, as Java, C and C# parameter lists. */
    private record Context(String java, String c, String csharp) {}

    private static final String STREAM_KEY = "SocketChannel channel, Selector selector";

    /** Per step ({@code <family>.<op>}); init steps get only the selector, the rest what init and earlier steps made. */
    private static final Map<String, Context> CONTEXTS = Map.ofEntries(
            Map.entry("server.init", new Context("Selector selector", "", "")),
            Map.entry("server.listen", new Context(
                    "ServerSocketChannel server, SelectionKey key, String host, int port, int backlog",
                    "int s, struct sockaddr_in addr, int backlog", "Socket server, string host, int port, int backlog")),
            Map.entry("server.accept", new Context("ServerSocketChannel server, Selector selector", "int s", "Socket server")),
            Map.entry("server.close", new Context("ServerSocketChannel server, SelectionKey key, Selector selector",
                    "int s", "Socket server")),
            Map.entry("client.init", new Context("Selector selector", "", "")),
            Map.entry("client.connect", new Context("SocketChannel client, SelectionKey key, String host, int port",
                    "int c, struct sockaddr_in addr", "Socket client, string host, int port")),
            Map.entry("stream.send", new Context("SocketChannel channel, byte[] bytes",
                    "int fd, const char *buf, size_t len", "Socket socket, byte[] bytes")),
            Map.entry("stream.receive", new Context("SocketChannel channel, int size",
                    "int fd, char *buf, size_t size", "Socket socket, byte[] buffer")),
            Map.entry("stream.shutdown", new Context("SocketChannel channel", "int fd", "Socket socket")),
            Map.entry("stream.close", new Context(STREAM_KEY, "int fd", "Socket socket")),
            Map.entry("stream.abort", new Context(STREAM_KEY, "int fd", "Socket socket")));

    private static final String C_PROLOGUE = """
            #define _GNU_SOURCE
            #include <fcntl.h>
            #include <netinet/in.h>
            #include <stddef.h>
            #include <sys/socket.h>
            #include <sys/types.h>
            #include <unistd.h>
            """;

    private static String snippet(String step, String language) {
        return CODE.getString("code." + step + "." + language);
    }

    @Test
    void everyStepInTheBundleHasACompileContextAndAllFourLanguages() {
        TreeSet<String> steps = CODE.keySet().stream().filter(k -> k.startsWith("code."))
                .map(k -> k.substring("code.".length(), k.lastIndexOf('.'))).collect(Collectors.toCollection(TreeSet::new));
        assertThat(steps).containsExactlyInAnyOrderElementsOf(CONTEXTS.keySet());
        for (String step : steps) {
            for (String language : CodeEquivalents.LANGUAGES) {
                assertThat(CODE.containsKey("code." + step + "." + language)).as("%s.%s", step, language).isTrue();
            }
        }
    }

    @Test
    void javaSnippetsCompile(@TempDir Path out) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac).as("the JDK's compiler (tests run on a JDK)").isNotNull();
        Map<String, String> errors = new TreeMap<>();
        CONTEXTS.forEach((step, context) -> {
            String source = "import java.net.*;\nimport java.nio.*;\nimport java.nio.channels.*;\n\nclass Snippet {\n"
                    + "    void run(" + context.java() + ") throws Exception {\n" + snippet(step, "java") + "\n    }\n}\n";
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///Snippet.java"), JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return source;
                }
            };
            boolean ok = javac.getTask(null, null, diagnostics, List.of("-proc:none", "-d", out.toString()), null,
                    List.of(file)).call();
            if (!ok) {
                errors.put(step, diagnostics.getDiagnostics().stream()
                        .map(d -> "line " + d.getLineNumber() + ": " + d.getMessage(null))
                        .collect(Collectors.joining("\n")) + "\n--- compiled ---\n" + source);
            }
        });
        assertThat(errors).as("Java snippets that do not compile").isEmpty();
    }

    @Test
    void cSnippetsCompileWithGcc(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("gcc"), "gcc is not installed (apt-get install gcc): the C snippets are not compiled");
        Map<String, String> errors = new TreeMap<>();
        for (var e : CONTEXTS.entrySet()) {
            String params = e.getValue().c().isEmpty() ? "void" : e.getValue().c();
            Path file = dir.resolve(e.getKey() + ".c");
            Files.writeString(file, C_PROLOGUE + "\nvoid snippet(" + params + ") {\n" + snippet(e.getKey(), "c") + "\n}\n");
            // Unused variables are expected: a snippet shows one call and keeps its result for the next step.
            Result r = run(List.of("gcc", "-std=c11", "-fsyntax-only", "-Wall", "-Werror", "-Wno-unused-variable",
                    "-Wno-unused-but-set-variable", file.toString()));
            if (r.exit() != 0) {
                errors.put(e.getKey(), r.output() + "--- compiled ---\n" + Files.readString(file));
            }
        }
        assertThat(errors).as("C snippets that gcc rejects").isEmpty();
    }

    @Test
    void csharpSnippetsCompileWithMcs(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("mcs"), "mcs is not installed (apt-get install mono-mcs): the C# snippets are not compiled");
        List<String> command = new ArrayList<>(List.of("mcs", "-target:library", "-out:" + dir.resolve("snippets.dll")));
        for (var e : CONTEXTS.entrySet()) {
            Path file = dir.resolve(e.getKey() + ".cs");
            Files.writeString(file, "using System;\nusing System.Net;\nusing System.Net.Sockets;\n\nstatic class Snippet_"
                    + e.getKey().replace('.', '_') + " {\n    static void Run(" + e.getValue().csharp() + ") {\n"
                    + snippet(e.getKey(), "csharp") + "\n    }\n}\n");
            command.add(file.toString());
        }
        Result r = run(command);
        assertThat(r.exit()).as("mcs on the C# snippets (files are named <family>.<op>.cs):\n%s", r.output()).isZero();
    }

    @Test
    void snippetsKeepTheFixesTheManualsAskFor() {
        // A send after the peer's RST must fail with EPIPE, not kill the C program with SIGPIPE.
        assertThat(snippet("stream.send", "c")).contains("MSG_NOSIGNAL");
        // Linux's accept() does not pass O_NONBLOCK on; accept4 sets it, as Java's configureBlocking(false) does.
        assertThat(snippet("server.accept", "c")).contains("accept4(").contains("SOCK_NONBLOCK");
        for (String step : CONTEXTS.keySet()) {
            String c = snippet(step, "c");
            if (c.contains("F_SETFL")) {
                assertThat(c).as("%s keeps the existing file flags", step).contains("F_GETFL");
            }
            // Create() registers for notifications (AsyncSelect); it posts none.
            assertThat(snippet(step, "mfc")).as(step).doesNotContain("posts");
        }
        // MFC's Create() already binds, so a later Bind() fails with WSAEINVAL.
        String mfcServer = snippet("server.init", "mfc") + "\n" + snippet("server.listen", "mfc");
        assertThat(mfcServer).as("MFC server init + listen")
                .satisfiesAnyOf(s -> assertThat(s).doesNotContain("Create("), s -> assertThat(s).doesNotContain("Bind("));
        // One click is exactly one write() or read().
        assertThat(count(snippet("stream.send", "java"), ".write(")).isEqualTo(1);
        assertThat(count(snippet("stream.receive", "java"), ".read(")).isEqualTo(1);
        // An accepted channel is blocking until told otherwise, and the worker joins the selector.
        assertThat(snippet("server.accept", "java")).contains("worker.configureBlocking(false)")
                .contains("worker.register(selector, SelectionKey.OP_WRITE)");
        // Java defers a registered channel's close() until the selector lets go of its key.
        for (String step : List.of("server.close", "stream.close", "stream.abort")) {
            assertThat(snippet(step, "java")).as(step).containsSubsequence(".cancel();", "selector.selectNow();", ".close();")
                    .doesNotContain("waits for the selector");
        }
        // The key register() returns is kept: closing the worker needs it.
        assertThat(snippet("server.accept", "java")).contains("SelectionKey workerKey = worker.register(");
        // accept4 is a GNU extension: the snippet says so.
        assertThat(snippet("server.accept", "c")).contains("_GNU_SOURCE");
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private record Result(int exit, String output) {}

    private static Result run(List<String> command) {
        ChildProcess.Result done = ChildProcess.run(Duration.ofMinutes(2), command);
        return new Result(done.exit(), done.output());
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
