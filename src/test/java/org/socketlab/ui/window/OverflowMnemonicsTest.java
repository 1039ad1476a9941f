package org.socketlab.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The letter a toolbar text underlines, as JavaFX reads it (FitsScreenTest presses it at 1024×768). */
class OverflowMnemonicsTest {
    @Test
    void theLetterAfterTheUnderscoreInEveryLanguage() {
        assertThat(OverflowMnemonics.mnemonic("Net_work…")).contains("w");
        assertThat(OverflowMnemonics.mnemonic("네트워크(_W)…")).contains("w");
        assertThat(OverflowMnemonics.mnemonic("Add _client")).contains("c");
    }

    @Test
    void aDoubledUnderscoreIsAnUnderscoreAndNoTextNoKey() {
        assertThat(OverflowMnemonics.mnemonic("SO__REUSEADDR off")).isEmpty();
        assertThat(OverflowMnemonics.mnemonic("SO__REUSE_ADDR")).contains("a");
        assertThat(OverflowMnemonics.mnemonic("Broadcast")).isEmpty();
        assertThat(OverflowMnemonics.mnemonic(null)).isEmpty();
    }
}
