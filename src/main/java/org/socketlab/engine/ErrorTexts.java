package org.socketlab.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.function.IntFunction;
import org.socketlab.os.OsKind;
import org.socketlab.os.SystemMessages;

/**
 * The texts by which this system names each error, in the language this process runs in, asked of the system
 * itself at run time: the only way left to know an error the JDK reports by its text alone. Never a list of
 * English words: on a Korean Linux the refusal is "연결이 거부됨", on a German one "Verbindungsaufbau abgelehnt",
 * and each is what strerror() answers there.
 * <ul>
 * <li>Linux and macOS: {@code strerror(n)} for the error's number on that system.</li>
 * <li>Windows: {@code FormatMessage} of the Winsock code (the text of read and write failures), and the JDK's
 * own fixed text for the same code (the JDK for Windows names connect and bind failures from a table of its
 * own in its networking library, the same in every language: {@link #WINDOWS_JDK}).</li>
 * <li>Another system: none; errors are then known by their type alone, or reported unclassified.</li>
 * <li>Everywhere: the few texts that are the JDK's own and never translated ({@link #JDK}).</li>
 * </ul>
 */
public final class ErrorTexts {
    /**
     * The texts the JDK for Windows gives its networking exceptions, whatever the language (its winsock_errors
     * table in net_util_md.c, JDK 17): "Connection refused: no further information", for one.
     */
    static final Map<Errno, String> WINDOWS_JDK = windowsJdk();
    /**
     * The JDK's own words on every system, never translated: a read that meets a reset throws
     * {@code SocketException("Connection reset")} (SocketChannelImpl, JDK 17), and so does every later read.
     */
    static final Map<Errno, String> JDK = Map.of(Errno.ECONNRESET, "connection reset");

    /** No text at all: every failure is then known by its type and the socket's state, or unclassified. */
    private static final ErrorTexts NONE = new ErrorTexts(Map.of());
    /** This system's texts, asked once on a thread of their own (loading the native access takes a while). */
    private static final AskedOnce<ErrorTexts> SYSTEM =
            new AskedOnce<>("socketlab-error-texts", ErrorTexts::askThisSystem, NONE);

    private final Map<Errno, List<String>> texts;

    ErrorTexts(Map<Errno, List<String>> texts) {
        this.texts = new EnumMap<>(Errno.class);
        texts.forEach((errno, list) -> this.texts.put(errno, List.copyOf(list)));
    }

    /**
     * Starts asking this system for its texts, once per process, on a short-lived thread of its own, so the
     * selector thread never waits for the native library to load when a call first fails (a lab calls this
     * when it starts).
     */
    static void prepare() {
        SYSTEM.start();
    }

    /**
     * Waits at most {@code bound} for this system's texts ({@link #prepare()} started asking): true once they are
     * known. A script that may run out of descriptors early needs them before its first step, since loading the
     * native access itself needs descriptors.
     */
    static boolean await(Duration bound) {
        return SYSTEM.await(bound);
    }

    /**
     * This system's texts: waits for {@link #prepare()}'s answer (started here if no lab started it), at most a
     * few seconds, since the selector thread asks: a native library that never answers leaves errors known by
     * type and state alone, never a lab that stops.
     */
    static ErrorTexts system() {
        return SYSTEM.get(Duration.ofSeconds(5));
    }

    /** What this system answers when asked (the slow part: it loads the native access). */
    static ErrorTexts askThisSystem() {
        return asked(OsKind.current());
    }

    /** What {@code os} answers when asked: FormatMessage by Winsock code on Windows, else strerror by number. */
    static ErrorTexts asked(OsKind os) {
        return of(os, os == OsKind.WINDOWS ? SystemMessages::formatMessage : SystemMessages::strerror);
    }

    /**
     * The texts of {@code os} as {@code ask} gives them: {@code ask} is strerror (by the error's number on a
     * Unix) or FormatMessage (by its Winsock code on Windows). Tests pass recorded answers.
     */
    static ErrorTexts of(OsKind os, IntFunction<Optional<String>> ask) {
        Map<Errno, List<String>> texts = new EnumMap<>(Errno.class);
        for (Errno errno : Errno.values()) {
            List<String> names = new ArrayList<>();
            Optional.ofNullable(JDK.get(errno)).ifPresent(names::add);
            if (os == OsKind.WINDOWS) {
                Optional.ofNullable(WINDOWS_JDK.get(errno)).ifPresent(names::add);
                if (errno.ownsWinsockCode()) {
                    ask.apply(errno.wsa().code()).map(ErrorTexts::bare).ifPresent(names::add);
                }
            } else {
                OptionalInt number = errno.number(os);
                if (number.isPresent()) {
                    ask.apply(number.getAsInt()).map(ErrorTexts::bare).ifPresent(names::add);
                }
            }
            names.removeIf(String::isEmpty);
            if (!names.isEmpty()) {
                texts.put(errno, names);
            }
        }
        return new ErrorTexts(texts);
    }

    /**
     * The error among {@code candidates} whose text {@code message} carries: the message that equals a text
     * wins, else the longest text the message contains; empty when none does.
     */
    Optional<Errno> find(String message, List<Errno> candidates) {
        String said = bare(message);
        Errno best = null;
        int bestLength = -1;
        for (Errno errno : candidates) {
            for (String text : texts.getOrDefault(errno, List.of())) {
                if (said.equals(text)) {
                    return Optional.of(errno);
                }
                if (said.contains(text) && text.length() > bestLength) {
                    best = errno;
                    bestLength = text.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** A system text without what differs between its sources: case, surrounding blanks, a final full stop. */
    static String bare(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        while (s.endsWith(".") || s.endsWith("。")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    private static Map<Errno, String> windowsJdk() {
        Map<Errno, String> jdk = new EnumMap<>(Errno.class);
        jdk.put(Errno.EACCES, "permission denied");
        jdk.put(Errno.EADDRINUSE, "address already in use");
        jdk.put(Errno.EADDRNOTAVAIL, "cannot assign requested address");
        jdk.put(Errno.EAFNOSUPPORT, "address family not supported by protocol family");
        jdk.put(Errno.EALREADY, "operation already in progress");
        jdk.put(Errno.ECONNABORTED, "software caused connection abort");
        jdk.put(Errno.ECONNREFUSED, "connection refused");
        jdk.put(Errno.ECONNRESET, "connection reset by peer");
        jdk.put(Errno.EHOSTDOWN, "host is down");
        jdk.put(Errno.EHOSTUNREACH, "no route to host");
        jdk.put(Errno.EINVAL, "invalid argument");
        jdk.put(Errno.EISCONN, "socket is already connected");
        jdk.put(Errno.EMFILE, "too many open files");
        jdk.put(Errno.ENETDOWN, "network is down");
        jdk.put(Errno.ENETUNREACH, "network is unreachable");
        jdk.put(Errno.ENOBUFS, "no buffer space available (maximum connections reached?)");
        jdk.put(Errno.ENOTCONN, "socket is not connected");
        jdk.put(Errno.ESHUTDOWN, "cannot send after socket shutdown");
        jdk.put(Errno.ETIMEDOUT, "connection timed out");
        return jdk;
    }
}
