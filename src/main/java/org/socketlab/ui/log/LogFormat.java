package org.socketlab.ui.log;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The text formats the event log can be saved in, each with its file extension and its escaping rule. */
public enum LogFormat {
    /** Comma-separated values as RFC 4180 has them: quoted where needed, quotes doubled, CRLF line ends. */
    CSV("csv", ",", "\r\n") {
        @Override
        String field(String value) {
            if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0
                    && value.indexOf('\r') < 0) {
                return value;
            }
            return '"' + value.replace("\"", "\"\"") + '"';
        }
    },
    /** Tab-separated values: a tab, CR or LF inside a field becomes a space; LF line ends. */
    TSV("tsv", "\t", "\n") {
        @Override
        String field(String value) {
            return BREAKS.matcher(value).replaceAll(" ");
        }
    };

    private static final Pattern BREAKS = Pattern.compile("\r\n|[\t\r\n]");

    private final String extension;
    private final String separator;
    private final String lineEnd;

    LogFormat(String extension, String separator, String lineEnd) {
        this.extension = extension;
        this.separator = separator;
        this.lineEnd = lineEnd;
    }

    /** The file name extension, without the dot: {@code csv}, {@code tsv}. */
    public String extension() {
        return extension;
    }

    /** The format a file name's extension asks for, if it names one (case does not matter). */
    public static Optional<LogFormat> ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (LogFormat f : values()) {
            if (lower.endsWith("." + f.extension)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** One field, escaped for this format. */
    abstract String field(String value);

    /** One record: the fields escaped and separated, with the line end. */
    String record(List<String> fields) {
        return fields.stream().map(this::field).collect(Collectors.joining(separator)) + lineEnd;
    }
}
