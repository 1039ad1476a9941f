package org.socketlab.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.socketlab.lesson.Language;
import org.socketlab.lesson.Setup;

/** The settings a lesson pins, as the Lesson tab says them, are all in the window's language. */
class LessonSetupTextTest {
    private static String describe(Setup setup, Locale locale) {
        return LessonSteps.describe(setup, ResourceBundle.getBundle("i18n.messages", locale, Language.NO_FALLBACK));
    }

    @Test
    void aLessonWithoutSoReuseaddrSaysSoInTheWindowsLanguage() {
        Setup off = Setup.DEFAULT.withReuseAddress(false);
        assertThat(describe(off, Locale.ROOT)).endsWith(" · SO_REUSEADDR off");
        assertThat(describe(off, Locale.KOREAN)).startsWith("실행 설정:").endsWith(" · SO_REUSEADDR 끔");
        assertThat(describe(Setup.DEFAULT, Locale.KOREAN)).doesNotContain("SO_REUSEADDR");
    }
}
