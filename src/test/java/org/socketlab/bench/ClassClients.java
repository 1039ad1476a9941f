package org.socketlab.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The students of {@link ClassBenchmark}: a process of its own holding N plain blocking TCP clients of one
 * server, driven line by line on stdin, each command answered on stdout once every client has done it.
 * {@code connect} (N connects), {@code send} (each sends "student I\n"), {@code read} (each reads until a
 * byte came), {@code leave} (each closes); end of input ends the process.
 */
public final class ClassClients {
    private ClassClients() {
    }

    /** Arguments: host, port, how many clients. */
    public static void main(String[] args) throws IOException {
        InetSocketAddress server = new InetSocketAddress(args[0], Integer.parseInt(args[1]));
        int count = Integer.parseInt(args[2]);
        List<SocketChannel> clients = new ArrayList<>();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String command;
        while ((command = in.readLine()) != null) {
            switch (command) {
                case "connect" -> {
                    for (int i = 0; i < count; i++) {
                        SocketChannel c = SocketChannel.open();
                        c.setOption(StandardSocketOptions.TCP_NODELAY, true);
                        c.connect(server);
                        clients.add(c);
                    }
                }
                case "send" -> {
                    for (int i = 0; i < clients.size(); i++) {
                        ByteBuffer line = ByteBuffer.wrap(("student " + (i + 1) + "\n").getBytes(StandardCharsets.US_ASCII));
                        while (line.hasRemaining()) {
                            clients.get(i).write(line);
                        }
                    }
                }
                case "read" -> {
                    ByteBuffer into = ByteBuffer.allocate(64 * 1024);
                    for (SocketChannel c : clients) {
                        into.clear();
                        if (c.read(into) < 0) {
                            throw new IOException("the server closed a student's connection");
                        }
                    }
                }
                case "leave" -> {
                    for (SocketChannel c : clients) {
                        c.close();
                    }
                    clients.clear();
                }
                default -> throw new IllegalArgumentException("no command " + command);
            }
            System.out.println(command + " " + System.nanoTime());
            System.out.flush();
        }
    }
}
