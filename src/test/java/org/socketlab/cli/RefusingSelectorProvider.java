package org.socketlab.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.nio.channels.Pipe;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.spi.AbstractSelector;
import java.nio.channels.spi.SelectorProvider;

/**
 * The JDK's channels on a PC whose security software blocks loopback connections, as far as a lab gets:
 * named by {@code -Djava.nio.channels.spi.SelectorProvider}, it makes {@code Selector.open()} fail as Windows'
 * does there, and refuses every channel too.
 */
public final class RefusingSelectorProvider extends SelectorProvider {
    @Override
    public AbstractSelector openSelector() throws IOException {
        throw new IOException(LockedDownPcTest.LOOPBACK_REFUSED, new ConnectException("Connection refused: connect"));
    }

    @Override
    public DatagramChannel openDatagramChannel() throws IOException {
        throw refused();
    }

    @Override
    public DatagramChannel openDatagramChannel(ProtocolFamily family) throws IOException {
        throw refused();
    }

    @Override
    public Pipe openPipe() throws IOException {
        throw refused();
    }

    @Override
    public ServerSocketChannel openServerSocketChannel() throws IOException {
        throw refused();
    }

    @Override
    public SocketChannel openSocketChannel() throws IOException {
        throw refused();
    }

    private static IOException refused() {
        return new IOException(LockedDownPcTest.LOOPBACK_REFUSED);
    }
}
