package org.socketlab.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.socketlab.engine.Operation;
import org.socketlab.engine.Payload;
import org.socketlab.engine.ScriptStep;
import org.socketlab.engine.Step;
import org.socketlab.lesson.Language;
import org.socketlab.lesson.Lesson;
import org.socketlab.lesson.Lessons;
import org.socketlab.lesson.Setup;

/**
 * The Lesson tab's "Runs with" line says every setting a lesson pins and what its Sends really send, in the
 * window's language — checked on every shipped lesson, in English and Korean.
 */
class LessonSetupTextTest {
    private static final List<Locale> LANGUAGES = List.of(Locale.ROOT, Locale.KOREAN);

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("i18n.messages", locale, Language.NO_FALLBACK);
    }

    private static String said(ResourceBundle text, String key, Object arg) {
        return new MessageFormat(text.getString(key), text.getLocale()).format(new Object[] {arg});
    }

    private static Lesson withSetup(Setup setup) {
        return new Lesson("t", "", setup, List.of(), List.of());
    }

    @Test
    void aLessonWithoutSoReuseaddrSaysSoInTheWindowsLanguage() {
        Lesson off = withSetup(Setup.DEFAULT.withReuseAddress(false));
        assertThat(LessonSetupText.of(off, bundle(Locale.ROOT))).endsWith(" · SO_REUSEADDR off");
        assertThat(LessonSetupText.of(off, bundle(Locale.KOREAN))).startsWith("실행 설정:").endsWith(" · SO_REUSEADDR 끔");
        assertThat(LessonSetupText.of(withSetup(Setup.DEFAULT), bundle(Locale.KOREAN))).doesNotContain("SO_REUSEADDR");
    }

    @Test
    void everyShippedLessonSaysEverySettingItPinsAndWhatItsSendsSend() {
        assertThat(Lessons.names()).hasSize(16);
        for (Locale locale : LANGUAGES) {
            ResourceBundle text = bundle(locale);
            for (String name : Lessons.names()) {
                Lesson lesson = Lessons.builtIn(name).orElseThrow().in(locale);
                Setup s = lesson.setup();
                String line = LessonSetupText.of(lesson, text);
                String as = name + " in '" + locale + "': " + line;
                assertThat(line).as(as).startsWith(text.getString("lesson.setup").replace("{0}", ""))
                        .contains(said(text, "lesson.setup.buffer", s.buffer()))
                        .contains(text.getString("lesson.setup.role." + s.role().word()));
                s.backlog().ifPresentOrElse(b -> assertThat(line).as(as).contains(said(text, "lesson.setup.backlog", b)),
                        () -> assertThat(line).as(as).doesNotContain(text.getString("lesson.setup.backlog").split("\\{")[0].strip()));
                s.port().ifPresent(p -> assertThat(line).as(as).contains(p == 0 ? text.getString("lesson.setup.port.any")
                        : said(text, "lesson.setup.port", p)));
                assertThat(line.contains(text.getString("lesson.setup.noreuse"))).as(as).isEqualTo(!s.reuseAddress());
                List<Payload> sends = lesson.steps().stream().map(Lesson.Item::step)
                        .filter(ScriptStep.Action.class::isInstance).map(a -> ((ScriptStep.Action) a).step())
                        .filter(step -> step.operation() == Operation.SEND).map(Step::payload).toList();
                for (Payload p : sends) {
                    Payload each = p instanceof Payload.UntilWouldBlock u ? u.each() : p;
                    if (each instanceof Payload.Text t) {
                        assertThat(line).as(as).contains(said(text, "lesson.setup.text", t.text()));
                    } else if (each instanceof Payload.Bulk b) {
                        assertThat(line).as(as).contains(said(text, "lesson.setup.bulk", b.size()));
                    }
                }
                boolean plainSend = sends.stream().anyMatch(p -> p instanceof Payload.Default
                        || p instanceof Payload.UntilWouldBlock u && u.each() instanceof Payload.Default);
                assertThat(line.contains(text.getString("lesson.setup.time")))
                        .as(as + ": the time of day is said exactly when a plain Send sends it").isEqualTo(plainSend);
                assertThat(line.contains(said(text, "lesson.setup.sends", "")))
                        .as(as + ": what the steps send is said exactly when a step sends").isEqualTo(!sends.isEmpty());
            }
        }
    }

    @Test
    void theFullBacklogLessonSaysItsBacklogAndTwoSendsSaysItsTexts() {
        ResourceBundle en = bundle(Locale.ROOT);
        assertThat(LessonSetupText.of(Lessons.builtIn("full-backlog").orElseThrow(), en))
                .isEqualTo("Runs with: read buffer 1024 bytes · backlog 1 · IPv4 · server and clients");
        assertThat(LessonSetupText.of(Lessons.builtIn("two-sends-one-receive").orElseThrow(), en))
                .isEqualTo("Runs with: read buffer 1024 bytes · its steps send “first,”, “second.” · IPv4 · server and clients");
        assertThat(LessonSetupText.of(Lessons.builtIn("back-pressure").orElseThrow(), en)).contains(
                "its steps send 8388608 bytes, the rest of an unfinished Send, else the time of day until a write would block");
        assertThat(LessonSetupText.of(Lessons.builtIn("full-backlog").orElseThrow(), bundle(Locale.KOREAN)))
                .isEqualTo("실행 설정: 읽기 버퍼 1024바이트 · 백로그 1 · IPv4 · 서버와 클라이언트");
    }
}
