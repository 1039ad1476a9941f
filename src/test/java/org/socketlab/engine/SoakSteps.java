package org.socketlab.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random steps and settings for the soak run, from a seeded {@link Random} (the same mix as
 * {@link RandomClicksProperties}: a server, five clients, five workers; sends of text and bulks of random
 * sizes; receive buffer 1, backlog 1, IPv6 and short connect timeouts among the settings).
 */
final class SoakSteps {
    static final int CLIENTS = RandomClicksProperties.CLIENTS;
    private static final Operation[] OPERATIONS = {
        Operation.SEND, Operation.SEND, Operation.SEND, Operation.SEND, Operation.SEND,
        Operation.RECEIVE, Operation.RECEIVE, Operation.RECEIVE, Operation.RECEIVE, Operation.RECEIVE,
        Operation.ACCEPT, Operation.ACCEPT, Operation.ACCEPT, Operation.CONNECT, Operation.CONNECT,
        Operation.INIT, Operation.INIT, Operation.LISTEN, Operation.SHUTDOWN, Operation.CLOSE, Operation.ABORT,
    };

    private final Random random;
    private final boolean ipv6;

    SoakSteps(Random random, boolean ipv6) {
        this.random = random;
        this.ipv6 = ipv6;
    }

    /** The happy path for all five clients: server up, five connects, five accepts. */
    static List<Step> setup() {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(SocketName.SERVER, Operation.INIT));
        steps.add(new Step(SocketName.SERVER, Operation.LISTEN));
        for (int i = 1; i <= CLIENTS; i++) {
            steps.add(new Step(SocketName.client(i), Operation.INIT));
            steps.add(new Step(SocketName.client(i), Operation.CONNECT));
        }
        for (int i = 1; i <= CLIENTS; i++) {
            steps.add(new Step(SocketName.SERVER, Operation.ACCEPT));
        }
        return steps;
    }

    /**
     * The next step, on any of the eleven names or on a worker the lab has accepted beyond the fifth. Half
     * the time the operation is one that makes progress from the socket's state (Initialize a closed
     * socket, Listen, Connect, Accept, Send or Receive on a connection), so the lab keeps coming back to
     * connected pairs that move data; otherwise any operation, in any state.
     */
    Step next(LabSnapshot lab) {
        List<SocketName> names = new ArrayList<>();
        names.add(SocketName.SERVER);
        names.add(SocketName.SERVER);
        for (int i = 1; i <= CLIENTS; i++) {
            names.add(SocketName.client(i));
            names.add(SocketName.worker(i));
        }
        lab.ofKind(SocketKind.WORKER).stream().map(SocketView::name).filter(w -> w.number() > CLIENTS)
                .forEach(names::add);
        SocketName socket = names.get(random.nextInt(names.size()));
        Operation op = random.nextBoolean() ? progress(socket, lab.socket(socket).orElse(null)) : null;
        while (op == null || !socket.kind().offers(op)) {
            op = OPERATIONS[random.nextInt(OPERATIONS.length)];
        }
        return new Step(socket, op, op == Operation.SEND ? payload() : Payload.DEFAULT);
    }

    private Operation progress(SocketName socket, SocketView view) {
        SocketState state = view == null ? SocketState.CLOSED : view.state();
        if (socket.kind() == SocketKind.SERVER) {
            return switch (state) {
                case CLOSED -> Operation.INIT;
                case OPEN -> Operation.LISTEN;
                default -> Operation.ACCEPT;
            };
        }
        return switch (state) {
            case CLOSED -> Operation.INIT;
            case OPEN -> Operation.CONNECT;
            case CONNECTING -> null; // the handshake is the kernel's (or waits for an Accept)
            default -> random.nextBoolean() ? Operation.SEND : Operation.RECEIVE;
        };
    }

    /** The time of day, text of 1 to 6,000 characters, bulks up to 4 MiB; rarely one beyond one write(). */
    Payload payload() {
        int kind = random.nextInt(600);
        if (kind < 200) {
            return Payload.DEFAULT;
        }
        if (kind < 400) {
            int length = 1 + random.nextInt(RandomClicksProperties.MAX_TEXT);
            StringBuilder text = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                int r = random.nextInt(10);
                text.appendCodePoint(r < 7 ? 'a' + random.nextInt(26) : r < 9 ? 0xA0 + random.nextInt(0x700)
                        : 0x1F300 + random.nextInt(0x300));
            }
            return new Payload.Text(text.toString());
        }
        if (kind < 500) {
            return new Payload.Bulk(1 + random.nextInt(65_536));
        }
        if (kind < 598) {
            return new Payload.Bulk(65_537 + (long) random.nextInt((int) RandomClicksProperties.MAX_BULK - 65_536));
        }
        return new Payload.Bulk(StreamEndpoint.MAX_WRITE + 1 + random.nextInt(4 << 20));
    }

    /** Settings for the next stretch between resets. */
    LabSettings settings() {
        IpFamily family = ipv6 && random.nextInt(3) == 0 ? IpFamily.V6 : IpFamily.V4;
        int backlog = switch (random.nextInt(3)) {
            case 0 -> 1;
            case 1 -> 2 + random.nextInt(4);
            default -> LabSettings.DEFAULT_BACKLOG;
        };
        int timeout = random.nextInt(3) == 0 ? 1 + random.nextInt(500) : LabSettings.DEFAULT_CONNECT_TIMEOUT;
        return new LabSettings(LabSettings.DEFAULT_HOST, 0, backlog, receiveBuffer()).withFamily(family)
                .withConnectTimeout(timeout);
    }

    int receiveBuffer() {
        return switch (random.nextInt(4)) {
            case 0, 1 -> 1;
            case 2 -> 2 + random.nextInt(4095);
            default -> 4097 + random.nextInt(LabSettings.MAX_RECEIVE_BUFFER - 4096);
        };
    }
}
