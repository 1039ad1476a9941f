package org.socketlab.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.socketlab.lesson.Language;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The player's own texts ({@code org/socketlab/cli/player*.properties}) in one language: its lines' messages,
 * its refusals and its options' help. Only human text is here: JSON field names and the values a script
 * reads stay the same in every language.
 */
final class PlayerTexts {
    static final String BUNDLE = "org.socketlab.cli.player";
    private final ResourceBundle bundle;

    PlayerTexts(Locale locale) {
        bundle = ResourceBundle.getBundle(BUNDLE, locale, Language.NO_FALLBACK);
    }

    /** The bundle, for picocli's help. */
    ResourceBundle bundle() {
        return bundle;
    }

    /** One text; a value with arguments is a MessageFormat pattern. */
    String text(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    /**
     * What is wrong with the options, for {@code refused.option}: picocli's refusal (an unknown option, a
     * missing or unfit value) or a {@link BadOption}, in words of this language; any other, as it says.
     */
    String problem(RuntimeException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            return text("option.unknown", String.join(" ", u.getUnmatched()));
        }
        if (e instanceof CommandLine.MissingParameterException m && !m.getMissing().isEmpty()) {
            return text("option.missing", name(m.getMissing().get(0)));
        }
        if (e instanceof CommandLine.ParameterException p && p.getArgSpec() != null && p.getValue() != null) {
            return text("option.value", name(p.getArgSpec()), p.getValue());
        }
        return e instanceof BadOption bad ? text(bad.key(), bad.args()) : e.getMessage();
    }

    private static String name(ArgSpec spec) {
        return spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
    }

    /** The value of {@code --lang} among the arguments, as written (checked later). */
    static Optional<String> langArgument(String[] args) {
        for (int i = 0; i < args.length && !args[i].equals("--"); i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return Optional.of(args[i + 1]);
            }
            if (args[i].startsWith("--lang=")) {
                return Optional.of(args[i].substring("--lang=".length()));
            }
        }
        return Optional.empty();
    }

    /** An option's value that the lab cannot use: a key of the bundle and its arguments (English as message). */
    static final class BadOption extends IllegalArgumentException {
        private final String key;
        private final transient Object[] args;

        BadOption(String key, Object... args) {
            super(new PlayerTexts(Locale.ROOT).text(key, args));
            this.key = key;
            this.args = args.clone();
        }

        String key() {
            return key;
        }

        Object[] args() {
            return args.clone();
        }
    }
}
