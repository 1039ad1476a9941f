package org.socketlab.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socketlab.engine.Counters;
import org.socketlab.engine.Lab;
import org.socketlab.engine.SocketName;
import org.socketlab.engine.StepResult;
import org.socketlab.lesson.Lesson;
import org.socketlab.lesson.LessonFiles;
import org.socketlab.lesson.Lessons;
import org.socketlab.lesson.NarrationMarkdown;
import org.socketlab.lesson.Narrator;

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
            Narrator narrator = new Narrator(ViewModelLab.TEXT.getLocale());
            assertThat(window.results).hasSize(7);
            for (StepResult r : window.results) {
                assertThat(md).contains("\n" + NarrationMarkdown.escape(narrator.narrate(r)) + "\n");
            }
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
