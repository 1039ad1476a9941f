package org.socketlab.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socketlab.kernel.RecordedTable.row;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A table without its own port filter keeps the rows with a local or remote port asked for, and no others. */
class TcpTablePortsTest {
    @Test
    void theDefaultFilterKeepsRowsByEitherPortAndDropsTheRest() {
        List<TcpRow> all = List.of(
                row("127.0.0.1:11000", "0.0.0.0:0", TcpState.LISTEN, 0, 0),
                row("127.0.0.1:50100", "127.0.0.1:11000", TcpState.ESTABLISHED, 0, 0),
                row("10.0.0.1:443", "10.0.0.9:60000", TcpState.ESTABLISHED, 0, 0));
        TcpTable<TcpRow> table = () -> Optional.of(all);
        assertThat(table.rows(true, true, port -> port == 11000).orElseThrow())
                .extracting(TcpRow::local).containsExactly("127.0.0.1:11000", "127.0.0.1:50100");
    }
}
