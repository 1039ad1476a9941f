package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

/** IPv6 addresses shown in their usual short form (RFC 5952): only runs of two or more zero groups, the first longest. */
class AddressesTest {
    @Test
    void aSingleZeroGroupStaysAsItIs() {
        assertThat(Addresses.compress("1:0:2:3:4:5:6:7")).isEqualTo("1:0:2:3:4:5:6:7");
    }

    @Test
    void ofTwoEquallyLongZeroRunsTheFirstBecomesTheDoubleColon() {
        assertThat(Addresses.compress("1:0:0:2:0:0:3:4")).isEqualTo("1::2:0:0:3:4");
        assertThat(Addresses.compress("1:0:0:2:0:0:0:4")).isEqualTo("1:0:0:2::4");
    }

    @Test
    void aZoneIsKeptOnceEvenWithNoGroupsBeforeIt() {
        assertThat(Addresses.compress("fe80:0:0:0:0:0:0:1%lo")).isEqualTo("fe80::1%lo");
        assertThat(Addresses.compress("%lo")).isEqualTo("%lo");
    }

    @Test
    void anAddressWithoutAnIpIsShownAsJavaWritesIt() {
        InetSocketAddress unresolved = InetSocketAddress.createUnresolved("server.example", 7);
        assertThat(Addresses.show(unresolved)).isEqualTo(unresolved.toString());
    }
}
