package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link IpFamily#fromNumber}: what {@code --ip 4} and {@code --ip 6} choose, and nothing else. */
class IpFamilyTest {

    @Test
    void fourAndSixAreTheFamiliesAndNoOtherNumberIs() {
        assertThat(IpFamily.fromNumber(4)).contains(IpFamily.V4);
        assertThat(IpFamily.fromNumber(6)).contains(IpFamily.V6);
        for (int n : new int[] {0, 5, 46, -4}) {
            assertThat(IpFamily.fromNumber(n)).as("%d", n).isEmpty();
        }
    }
}
