package org.socketlab.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader remembers the address fields it has turned into the lab's notation, so the same ones are not
 * converted again on every read, and remembers no more than 16384 of them however many connections pass.
 */
class ProcNetTcpAddressCacheTest {
    private static final int REMEMBERED = 16_384;

    @TempDir
    Path root;

    /** One connection per port from 1 to {@code count}: 127.0.0.1:port to 127.0.0.2:port, two new fields each. */
    private ProcNetTcp table(int count) throws IOException {
        Files.writeString(root.resolve("tcp"), IntStream.rangeClosed(1, count)
                .mapToObj(p -> String.format("%4d: 0100007F:%04X 0200007F:%04X 01 00000000:00000000 00:00000000 00000000"
                        + "     0        0 %d 1 0000000000000000 20 4 30 10 -1", p, p, p, 1000 + p))
                .collect(Collectors.joining("\n", "  sl  local_address rem_address   st\n", "\n")));
        return new ProcNetTcp(root);
    }

    private static int remembered(ProcNetTcp table) throws ReflectiveOperationException {
        Field shown = ProcNetTcp.class.getDeclaredField("shown");
        shown.setAccessible(true);
        return ((Map<?, ?>) shown.get(table)).size();
    }

    @Test
    void everyAddressFieldReadIsRemembered() throws Exception {
        ProcNetTcp table = table(3);
        assertThat(table.rows().orElseThrow()).extracting(TcpRow::local)
                .containsExactly("127.0.0.1:1", "127.0.0.1:2", "127.0.0.1:3");
        assertThat(remembered(table)).isEqualTo(6);
    }

    @Test
    void noMoreThan16384FieldsAreRemembered() throws Exception {
        ProcNetTcp table = table(REMEMBERED / 2 + 1);
        assertThat(table.rows().orElseThrow()).hasSize(REMEMBERED / 2 + 1);
        assertThat(remembered(table)).isEqualTo(REMEMBERED);
    }
}
