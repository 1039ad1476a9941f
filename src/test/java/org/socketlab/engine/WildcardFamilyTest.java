package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A wildcard literal of the other IP family does not resolve in the lab's family, so it is no wildcard there. */
class WildcardFamilyTest {
    @Test
    void theIpv6WildcardIsNoWildcardForAnIpv4Lab() {
        assertThat(HostResolver.isWildcard("::", IpFamily.V4)).isFalse();
        assertThat(HostResolver.isWildcard("::", IpFamily.V6)).isTrue();
    }
}
