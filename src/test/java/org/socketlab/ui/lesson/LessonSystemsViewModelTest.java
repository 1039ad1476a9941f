package org.socketlab.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socketlab.engine.LabSnapshot;
import org.socketlab.engine.Step;
import org.socketlab.lesson.Lesson;
import org.socketlab.os.OsKind;

/**
 * The window does not open a lesson whose promises hold only on other systems: it says why, runs nothing, and
 * the chooser marks its title. The system is injected, so Windows is shown here on Linux.
 */
class LessonSystemsViewModelTest {
    private final List<Step> submitted = new ArrayList<>();
    private final List<Lesson> prepared = new ArrayList<>();

    private LessonViewModel on(OsKind os, Locale locale) {
        ResourceBundle text = ResourceBundle.getBundle("i18n.messages", locale);
        return new LessonViewModel(submitted::add, (delay, action) -> { }, prepared::add, text,
                () -> LabSnapshot.EMPTY, os);
    }

    @Test
    void aLinuxLessonOnWindowsDoesNotOpenAndSaysWhy() {
        LessonViewModel lesson = on(OsKind.WINDOWS, Locale.ROOT);
        lesson.openShipped("full-backlog");
        assertThat(lesson.lessonProperty().get()).isNull();
        assertThat(prepared).as("the lab was not prepared for it").isEmpty();
        assertThat(lesson.errorProperty().get()).startsWith("A full backlog").contains("holds on Linux")
                .contains("Windows");
        assertThat(lesson.titleOf("full-backlog")).endsWith("(Linux only)");
        assertThat(lesson.titleOf("seed-steps")).as("a lesson for every system is not marked")
                .doesNotContain("only");
        lesson.openShipped("seed-steps");
        assertThat(lesson.lessonProperty().get()).isNotNull();
        assertThat(lesson.errorProperty().get()).isEmpty();
    }

    @Test
    void onLinuxTheSameLessonOpens() {
        LessonViewModel lesson = on(OsKind.LINUX, Locale.ROOT);
        lesson.openShipped("full-backlog");
        assertThat(lesson.lessonProperty().get()).isNotNull();
        assertThat(lesson.titleOf("full-backlog")).isEqualTo("A full backlog: three clients, room for two");
    }

    @Test
    void aLessonFileForOtherSystemsIsRefusedInKorean(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mac.lesson");
        Files.writeString(file, "title: Mine\ntitle[ko]: 내 실습\nos: macos\nstep: 3\n");
        LessonViewModel lesson = on(OsKind.WINDOWS, Locale.forLanguageTag("ko"));
        assertThat(lesson.openFile(file)).isFalse();
        assertThat(lesson.lessonProperty().get()).isNull();
        assertThat(lesson.errorProperty().get()).startsWith("내 실습:").contains("macOS에서만").contains("Windows");
        assertThat(on(OsKind.MACOS, Locale.ROOT).openFile(file)).isTrue();
    }
}
