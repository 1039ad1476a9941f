package org.socketlab.os;

import com.sun.jna.Memory;
import com.sun.jna.platform.win32.IPHlpAPI;
import com.sun.jna.ptr.IntByReference;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;

/**
 * Windows' connection tables, through {@code GetExtendedTcpTable} in iphlpapi.dll (JNA's binding in
 * jna-platform). Only fills a buffer with the table as Windows lays it out; reading it is
 * {@code org.socketlab.kernel.WindowsTcpRow}'s, in plain Java, tested on recorded tables. This class runs on
 * Windows only, and is not run by the tests on Linux.
 */
public final class IpHelperTables {
    /** {@code AF_INET}: the IPv4 table, {@code MIB_TCPTABLE_OWNER_PID}. */
    public static final int AF_INET = 2;
    /** {@code AF_INET6} as Windows numbers it: the IPv6 table, {@code MIB_TCP6TABLE_OWNER_PID}. */
    public static final int AF_INET6 = 23;
    /** {@code TCP_TABLE_OWNER_PID_ALL}: every connection, listeners included, with its owning process. */
    private static final int TCP_TABLE_OWNER_PID_ALL = 5;
    private static final int NO_ERROR = 0;
    private static final int ERROR_INSUFFICIENT_BUFFER = 122;
    /** Room for rows added between asking for the size and reading the table. */
    private static final int SLACK = 4096;
    private static final int ATTEMPTS = 4;

    private final IPHlpAPI api;

    private IpHelperTables(IPHlpAPI api) {
        this.api = api;
    }

    /** The binding, where iphlpapi.dll loads (Windows); empty elsewhere. */
    public static Optional<IpHelperTables> load() {
        try {
            return Optional.of(new IpHelperTables(IPHlpAPI.INSTANCE));
        } catch (LinkageError | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The table of one family ({@link #AF_INET} or {@link #AF_INET6}) as Windows fills it, in the machine's
     * byte order.
     */
    public ByteBuffer table(int family) throws IOException {
        IntByReference size = new IntByReference(0);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int bytes = Math.max(size.getValue(), 4) + SLACK;
            Memory buffer = new Memory(bytes);
            size.setValue(bytes);
            int result = api.GetExtendedTcpTable(buffer, size, false, family, TCP_TABLE_OWNER_PID_ALL, 0);
            if (result == NO_ERROR) {
                return ByteBuffer.wrap(buffer.getByteArray(0, bytes)).order(ByteOrder.nativeOrder());
            }
            if (result != ERROR_INSUFFICIENT_BUFFER) {
                throw new IOException("GetExtendedTcpTable failed with error " + result);
            }
        }
        throw new IOException("GetExtendedTcpTable: the table kept growing while it was read");
    }
}
