package org.socketlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The narration as Markdown: one section per step, and texts from users shown as written. */
class NarrationMarkdownTest {

    @Test
    void aTitleThenPerStepHeadingWordsExplanationAndNotifications() {
        String md = NarrationMarkdown.of("Monday's class", List.of(
                new NarratedStep("1 Initialize", "", "The server socket is made.", List.of()),
                new NarratedStep("4 Connect", "Now the handshake.", "connect() returned false.",
                        List.of("OnAccept (server): waiting.", "OnConnect (client, error 0): done."))));
        assertThat(md).isEqualTo("""
                # Monday's class

                ## 1. 1 Initialize

                The server socket is made.

                ## 2. 4 Connect

                *Now the handshake.*

                connect() returned false.

                - OnAccept (server): waiting.
                - OnConnect (client, error 0): done.
                """);
    }

    @Test
    void markdownInAUsersTextIsEscapedAndStaysOnItsLine() {
        String sent = "Send “**bold** _it_ `code` [link](http://x) <b>html</b> # not a heading | a&b ~x~ \\”";
        assertThat(NarrationMarkdown.escape(sent)).isEqualTo("Send “\\*\\*bold\\*\\* \\_it\\_ \\`code\\` "
                + "\\[link\\](http://x) \\<b\\>html\\</b\\> \\# not a heading \\| a\\&b \\~x\\~ \\\\”");
        assertThat(NarrationMarkdown.escape("- not a list")).isEqualTo("\\- not a list");
        assertThat(NarrationMarkdown.escape("+ not a list")).isEqualTo("\\+ not a list");
        assertThat(NarrationMarkdown.escape("12. not a list")).isEqualTo("12\\. not a list");
        assertThat(NarrationMarkdown.escape("3) not a list")).isEqualTo("3\\) not a list");
        assertThat(NarrationMarkdown.escape("two\nlines\r\n\tthree")).isEqualTo("two lines three");
        assertThat(NarrationMarkdown.escape("1 Initialize - fine")).isEqualTo("1 Initialize - fine");
        String md = NarrationMarkdown.of("t", List.of(new NarratedStep("Send “# x”", "*said*\n\n# no", "ok", List.of("- y"))));
        assertThat(md).contains("## 1. Send “\\# x”\n", "\n*\\*said\\* \\# no*\n", "\n- \\- y\n");
    }
}
