package org.socketlab.engine;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The step language of the headless player and of lessons:
 * <ul>
 *   <li>{@code 1}–{@code 7}: the seed dialog's numbered steps;</li>
 *   <li>{@code SOCKET.OP}, e.g. {@code client2.connect}, {@code worker1.receive} ({@code client} and
 *       {@code worker} mean number 1);</li>
 *   <li>{@code SOCKET.send=TEXT} sends UTF-8 text, {@code SOCKET.send#N} sends N bytes;</li>
 *   <li>{@code SOCKET.send*} (also {@code send*=TEXT}, {@code send*#N}) repeats that Send, one write() each
 *       time, until a write() would block: at most {@link Payload.UntilWouldBlock#MAX_WRITES} writes;</li>
 *   <li>{@code wait=MS} pauses.</li>
 * </ul>
 */
public final class StepLanguage {
    public static final long MAX_BULK = 1L << 30;
    public static final long MAX_WAIT_MILLIS = 600_000;

    private static final Map<String, Step> NUMBERED = Map.of(
            "1", new Step(SocketName.SERVER, Operation.INIT),
            "2", new Step(SocketName.SERVER, Operation.LISTEN),
            "3", new Step(SocketName.client(1), Operation.INIT),
            "4", new Step(SocketName.client(1), Operation.CONNECT),
            "5", new Step(SocketName.SERVER, Operation.ACCEPT),
            "6", new Step(SocketName.worker(1), Operation.SEND),
            "7", new Step(SocketName.client(1), Operation.RECEIVE));

    private static final Pattern ACTION =
            Pattern.compile("([a-z]+[0-9]*)\\.([a-z]+)(\\*)?(?:([=#])(.*))?", Pattern.DOTALL);
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");

    private StepLanguage() {
    }

    /** The numbered step (1–7) of the seed dialog, if {@code number} is one. */
    public static Optional<Step> numbered(int number) {
        return Optional.ofNullable(NUMBERED.get(Integer.toString(number)));
    }

    public static ScriptStep parse(String text) throws StepSyntaxException {
        if (text == null || text.isEmpty()) {
            throw new StepSyntaxException("", "an empty step");
        }
        Step numbered = NUMBERED.get(text);
        if (numbered != null) {
            return new ScriptStep.Action(numbered);
        }
        if (text.startsWith("await=")) {
            return await(text, text.substring(6));
        }
        if (text.startsWith("wait=")) {
            return new ScriptStep.Wait(number(text, text.substring(5), MAX_WAIT_MILLIS, 0, "wait"));
        }
        Matcher m = ACTION.matcher(text);
        if (!m.matches()) {
            throw new StepSyntaxException(text,
                    "not a step: expected 1-7, SOCKET.OP (e.g. client2.connect), SOCKET.send=TEXT, SOCKET.send#N,"
                            + " SOCKET.send* or wait=MS");
        }
        SocketName socket = SocketName.parse(m.group(1)).orElseThrow(() -> new StepSyntaxException(text,
                "unknown socket '" + m.group(1) + "': expected server, clientN or workerN"));
        Operation op = Operation.fromWord(m.group(2)).orElseThrow(() -> new StepSyntaxException(text,
                "unknown operation '" + m.group(2) + "'"));
        if (!socket.kind().offers(op)) {
            throw new StepSyntaxException(text, "a " + socket.kind().prefix() + " has no '" + op.word()
                    + "' operation");
        }
        Payload payload = payload(text, op, m.group(4), m.group(5));
        if (m.group(3) != null) {
            if (op != Operation.SEND) {
                throw new StepSyntaxException(text, "only send repeats until it would block (send*)");
            }
            payload = new Payload.UntilWouldBlock(payload);
        }
        return new ScriptStep.Action(new Step(socket, op, payload));
    }

    private static final Pattern AWAIT = Pattern.compile("([a-z]+[0-9]*)\\.([a-z]+)=([0-9]{1,6})");

    private static ScriptStep await(String text, String spec) throws StepSyntaxException {
        Matcher m = AWAIT.matcher(spec);
        if (!m.matches()) {
            throw new StepSyntaxException(text, "expected await=SOCKET.COUNTER=N, e.g. await=server.accept=1");
        }
        SocketName socket = SocketName.parse(m.group(1)).orElseThrow(() -> new StepSyntaxException(text,
                "unknown socket '" + m.group(1) + "'"));
        for (Notification n : Notification.values()) {
            if (n.word().equals(m.group(2))) {
                return new ScriptStep.Await(socket, n, Integer.parseInt(m.group(3)));
            }
        }
        throw new StepSyntaxException(text, "unknown counter '" + m.group(2)
                + "' (accept, connect, send, receive, close, oob)");
    }

    private static Payload payload(String text, Operation op, String sign, String value)
            throws StepSyntaxException {
        if (sign == null) {
            return Payload.DEFAULT;
        }
        if (op != Operation.SEND) {
            throw new StepSyntaxException(text, "only send takes a payload");
        }
        if (sign.equals("#")) {
            return new Payload.Bulk(number(text, value, MAX_BULK, 1, "a bulk size"));
        }
        if (value.isEmpty()) {
            throw new StepSyntaxException(text, "an empty payload: write send=TEXT with some text, or plain send");
        }
        return new Payload.Text(value);
    }

    private static long number(String text, String value, long max, long min, String what)
            throws StepSyntaxException {
        if (!DIGITS.matcher(value).matches()) {
            throw new StepSyntaxException(text, what + " must be a whole number, not '" + value + "'");
        }
        long n = Long.parseLong(value);
        if (n < min || n > max) {
            throw new StepSyntaxException(text, what + " must be between " + min + " and " + max + ", not " + n);
        }
        return n;
    }
}
