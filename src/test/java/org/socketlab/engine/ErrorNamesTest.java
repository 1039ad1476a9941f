package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.socketlab.os.OsKind;

/** How an error is named and numbered: the Winsock code and its words, the errno on each system, its failure. */
class ErrorNamesTest {

    @Test
    void aWinsockCodeIsDescribedByNameAndNumberAndNoCodeByNothing() {
        assertThat(Wsa.WSAEWOULDBLOCK.describe()).isEqualTo("WSAEWOULDBLOCK 10035");
        assertThat(Wsa.NONE.describe()).isEmpty();
        assertThat(Wsa.UNCLASSIFIED.describe()).isEqualTo("unclassified");
    }

    @Test
    void aNumericCodeIsItsConstantAndAnUnknownOneIsNone() {
        assertThat(Wsa.of(10061)).isEqualTo(Wsa.WSAECONNREFUSED);
        assertThat(Wsa.of(-1)).isEqualTo(Wsa.UNCLASSIFIED);
        assertThat(Wsa.of(0)).isEqualTo(Wsa.NONE);
        assertThat(Wsa.of(12345)).isEqualTo(Wsa.NONE);
    }

    @Test
    void anErrnoIsKnownByItsExactNameOnly() {
        assertThat(Errno.named("EPIPE")).contains(Errno.EPIPE);
        assertThat(Errno.named("EINPROGRESS")).contains(Errno.EINPROGRESS);
        assertThat(Errno.named("epipe")).isEmpty();
        assertThat(Errno.named("EAI_NONAME")).isEmpty();
    }

    @Test
    void anErrnoHasItsNumberOnLinuxAndMacosAndNoneElsewhere() {
        assertThat(Errno.ECONNRESET.number(OsKind.LINUX)).hasValue(104);
        assertThat(Errno.ECONNRESET.number(OsKind.MACOS)).hasValue(54);
        assertThat(Errno.ECONNRESET.number(OsKind.WINDOWS)).isEmpty();
        assertThat(Errno.ECONNRESET.number(OsKind.OTHER)).isEmpty();
        assertThat(Errno.describe("EPIPE", OsKind.OTHER)).isEqualTo("EPIPE");
    }

    @Test
    void onlyAnErrorWhoseWinsockCodeIsItsOwnOwnsIt() {
        assertThat(Errno.ECONNRESET.ownsWinsockCode()).isTrue();
        assertThat(Errno.EPIPE.ownsWinsockCode()).as("EPIPE borrows WSAECONNRESET").isFalse();
        assertThat(Errno.EINPROGRESS.ownsWinsockCode()).as("EINPROGRESS borrows WSAEWOULDBLOCK").isFalse();
    }

    @Test
    void anErrnoFailsWithItsNameCodeAndExplanation() {
        Failure f = Errno.ECONNREFUSED.failure();
        assertThat(f).isEqualTo(new Failure("ECONNREFUSED", Wsa.WSAECONNREFUSED, "error.refused", ""));
        assertThat(f.isUnclassified()).isFalse();
        assertThat(Failure.unclassified("odd")).isEqualTo(new Failure("", Wsa.UNCLASSIFIED, Failure.UNCLASSIFIED, "odd"));
        assertThat(Failure.unclassified("odd").isUnclassified()).isTrue();
    }
}
