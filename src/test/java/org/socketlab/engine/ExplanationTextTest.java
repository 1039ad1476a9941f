package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** How a reply's explanation is built and formatted, in English and Korean, and what a failed call replies. */
class ExplanationTextTest {

    @Test
    void anExplanationIsFormattedWithItsArgumentsInTheLanguageAsked() {
        Explanation said = Explanation.of("error.unclassified", "odd");
        assertThat(Explain.in(Locale.ENGLISH, said)).endsWith("The system said: “odd”.");
        assertThat(Explain.in(Locale.KOREAN, said)).startsWith("호출이 실패했지만").endsWith("“odd”.");
        assertThat(Explain.in(Locale.ENGLISH, "error.notConnected"))
                .isEqualTo("Not connected (yet): Connect and wait for OnConnect first.");
        assertThat(Explain.in(Locale.ENGLISH, "error.shutdown.name")).as("no argument: the apostrophe stays")
                .contains("the name is Java's, the cause");
    }

    @Test
    void aMissingKeyIsShownAsItselfAndIsNotInTheBundle() {
        assertThat(Explain.in(Locale.KOREAN, "no.such.key", 1)).isEqualTo("no.such.key");
        assertThat(Explain.has("no.such.key")).isFalse();
        assertThat(Explain.has("error.notConnected")).isTrue();
    }

    @Test
    void anExplanationKeepsACopyOfItsArguments() {
        Object[] args = {"a"};
        Explanation e = Explanation.of("k", args);
        args[0] = "b";
        assertThat(e.args()).containsExactly("a");
    }

    @Test
    void aFailureWithTheSystemsWordsRepliesThemAsTheExplanationsArgument() {
        Reply unclassified = Reply.failed(Failure.unclassified("odd"));
        assertThat(unclassified.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(unclassified.wsa()).isEqualTo(Wsa.UNCLASSIFIED);
        assertThat(unclassified.explanations()).containsExactly(Explanation.of(Failure.UNCLASSIFIED, "odd"));
        Reply known = Reply.failed(Errno.ECONNRESET.failure());
        assertThat(known.errno()).isEqualTo("ECONNRESET");
        assertThat(known.explanations()).containsExactly(Explanation.of("error.reset"));
    }

    @Test
    void aReplyGainsDataEndOfStreamUnsentBytesAndSentencesKeepingTheRest() {
        Reply r = Reply.wouldBlock("EAGAIN", "k1").withData(3, new byte[] {1, 2, 3}).atEndOfStream().unsent(7)
                .then("k2", 5);
        assertThat(r.outcome()).isEqualTo(Outcome.WOULD_BLOCK);
        assertThat(r.errno()).isEqualTo("EAGAIN");
        assertThat(r.wsa()).isEqualTo(Wsa.WSAEWOULDBLOCK);
        assertThat(r.bytes()).isEqualTo(3);
        assertThat(r.data()).containsExactly(1, 2, 3);
        assertThat(r.endOfStream()).isTrue();
        assertThat(r.unsent()).isEqualTo(7);
        assertThat(r.explanations()).isEqualTo(List.of(Explanation.of("k1"), Explanation.of("k2", 5)));
        Reply ok = Reply.ok("k");
        assertThat(ok.endOfStream()).isFalse();
        assertThat(ok.unsent()).isZero();
        assertThat(ok.data()).isEmpty();
    }
}
