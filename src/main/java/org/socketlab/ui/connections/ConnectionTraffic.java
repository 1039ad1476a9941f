package org.socketlab.ui.connections;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.socketlab.engine.Operation;
import org.socketlab.engine.Outcome;
import org.socketlab.engine.SocketView;
import org.socketlab.engine.StepResult;
import org.socketlab.ui.cards.SocketViewModel;

/**
 * What went over one socket's connection, as its steps reported it: the peer's address, the bytes its
 * Receives returned and its Sends wrote, and how many of each moved them (OK steps only: a Broadcast leaves
 * a Send on every row), and a short printable preview of the last chunk received. Owned by the socket's
 * {@link SocketViewModel}; forgotten when the socket no longer exists.
 */
public final class ConnectionTraffic {
    /** How many characters of the last received chunk the preview keeps. */
    static final int PREVIEW_CHARS = 24;
    /** How many bytes of the last received chunk its hex keeps. */
    static final int HEX_BYTES = 64;

    private final ReadOnlyStringWrapper peer = new ReadOnlyStringWrapper("");
    private final ReadOnlyLongWrapper bytesIn = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper bytesOut = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper receives = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper sends = new ReadOnlyLongWrapper();
    private final ReadOnlyStringWrapper lastData = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lastHex = new ReadOnlyStringWrapper("");
    /** The counts as they stand, shown or still held: the properties above show them once released. */
    private long in;
    private long out;
    private long receiveCount;
    private long sendCount;
    /** The last Receive that returned data and is not previewed yet (null: none). */
    private StepResult unpreviewed;
    private boolean held;

    /** Counts the bytes of an OK Send or Receive; a Receive that returned data becomes the preview. */
    public void apply(StepResult r) {
        if (r.outcome() != Outcome.OK || r.bytes() <= 0) {
            return;
        }
        Operation op = r.step().operation();
        if (op == Operation.SEND) {
            out += r.bytes();
            sendCount++;
        } else if (op == Operation.RECEIVE) {
            in += r.bytes();
            receiveCount++;
            unpreviewed = r;
        }
        if (!held) {
            publish();
        }
    }

    /**
     * Until {@link #release()}, counts grow but are not shown: a batch of a connection's many steps changes its
     * row once, and previews only its last Receive.
     */
    public void hold() {
        held = true;
    }

    public void release() {
        held = false;
        publish();
    }

    private void publish() {
        bytesOut.set(out);
        sends.set(sendCount);
        bytesIn.set(in);
        receives.set(receiveCount);
        if (unpreviewed != null) {
            lastData.set(preview(unpreviewed.data(), unpreviewed.bytes()));
            lastHex.set(hex(unpreviewed.data(), unpreviewed.bytes()));
            unpreviewed = null;
        }
    }

    /** Follows the socket as the newest snapshot shows it; {@code null} (no such socket) forgets everything. */
    public void see(SocketView view) {
        if (view == null) {
            in = 0;
            out = 0;
            receiveCount = 0;
            sendCount = 0;
            unpreviewed = null;
            peer.set("");
            bytesIn.set(0);
            bytesOut.set(0);
            receives.set(0);
            sends.set(0);
            lastData.set("");
            lastHex.set("");
            return;
        }
        peer.set(view.remote());
    }

    /** The first characters of the bytes as UTF-8, control characters shown as {@code ·}, cut with "…". */
    static String preview(byte[] data, long count) {
        int take = Math.min(data.length, PREVIEW_CHARS * 4);
        String text = new String(data, 0, take, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(PREVIEW_CHARS + 1);
        text.codePoints().limit(PREVIEW_CHARS).forEach(cp -> {
            if (cp == '\n') {
                out.append("\\n");
            } else if (cp == '\r') {
                out.append("\\r");
            } else if (Character.isISOControl(cp) || cp == 0xFFFD) {
                out.append('·');
            } else {
                out.appendCodePoint(cp);
            }
        });
        boolean cut = text.codePointCount(0, text.length()) > PREVIEW_CHARS || take < count;
        return cut ? out + "…" : out.toString();
    }

    /** The first {@link #HEX_BYTES} bytes as hex pairs, cut with "…" when there were more. */
    static String hex(byte[] data, long count) {
        int take = (int) Math.min(Math.min(data.length, count), HEX_BYTES);
        String pairs = HexFormat.ofDelimiter(" ").formatHex(data, 0, take);
        return count > take ? pairs + " …" : pairs;
    }

    /** The last chunk a Receive returned, as hex pairs ("" before any): what the preview's dots stand for. */
    public ReadOnlyStringProperty lastHexProperty() {
        return lastHex.getReadOnlyProperty();
    }

    /** The peer's address ("" before the socket is connected or when the lab does not know it). */
    public ReadOnlyStringProperty peerProperty() {
        return peer.getReadOnlyProperty();
    }

    /** The sum of the bytes this socket's Receives returned. */
    public ReadOnlyLongProperty bytesInProperty() {
        return bytesIn.getReadOnlyProperty();
    }

    /** The sum of the bytes this socket's Sends wrote. */
    public ReadOnlyLongProperty bytesOutProperty() {
        return bytesOut.getReadOnlyProperty();
    }

    /** How many of this socket's Receives returned bytes. */
    public ReadOnlyLongProperty receivesProperty() {
        return receives.getReadOnlyProperty();
    }

    /** How many of this socket's Sends wrote bytes. */
    public ReadOnlyLongProperty sendsProperty() {
        return sends.getReadOnlyProperty();
    }

    /** A short printable preview of the last chunk a Receive returned ("" before any). */
    public ReadOnlyStringProperty lastDataProperty() {
        return lastData.getReadOnlyProperty();
    }
}
