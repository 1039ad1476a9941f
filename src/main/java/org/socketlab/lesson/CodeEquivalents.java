package org.socketlab.lesson;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;
import org.socketlab.engine.Step;

/** The call a step makes in Java NIO, with its equivalents in C#, MFC CAsyncSocket and BSD sockets in C. */
public final class CodeEquivalents {
    /** The languages, in the order they are shown, with their display names. */
    public static final Map<String, String> LANGUAGES = languages();

    private final ResourceBundle code = ResourceBundle.getBundle("org.socketlab.lesson.code-equivalents");

    private static Map<String, String> languages() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("java", "Java NIO");
        names.put("csharp", "C# (.NET Socket)");
        names.put("mfc", "MFC CAsyncSocket");
        names.put("c", "C (BSD sockets)");
        return names;
    }

    /** The code for the step, per language key (in {@link #LANGUAGES} order). */
    public Map<String, String> of(Step step) {
        Map<String, String> result = new LinkedHashMap<>();
        String base = "code." + Narrator.family(step.socket(), step.operation()) + "." + step.operation().word();
        for (String language : LANGUAGES.keySet()) {
            result.put(language, code.getString(base + "." + language));
        }
        return result;
    }
}
