package org.socketlab.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The states by their Linux code, and which of them outlive the program's close. */
class TcpStateTest {
    @Test
    void linuxsNewSynRecvCodeIsShownAsSynRecvAndAnUnknownCodeIsNoState() {
        assertThat(TcpState.ofCode(0x0C)).contains(TcpState.SYN_RECV);
        assertThat(TcpState.ofCode(0x0A)).contains(TcpState.LISTEN);
        assertThat(TcpState.ofCode(0x0D)).isEmpty();
    }

    @Test
    void onlyTheClosingStatesOutliveTheProgramsClose() {
        EnumSet<TcpState> outliving = EnumSet.noneOf(TcpState.class);
        for (TcpState s : TcpState.values()) {
            if (s.outlivesClose()) {
                outliving.add(s);
            }
        }
        assertThat(outliving).containsExactlyInAnyOrder(TcpState.FIN_WAIT1, TcpState.FIN_WAIT2, TcpState.CLOSING,
                TcpState.LAST_ACK, TcpState.TIME_WAIT);
    }
}
