package org.socketlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Lesson files: what is not a regular file is named, nothing blocks, the size cap holds, a BOM is fine. */
class LessonFilesTest {
    private static final String LESSON = "title: T\nstep: 1\n";

    @Test
    void aDirectoryIsReportedAsOne(@TempDir Path dir) {
        assertThatThrownBy(() -> LessonFiles.load(dir.toString())).hasMessage("is a directory");
        assertThatThrownBy(() -> LessonFiles.read(dir)).hasMessage("is a directory");
    }

    @Test
    void aDeviceIsNotARegularFile() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");
        assertThatThrownBy(() -> LessonFiles.load(zero.toString()))
                .hasMessage("is not a regular file (a device, a pipe…)");
    }

    @Test
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aFifoIsRefusedWithoutOpeningIt(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("lesson.fifo");
        int exit;
        try {
            exit = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor();
        } catch (IOException e) {
            exit = -1;
        }
        assumeTrue(exit == 0 && Files.exists(fifo), "mkfifo is not available");
        // Opening a FIFO for reading waits for a writer, which never comes: the test would time out.
        assertThatThrownBy(() -> LessonFiles.load(fifo.toString()))
                .hasMessage("is not a regular file (a device, a pipe…)");
        assertThatThrownBy(() -> LessonFiles.read(fifo)).hasMessage("is not a regular file (a device, a pipe…)");
    }

    @Test
    void theCapHoldsWhileReadingWhateverSizeTheFileReports() {
        long longer = 4L * LessonParser.MAX_BYTES;
        CountingStream in = new CountingStream(longer);
        assertThatThrownBy(() -> LessonFiles.read(in)).hasMessageContaining("larger than");
        assertThat(in.taken).as("bytes read").isEqualTo(LessonParser.MAX_BYTES + 1);
    }

    @Test
    void aFileOfExactlyTheCapIsRead() throws Exception {
        byte[] padded = ("\n".repeat(LessonParser.MAX_BYTES - LESSON.length()) + LESSON)
                .getBytes(StandardCharsets.UTF_8);
        assertThat(padded).hasSize(LessonParser.MAX_BYTES);
        assertThat(LessonFiles.read(new ByteArrayInputStream(padded)).steps()).hasSize(1);
    }

    @Test
    void aUtf8ByteOrderMarkAtTheStartIsAccepted(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("notepad.lesson");
        byte[] text = LESSON.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xef;
        withBom[1] = (byte) 0xbb;
        withBom[2] = (byte) 0xbf;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Files.write(file, withBom);
        Lesson lesson = LessonFiles.read(file);
        assertThat(lesson.title()).isEqualTo("T");
        assertThat(lesson.steps()).hasSize(1);
    }

    @Test
    void aMissingFileThatIsNoShippedLessonSaysSo(@TempDir Path dir) {
        assertThatThrownBy(() -> LessonFiles.load(dir.resolve("absent.lesson").toString()))
                .hasMessageStartingWith("no such file, and no shipped lesson");
    }

    /** {@code size} bytes of {@code #}, counting how many were taken. */
    private static final class CountingStream extends InputStream {
        private final long size;
        long taken;

        CountingStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (taken == size) {
                return -1;
            }
            taken++;
            return '#';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            int n = (int) Math.min(len, size - taken);
            if (n <= 0) {
                return len == 0 ? 0 : -1;
            }
            Arrays.fill(b, off, off + n, (byte) '#');
            taken += n;
            return n;
        }
    }
}
