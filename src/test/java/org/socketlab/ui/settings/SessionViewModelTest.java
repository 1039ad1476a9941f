package org.socketlab.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socketlab.engine.Counters;
import org.socketlab.engine.Lab;
import org.socketlab.engine.SocketName;
import org.socketlab.lesson.Lesson;
import org.socketlab.lesson.LessonFiles;
import org.socketlab.lesson.Lessons;
import org.socketlab.lesson.NarrationMarkdown;
import org.socketlab.ui.lesson.LessonViewModel;
import org.socketlab.ui.window.ViewModelLab;

/**
 * File ▸ Save session as lesson… and Export narration (Markdown)…, without a toolkit: the window's view
 * models on a real loopback lab; the saved lesson replayed in a fresh window ends where the session ended.
 */
class SessionViewModelTest {
    @TempDir
    Path dir;

    private static Map<SocketName, Counters> counters(Lab lab) {
        Map<SocketName, Counters> all = new TreeMap<>();
        lab.snapshot().sockets().forEach((name, view) -> all.put(name, view.counters()));
        return all;
    }

    /** Opens the lesson file in a fresh window and steps through it as the lesson bar's Step button does. */
    private static void replay(Path file, Map<SocketName, Counters> expected) {
        try (ViewModelLab fresh = new ViewModelLab()) {
            LessonViewModel lesson = fresh.vm.lesson();
            assertThat(lesson.openFile(file)).as(lesson.errorProperty().get()).isTrue();
            fresh.settle();
            while (lesson.nextProperty().get() != null) {
                lesson.step();
                fresh.settle();
            }
            fresh.waitUntil("the lesson's verdict", () -> lesson.promisesHeldProperty().get() != null);
            assertThat(lesson.promisesHeldProperty().get()).as(lesson.promisesProperty().get()).isTrue();
            assertThat(counters(fresh.lab)).isEqualTo(expected);
        }
    }

    @Test
    void theSevenStepsSavedAsALessonReplayInAFreshWindowToTheSameCounters() throws Exception {
        Path file = dir.resolve("monday.lesson");
        try (ViewModelLab window = new ViewModelLab()) {
            window.keys(1, 2, 3, 4, 5, 7, 6, 7);
            SessionViewModel session = window.vm.session();
            assertThat(session.stepsProperty().get()).isEqualTo(8);
            assertThat(session.saveLesson(file)).as(session.statusProperty().get()).isTrue();
            assertThat(session.failedProperty().get()).isFalse();
            assertThat(session.statusProperty().get()).contains("monday.lesson");

            String text = Files.readString(file);
            assertThat(text).startsWith("title: monday\n").contains("set: port=0\n", "set: send=time\n",
                    "step: client1.receive -> would-block\n", "step: worker1.send\n",
                    "expect: client1 accept=0 connect=1 send=1 receive=1 close=0 oob=0\n");
            Lesson lesson = LessonFiles.read(file);
            assertThat(lesson.steps()).hasSize(8);
            replay(file, counters(window.lab));
        }
    }

    @Test
    void aResetStartsTheSessionOverAndNothingSavedIsSaidNotThrown() {
        try (ViewModelLab window = new ViewModelLab()) {
            SessionViewModel session = window.vm.session();
            assertThat(session.saveLesson(dir.resolve("none.lesson"))).isFalse();
            assertThat(session.failedProperty().get()).isTrue();
            assertThat(session.statusProperty().get()).startsWith("Nothing to save yet");
            assertThat(session.exportNarration(dir.resolve("none.md"))).isFalse();
            assertThat(dir.resolve("none.lesson")).doesNotExist();

            window.keys(1, 2);
            assertThat(session.saveLesson(dir.resolve("no/such/dir/x.lesson"))).isFalse();
            assertThat(session.statusProperty().get()).startsWith("Could not save the session: ");
            assertThat(session.exportNarration(dir.resolve("no/such/dir/x.md"))).isFalse();
            assertThat(session.statusProperty().get()).startsWith("Could not export the narration: ");

            window.vm.reset();
            window.settle();
            assertThat(session.stepsProperty().get()).isZero();
            window.keys(3);
            assertThat(session.saveLesson(dir.resolve("after.lesson"))).isTrue();
            assertThat(LessonFiles.read(dir.resolve("after.lesson")).steps()).hasSize(1);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theNarrationExportHasAHeadingAndTheExplanationForEveryStep() throws Exception {
        Path file = dir.resolve("narration.md");
        try (ViewModelLab window = new ViewModelLab()) {
            window.vm.settings().payloadModeProperty().set(PayloadMode.TEXT);
            window.vm.settings().payloadTextProperty().set("**hi** <b>");
            window.keys(1, 2, 3, 4, 5, 6, 7);
            assertThat(window.vm.session().exportNarration(file)).isTrue();
            assertThat(window.vm.session().statusProperty().get()).isEqualTo("Exported the narration to narration.md");

            String md = Files.readString(file);
            assertThat(md).startsWith("# SocketLab session, ");
            assertThat(md).contains("\n## 1. 1 Initialize\n", "\n## 2. 2 Listen\n", "\n## 4. 4 Connect\n",
                    "\n## 6. 6 Send “\\*\\*hi\\*\\* \\<b\\>”\n", "\n## 7. 7 Receive\n", "\n- OnAccept (server)");
            assertThat(md).doesNotContain("**hi**", "<b>");
            assertThat(window.results).hasSize(7);
            // The narration written out, not computed with the Narrator under test; in the steps' order.
            int from = md.indexOf("\n## 1. 1 Initialize\n");
            for (String paragraph : List.of(
                    "Three calls: open() asked the kernel for a socket, configureBlocking(false) made it "
                            + "non-blocking, and register() put it in the selector with no interest yet. It has no address "
                            + "and is not on the network, so no counter moves.",
                    "bind() gave the socket its address and, in Java, started listening in the same call (Winsock "
                            + "needs listen() as well). From now on the kernel answers incoming handshakes by itself and "
                            + "queues the finished connections for accept().",
                    "Three calls: open() asked for a socket, configureBlocking(false) made it non-blocking, "
                            + "register() put it in the selector with no interest. It is not connected, so it has nothing to "
                            + "report yet.",
                    "connect() sent SYN and returned false at once (EINPROGRESS; Winsock WSAEWOULDBLOCK 10035). The "
                            + "server here is listening, so the kernel completes the handshake by itself, before anyone calls "
                            + "accept(): OnAccept on the server and OnConnect (0) on the client come next, followed by "
                            + "OnSend. Unless its accept queue is full: then Linux drops the SYN without an answer, and the "
                            + "client sends it again after 1, 3, 7 seconds... until there is room or it gives up.",
                    "- OnConnect (client, error 0): the handshake completed; the client is connected.",
                    "- OnSend (client1): you may send now. It comes once after connecting or accepting, and again "
                            + "only after a send that would have blocked.",
                    "accept() took the oldest finished connection off the queue and returned a new socket for it, "
                            + "the worker; Java hands it over in blocking mode, so configureBlocking(false) and register() "
                            + "follow. The listener keeps listening. If more connections wait, OnAccept is posted again at "
                            + "once: Accept is the call that re-enables it.",
                    "- OnSend (worker1): you may send now. It comes once after connecting or accepting, and again "
                            + "only after a send that would have blocked.",
                    "write() copied all 10 bytes into the kernel send buffer and returned; TCP delivers them in the "
                            + "background. A successful send never posts OnSend again. On the other side OnReceive is posted "
                            + "only if it is not already waiting for a Receive.",
                    "- OnReceive (client1): data is waiting in the kernel. It is not posted again until client1 "
                            + "calls Receive.",
                    "read() returned 10: that many bytes left the kernel receive buffer. TCP keeps no message "
                            + "boundaries: this can be several sends, or part of one. Receive re-enables OnReceive: if data "
                            + "is still waiting, OnReceive is posted again at once.")) {
                int at = md.indexOf("\n" + paragraph + "\n", from);
                assertThat(at).as("in order: %s", paragraph).isGreaterThan(from);
                from = at + paragraph.length();
            }
            // OnAccept and OnConnect come from one selector pass, in either order: under Connect, before Accept.
            int onAccept = md.indexOf("\n- OnAccept (server): a finished connection waits in the accept queue. It is posted "
                    + "once and not again until the server calls Accept.\n");
            assertThat(onAccept).as("OnAccept under 4 Connect").isGreaterThan(md.indexOf("\n## 4. 4 Connect\n"))
                    .isLessThan(md.indexOf("\n## 5. 5 Accept\n"));
        }
    }

    @Test
    void aLessonsOwnWordsGoInItalics() throws Exception {
        Path file = dir.resolve("lesson.md");
        try (ViewModelLab window = new ViewModelLab()) {
            window.vm.lesson().openShipped("seed-steps");
            window.settle();
            window.vm.lesson().step();
            window.settle();
            String words = Lessons.builtIn("seed-steps").orElseThrow().steps().get(0).narration();
            assertThat(words).isNotEmpty();
            assertThat(window.vm.session().exportNarration(file)).isTrue();
            assertThat(Files.readString(file)).contains("\n*" + NarrationMarkdown.escape(words) + "*\n");
        }
    }
}
