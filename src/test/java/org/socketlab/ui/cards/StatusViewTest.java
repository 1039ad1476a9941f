package org.socketlab.ui.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.socketlab.engine.Outcome;

/** The status record's own rules: stamps, staleness, hints. */
class StatusViewTest {
    private static final StatusView ANSWER = new StatusView(Outcome.WOULD_BLOCK,
            "WOULD BLOCK · EINPROGRESS · WSAEWOULDBLOCK 10035", "connect(127.0.0.1:11000) returned false",
            "The handshake goes on in the kernel.", 7, "08:15:02.114", false);

    @Test
    void noneHasNoStampAndNoHeadline() {
        assertThat(StatusView.NONE.stamp()).isEmpty();
        assertThat(StatusView.NONE.headline()).isEmpty();
        assertThat(StatusView.NONE.isHint()).isFalse();
        assertThat(StatusView.NONE.stale()).isFalse();
    }

    @Test
    void anAnswerIsStampedWithItsClickNumberAndTime() {
        assertThat(ANSWER.stamp()).isEqualTo("#7 · 08:15:02.114");
        assertThat(ANSWER.headline())
                .isEqualTo("WOULD BLOCK · connect(127.0.0.1:11000) returned false · EINPROGRESS · WSAEWOULDBLOCK 10035");
    }

    @Test
    void aStaleAnswerIsTheSameAnswerMarked() {
        StatusView stale = ANSWER.withStale();
        assertThat(stale.stale()).isTrue();
        assertThat(stale).isNotEqualTo(ANSWER);
        assertThat(stale.withStale()).isSameAs(stale);
        assertThat(stale.stamp()).isEqualTo(ANSWER.stamp());
        assertThat(stale.summary()).isEqualTo(ANSWER.summary());
        assertThat(stale.outcome()).isEqualTo(ANSWER.outcome());
    }

    @Test
    void aHintHasNoOutcomeAndItsSentenceIsItsHeadline() {
        Instant at = LocalDateTime.of(2024, 5, 6, 8, 15, 2, 114_000_000).atZone(ZoneId.systemDefault()).toInstant();
        StatusView hint = StatusView.hint("No client here.", 1, at);
        assertThat(hint.isHint()).isTrue();
        assertThat(hint.outcome()).isNull();
        assertThat(hint.headline()).isEqualTo("No client here.");
        assertThat(hint.stamp()).isEqualTo("08:15:02.114");
        assertThat(StatusView.hint("No client here.", 2, at)).as("a repeated hint is a new value")
                .isNotEqualTo(hint);
    }

    @Test
    @SuppressWarnings("deprecation")
    void theOldStyleClassStillWorksUntilItsCallersAreGone() {
        assertThat(ANSWER.styleClass()).isEqualTo("outcome-would-block");
        assertThat(StatusView.NONE.styleClass()).isEqualTo("outcome-none");
    }
}
