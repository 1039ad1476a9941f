package org.socketlab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.socketlab.engine.IpFamily;
import org.socketlab.engine.LabSettings;
import org.socketlab.engine.Payload;
import org.socketlab.engine.Role;

/**
 * The settings a lesson runs with ({@code set: buffer=4}, {@code set: send=text}, {@code set: family=ipv6}…).
 * Whatever a lesson does not name runs with SocketLab's default, never with what free play left behind:
 * read buffer 1024 (the bytes one Receive asks read() for), Send sends the time of day, both roles, IPv4,
 * Java's own SO_REUSEADDR, the port and backlog SocketLab started with. A lesson cannot name a host or bind
 * address, so a lesson file from anyone reaches nothing beyond what the user chose: the window runs lessons
 * on loopback; the player keeps the host the user gave it with {@code --host}.
 *
 * @param port    the port, or empty for the one SocketLab started with
 * @param backlog the listen backlog, or empty for the one SocketLab started with
 */
public record Setup(int buffer, OptionalInt backlog, boolean reuseAddress, Payload send, Role role, IpFamily family,
                    OptionalInt port) {
    public static final String DEFAULT_TEXT = "Hello, TCP";
    public static final Setup DEFAULT = new Setup(LabSettings.DEFAULT_RECEIVE_BUFFER, OptionalInt.empty(), true,
            Payload.DEFAULT, Role.BOTH, IpFamily.V4, OptionalInt.empty());

    /**
     * The setup that pins what {@code settings} and {@code payload} say: buffer, backlog, SO_REUSEADDR, role,
     * family and port from the settings, the send mode from the payload (host and bind are not kept: a lesson
     * runs on loopback). A session saved as a lesson replays with it.
     */
    public static Setup from(LabSettings settings, Payload payload) {
        return new Setup(settings.receiveBufferSize(), OptionalInt.of(settings.backlog()), settings.reuseAddress(),
                payload, settings.role(), settings.family(), OptionalInt.of(settings.port()));
    }

    /** The read buffer the lesson runs with: how many bytes one Receive asks read() for. */
    public int receiveBuffer() {
        return buffer;
    }

    /**
     * {@code base} with everything this lesson pins: buffer, SO_REUSEADDR, role, family, loopback as host and
     * bind address, and the port and backlog if it names them (else {@code start}'s).
     */
    public LabSettings applyTo(LabSettings base, LabSettings start) {
        return base.withFamily(family).withHost(family.loopback()).withBind(family.loopback())
                .withReceiveBufferSize(buffer).withReuseAddress(reuseAddress).withRole(role)
                .withPort(port.orElse(start.port())).withBacklog(backlog.orElse(start.backlog()));
    }

    /**
     * For the player: {@code base} with this lesson's settings, the port and backlog kept from {@code base}
     * unless named, and the host and bind address the user gave on the command line kept too (when they
     * are in the lesson's family): {@code play --host H --lesson connect-failures} is the user's choice of
     * where to connect, not the lesson's.
     */
    public LabSettings applyTo(LabSettings base) {
        LabSettings pinned = applyTo(base, base);
        return base.family() == family ? pinned.withHost(base.host()).withBind(base.bind()) : pinned;
    }

    public Setup withBuffer(int n) {
        return new Setup(n, backlog, reuseAddress, send, role, family, port);
    }

    public Setup withBacklog(int n) {
        return new Setup(buffer, OptionalInt.of(n), reuseAddress, send, role, family, port);
    }

    public Setup withReuseAddress(boolean on) {
        return new Setup(buffer, backlog, on, send, role, family, port);
    }

    public Setup withSend(Payload payload) {
        return new Setup(buffer, backlog, reuseAddress, payload, role, family, port);
    }

    public Setup withRole(Role r) {
        return new Setup(buffer, backlog, reuseAddress, send, r, family, port);
    }

    public Setup withFamily(IpFamily f) {
        return new Setup(buffer, backlog, reuseAddress, send, role, f, port);
    }

    public Setup withPort(int n) {
        return new Setup(buffer, backlog, reuseAddress, send, role, family, OptionalInt.of(n));
    }

    /**
     * The {@code set:} lines that make this setup, in the lesson format ({@code buffer=1024} first): every
     * setting is written, so the file replays with the same settings whatever the reader left behind.
     */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("buffer=" + buffer);
        backlog.ifPresent(b -> lines.add("backlog=" + b));
        lines.add("reuseaddr=" + (reuseAddress ? "on" : "off"));
        if (send instanceof Payload.Text t) {
            lines.add("send=text");
            lines.add("text=" + t.text());
        } else if (send instanceof Payload.Bulk b) {
            lines.add("send=bulk");
            lines.add("bulk=" + b.size());
        } else {
            lines.add("send=time");
        }
        lines.add("role=" + role.word());
        lines.add("family=" + (family == IpFamily.V4 ? "ipv4" : "ipv6"));
        port.ifPresent(p -> lines.add("port=" + p));
        return lines;
    }
}
