package org.socketlab.ui.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Any fields survive a CSV round trip through a plain RFC 4180 reader; TSV keeps every record on one line. */
class LogFormatProperties {

    @Provide
    Arbitrary<String> fields() {
        // Mostly the characters that need care, with any other text between them.
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars(",\"\r\n\t ax↳").ofMaxLength(12),
                Arbitraries.strings().all().ofMaxLength(12));
    }

    @Property
    void csvRoundTrips(@ForAll @Size(min = 1, max = 6) List<@From("fields") String> record) {
        String text = LogFormat.CSV.record(record);
        assertThat(text).endsWith("\r\n");
        assertThat(readCsv(text)).containsExactly(record);
    }

    @Property
    void csvRecordsFollowEachOther(@ForAll @Size(max = 4) List<@Size(min = 1, max = 4) List<@From("fields") String>> records) {
        StringBuilder text = new StringBuilder();
        records.forEach(r -> text.append(LogFormat.CSV.record(r)));
        assertThat(readCsv(text.toString())).isEqualTo(records);
    }

    @Property
    void tsvIsOneLinePerRecordWithItsFieldsInPlace(@ForAll @Size(min = 1, max = 6) List<@From("fields") String> record) {
        String text = LogFormat.TSV.record(record);
        assertThat(text).endsWith("\n");
        String line = text.substring(0, text.length() - 1);
        assertThat(line).doesNotContain("\n", "\r");
        String[] split = line.split("\t", -1);
        assertThat(split).hasSize(record.size());
        for (int i = 0; i < split.length; i++) {
            assertThat(split[i]).isEqualTo(record.get(i).replace("\r\n", " ").replaceAll("[\t\r\n]", " "));
        }
    }

    /** A strict reader of RFC 4180: every record ends with CRLF; a quoted field may hold anything, "" is a quote. */
    static List<List<String>> readCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '"') {
                i++;
                while (true) {
                    char c = text.charAt(i++);
                    if (c == '"') {
                        if (i < text.length() && text.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
            } else {
                while (text.charAt(i) != ',' && text.charAt(i) != '\r') {
                    char c = text.charAt(i++);
                    if (c == '"' || c == '\n') {
                        throw new IllegalArgumentException("bare " + c + " in an unquoted field at " + i);
                    }
                    field.append(c);
                }
            }
            record.add(field.toString());
            field.setLength(0);
            if (text.charAt(i) == ',') {
                i++;
            } else if (text.startsWith("\r\n", i)) {
                i += 2;
                records.add(record);
                record = new ArrayList<>();
            } else {
                throw new IllegalArgumentException("a field must end with , or CRLF at " + i);
            }
        }
        return records;
    }
}
