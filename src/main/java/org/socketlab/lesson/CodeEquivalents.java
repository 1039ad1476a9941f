package org.socketlab.lesson;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.socketlab.engine.Step;

/** The call a step makes in Java NIO, with its equivalents in C#, MFC CAsyncSocket and BSD sockets in C. */
public final class CodeEquivalents {
    /** The languages' keys, in the order they are shown. */
    public static final List<String> LANGUAGES = List.of("java", "csharp", "mfc", "c");

    private final ResourceBundle code;

    public CodeEquivalents(Locale locale) {
        code = ResourceBundle.getBundle("org.socketlab.lesson.code-equivalents", locale, Language.NO_FALLBACK);
    }

    public CodeEquivalents() {
        this(Locale.getDefault());
    }

    /** The language's display name, e.g. {@code C# (.NET Socket)}. */
    public String name(String language) {
        return code.getString("language." + language);
    }

    /** The code for the step, per language key (in {@link #LANGUAGES} order). */
    public Map<String, String> of(Step step) {
        Map<String, String> result = new LinkedHashMap<>();
        String base = "code." + Narrator.family(step.socket(), step.operation()) + "." + step.operation().word();
        for (String language : LANGUAGES) {
            result.put(language, code.getString(base + "." + language));
        }
        return result;
    }
}
