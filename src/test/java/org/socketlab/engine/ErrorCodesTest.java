package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static java.util.Map.entry;

import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.socketlab.os.OsKind;

/**
 * Errors are known by type and by the system's own texts in the running language, never by English words:
 * fed the texts each system gives (recorded), the classifier finds the right code or says "unclassified",
 * never a wrong one. The live side (this machine's strerror, real sockets) is {@link LiveErrorsTest}.
 */
class ErrorCodesTest {
    /** Windows' FormatMessage texts in English, as Microsoft's "System Error Codes (9000-11999)" lists them. */
    static final Map<Integer, String> WINDOWS_EN = Map.ofEntries(
            entry(10013, "An attempt was made to access a socket in a way forbidden by its access permissions."),
            entry(10024, "Too many open sockets."),
            entry(10048, "Only one usage of each socket address (protocol/network address/port) is normally permitted."),
            entry(10049, "The requested address is not valid in its context."),
            entry(10050, "A socket operation encountered a dead network."),
            entry(10051, "A socket operation was attempted to an unreachable network."),
            entry(10053, "An established connection was aborted by the software in your host machine."),
            entry(10054, "An existing connection was forcibly closed by the remote host."),
            entry(10055, "An operation on a socket could not be performed because the system lacked sufficient buffer"
                    + " space or because a queue was full."),
            entry(10056, "A connect request was made on an already connected socket."),
            entry(10057, "A request to send or receive data was disallowed because the socket is not connected and"
                    + " (when sending on a datagram socket using a sendto call) no address was supplied."),
            entry(10058, "A request to send or receive data was disallowed because the socket had already been shut"
                    + " down in that direction with a previous shutdown call."),
            entry(10060, "A connection attempt failed because the connected party did not properly respond after a"
                    + " period of time, or established connection failed because connected host has failed to respond."),
            entry(10061, "No connection could be made because the target machine actively refused it."),
            entry(10064, "A socket operation failed because the destination host was down."),
            entry(10065, "A socket operation was attempted to an unreachable host."));

    /** The same texts as a Korean Windows gives them. */
    static final Map<Integer, String> WINDOWS_KO = Map.ofEntries(
            entry(10048, "각 소켓 주소(프로토콜/네트워크 주소/포트)는 하나만 사용할 수 있습니다."),
            entry(10049, "요청한 주소는 해당 컨텍스트에서 유효하지 않습니다."),
            entry(10051, "연결할 수 없는 네트워크로 소켓 작업을 시도했습니다."),
            entry(10053, "현재 연결은 사용자의 호스트 시스템의 소프트웨어의 의해 중단되었습니다."),
            entry(10054, "현재 연결은 원격 호스트에 의해 강제로 끊겼습니다."),
            entry(10060, "연결된 구성원으로부터 응답이 없어 연결하지 못했거나, 호스트로부터 응답이 없어 연결이 끊어졌습니다."),
            entry(10061, "대상 컴퓨터에서 연결을 거부했으므로 연결하지 못했습니다."),
            entry(10065, "연결할 수 없는 호스트로 소켓 작업을 시도했습니다."));

    /** strerror() of glibc 2.36 under ko_KR.UTF-8 and de_DE.UTF-8, recorded on Debian 12, by Linux's numbers. */
    static final Map<Integer, String> LINUX_KO = Map.ofEntries(
            entry(1, "명령을 허용하지 않음"), entry(32, "파이프가 깨어짐"), entry(13, "허가 거부"),
            entry(23, "시스템에 파일을 너무 많이 열었음"), entry(24, "열린 파일이 너무 많음"),
            entry(98, "주소가 이미 사용 중입니다"), entry(99, "요청한 주소를 배정할 수 없습니다"),
            entry(100, "네트워크가 죽었습니다"), entry(101, "네트워크가 접근 불가능합니다"),
            entry(103, "소프트웨어가 연결 중단을 초래했습니다"), entry(104, "상대편이 연결을 끊음"),
            entry(105, "사용 가능한 버퍼 공간이 없음"), entry(106, "전송 종료지점이 이미 연결되어 있습니다"),
            entry(107, "전송 종료지점이 연결되어 있지 않습니다"), entry(108, "전송 종료지점이 지난 후에 보낼 수 없습니다"),
            entry(110, "연결 시간 초과"), entry(111, "연결이 거부됨"), entry(112, "호스트가 죽었습니다"),
            entry(113, "호스트로 갈 루트가 없음"));
    static final Map<Integer, String> LINUX_DE = Map.ofEntries(
            entry(1, "Die Operation ist nicht erlaubt"), entry(32, "Datenübergabe unterbrochen (broken pipe)"),
            entry(13, "Keine Berechtigung"), entry(23, "Zu viele offene Dateien im System"),
            entry(24, "Zu viele offene Dateien"), entry(98, "Die Adresse wird bereits verwendet"),
            entry(99, "Die angeforderte Adresse kann nicht zugewiesen werden"),
            entry(100, "Das Netzwerk ist nicht aktiv"), entry(101, "Das Netzwerk ist nicht erreichbar"),
            entry(103, "Das Programm verursachte den Abbruch der Verbindung"),
            entry(104, "Die Verbindung wurde vom Kommunikationspartner zurückgesetzt"),
            entry(105, "Kein Hauptspeicher für den Puffer verfügbar"), entry(106, "Der Socket ist bereits verbunden"),
            entry(107, "Der Socket ist nicht verbunden"),
            entry(108, "Ein Senden nach dem Beenden des Sockets ist nicht möglich"),
            entry(110, "Die Wartezeit für die Verbindung ist abgelaufen"), entry(111, "Verbindungsaufbau abgelehnt"),
            entry(112, "Der Rechner ist nicht aktiv"), entry(113, "Keine Route zum Zielrechner"));
    /** macOS's strerror() in English, by macOS's numbers (sys/errno.h): not Linux's. */
    static final Map<Integer, String> MACOS_EN = Map.ofEntries(
            entry(32, "Broken pipe"), entry(13, "Permission denied"), entry(24, "Too many open files"),
            entry(48, "Address already in use"), entry(49, "Can't assign requested address"),
            entry(51, "Network is unreachable"), entry(53, "Software caused connection abort"),
            entry(54, "Connection reset by peer"), entry(57, "Socket is not connected"),
            entry(60, "Operation timed out"), entry(61, "Connection refused"), entry(65, "No route to host"),
            entry(47, "Address family not supported by protocol family"));

    static ErrorTexts texts(OsKind os, Map<Integer, String> recorded) {
        return ErrorTexts.of(os, n -> Optional.ofNullable(recorded.get(n)));
    }

    static Stream<Arguments> windows() {
        ErrorTexts en = texts(OsKind.WINDOWS, WINDOWS_EN);
        ErrorTexts ko = texts(OsKind.WINDOWS, WINDOWS_KO);
        return Stream.of(
                // connect and bind failures: the JDK for Windows names them with its own fixed texts, in any language
                Arguments.of(en, new ConnectException("Connection refused: no further information"), "ECONNREFUSED", 10061),
                Arguments.of(ko, new ConnectException("Connection refused: no further information"), "ECONNREFUSED", 10061),
                Arguments.of(ko, new ConnectException("Connection timed out: no further information"), "ETIMEDOUT", 10060),
                Arguments.of(ko, new BindException("Address already in use: bind"), "EADDRINUSE", 10048),
                Arguments.of(en, new BindException("Cannot assign requested address: bind"), "EADDRNOTAVAIL", 10049),
                Arguments.of(ko, new NoRouteToHostException("No route to host: no further information"), "EHOSTUNREACH", 10065),
                Arguments.of(ko, new SocketException("Network is unreachable: no further information"), "ENETUNREACH", 10051),
                // a read that met a reset: the JDK's own words, on every system
                Arguments.of(ko, new SocketException("Connection reset"), "ECONNRESET", 10054),
                // a send the peer reset: the JDK's own words on Windows
                Arguments.of(ko, new IOException("Connection reset by peer"), "ECONNRESET", 10054),
                // read and write failures carry FormatMessage's text, in the display language
                Arguments.of(en, new IOException(WINDOWS_EN.get(10053)), "ECONNABORTED", 10053),
                Arguments.of(ko, new IOException(WINDOWS_KO.get(10053)), "ECONNABORTED", 10053),
                Arguments.of(en, new IOException(WINDOWS_EN.get(10054)), "ECONNRESET", 10054),
                Arguments.of(ko, new IOException(WINDOWS_KO.get(10054)), "ECONNRESET", 10054),
                Arguments.of(en, new IOException(WINDOWS_EN.get(10058)), "ESHUTDOWN", 10058),
                Arguments.of(en, new IOException(WINDOWS_EN.get(10024)), "EMFILE", 10024),
                Arguments.of(en, new IOException(WINDOWS_EN.get(10055)), "ENOBUFS", 10055),
                Arguments.of(ko, new IOException(WINDOWS_KO.get(10065)), "EHOSTUNREACH", 10065),
                Arguments.of(ko, new IOException(WINDOWS_KO.get(10051)), "ENETUNREACH", 10051),
                // permission, address, family and abort errors: by the JDK's fixed texts, FormatMessage's, or the type
                Arguments.of(ko, new BindException("Permission denied: bind"), "EACCES", 10013),
                Arguments.of(en, new BindException(WINDOWS_EN.get(10013)), "EACCES", 10013),
                Arguments.of(ko, new BindException("Cannot assign requested address: bind"), "EADDRNOTAVAIL", 10049),
                Arguments.of(ko, new BindException(WINDOWS_KO.get(10049)), "EADDRNOTAVAIL", 10049),
                Arguments.of(ko, new SocketException("Address family not supported by protocol family: bind"),
                        "EAFNOSUPPORT", 10047),
                Arguments.of(ko, new java.nio.channels.UnsupportedAddressTypeException(), "EAFNOSUPPORT", 10047),
                Arguments.of(ko, new SocketException("Software caused connection abort: recv failed"),
                        "ECONNABORTED", 10053),
                Arguments.of(en, new SocketException("Network is unreachable: connect"), "ENETUNREACH", 10051),
                // what neither the JDK nor FormatMessage names is unclassified, never a guess
                Arguments.of(en, new SocketException("Unrecognized Windows Sockets error: 10107: no further information"),
                        "", -1),
                Arguments.of(en, new IOException(WINDOWS_KO.get(10054)), "", -1),
                Arguments.of(ko, new IOException(WINDOWS_EN.get(10053)), "", -1));
    }

    @ParameterizedTest(name = "[{index}] {1} -> {2}")
    @MethodSource("windows")
    void windowsTextsInEnglishAndKorean(ErrorTexts texts, Throwable thrown, String errno, int wsa) {
        Failure f = ErrorCodes.classify(thrown, texts);
        assertThat(f.errno()).isEqualTo(errno);
        assertThat(f.wsa().code()).isEqualTo(wsa);
        assertThat(f.isUnclassified()).isEqualTo(errno.isEmpty());
    }

    static Stream<Arguments> unix() {
        ErrorTexts ko = texts(OsKind.LINUX, LINUX_KO);
        ErrorTexts de = texts(OsKind.LINUX, LINUX_DE);
        ErrorTexts mac = texts(OsKind.MACOS, MACOS_EN);
        return Stream.of(
                Arguments.of(ko, new ConnectException("연결이 거부됨"), "ECONNREFUSED"),
                Arguments.of(de, new ConnectException("Verbindungsaufbau abgelehnt"), "ECONNREFUSED"),
                Arguments.of(ko, new ConnectException("연결 시간 초과"), "ETIMEDOUT"),
                Arguments.of(ko, new IOException("파이프가 깨어짐"), "EPIPE"),
                Arguments.of(de, new IOException("Datenübergabe unterbrochen (broken pipe)"), "EPIPE"),
                Arguments.of(ko, new IOException("상대편이 연결을 끊음"), "ECONNRESET"),
                Arguments.of(ko, new SocketException("Connection reset"), "ECONNRESET"),
                Arguments.of(de, new SocketException("Connection reset"), "ECONNRESET"),
                Arguments.of(ko, new BindException("주소가 이미 사용 중입니다"), "EADDRINUSE"),
                Arguments.of(de, new BindException("Die Adresse wird bereits verwendet"), "EADDRINUSE"),
                Arguments.of(de, new BindException("Die angeforderte Adresse kann nicht zugewiesen werden"),
                        "EADDRNOTAVAIL"),
                Arguments.of(ko, new BindException("허가 거부"), "EACCES"),
                Arguments.of(ko, new NoRouteToHostException("호스트로 갈 루트가 없음"), "EHOSTUNREACH"),
                Arguments.of(de, new SocketException("Das Netzwerk ist nicht erreichbar"), "ENETUNREACH"),
                Arguments.of(ko, new SocketException("명령을 허용하지 않음"), "EPERM"),
                Arguments.of(de, new IOException("Zu viele offene Dateien"), "EMFILE"),
                Arguments.of(de, new IOException("Zu viele offene Dateien im System"), "ENFILE"),
                Arguments.of(mac, new ConnectException("Connection refused"), "ECONNREFUSED"),
                Arguments.of(mac, new ConnectException("Operation timed out"), "ETIMEDOUT"),
                Arguments.of(mac, new BindException("Can't assign requested address"), "EADDRNOTAVAIL"),
                Arguments.of(mac, new IOException("Broken pipe"), "EPIPE"),
                Arguments.of(de, new BindException("Keine Berechtigung"), "EACCES"),
                Arguments.of(mac, new BindException("Permission denied"), "EACCES"),
                Arguments.of(ko, new BindException("요청한 주소를 배정할 수 없습니다"), "EADDRNOTAVAIL"),
                Arguments.of(ko, new java.nio.channels.UnsupportedAddressTypeException(), "EAFNOSUPPORT"),
                Arguments.of(mac, new SocketException("Address family not supported by protocol family"), "EAFNOSUPPORT"),
                Arguments.of(ko, new SocketException("네트워크가 접근 불가능합니다"), "ENETUNREACH"),
                Arguments.of(mac, new SocketException("Network is unreachable"), "ENETUNREACH"),
                Arguments.of(ko, new IOException("소프트웨어가 연결 중단을 초래했습니다"), "ECONNABORTED"),
                Arguments.of(de, new IOException("Das Programm verursachte den Abbruch der Verbindung"), "ECONNABORTED"),
                Arguments.of(mac, new IOException("Software caused connection abort"), "ECONNABORTED"),
                // the English words mean nothing to a Korean system: unclassified, not a guess
                Arguments.of(ko, new ConnectException("Connection refused"), ""),
                Arguments.of(ko, new IOException("Broken pipe"), ""),
                Arguments.of(de, new BindException("주소가 이미 사용 중입니다"), ""));
    }

    @ParameterizedTest(name = "[{index}] {1} -> {2}")
    @MethodSource("unix")
    void linuxAndMacosTextsInTheirLanguages(ErrorTexts texts, Throwable thrown, String errno) {
        Failure f = ErrorCodes.classify(thrown, texts);
        assertThat(f.errno()).isEqualTo(errno);
        assertThat(f.isUnclassified()).isEqualTo(errno.isEmpty());
    }

    /** Every error of every recorded table, thrown in every shape: its own code or unclassified, never another. */
    @Test
    void noTextIsEverTakenForAnotherError() {
        Map<String, Object[]> tables = Map.of(
                "linux ko", new Object[] {OsKind.LINUX, LINUX_KO}, "linux de", new Object[] {OsKind.LINUX, LINUX_DE},
                "macos en", new Object[] {OsKind.MACOS, MACOS_EN}, "windows en", new Object[] {OsKind.WINDOWS, WINDOWS_EN},
                "windows ko", new Object[] {OsKind.WINDOWS, WINDOWS_KO});
        int checked = 0;
        for (Object[] table : tables.values()) {
            OsKind os = (OsKind) table[0];
            @SuppressWarnings("unchecked")
            Map<Integer, String> recorded = (Map<Integer, String>) table[1];
            ErrorTexts texts = texts(os, recorded);
            for (Errno errno : Errno.values()) {
                int key = os == OsKind.WINDOWS ? errno.wsa().code() : errno.number(os).orElse(-1);
                String text = recorded.get(key);
                if (text == null || (os == OsKind.WINDOWS && !errno.ownsWinsockCode())) {
                    continue;
                }
                for (Function<String, Throwable> shape : shapes()) {
                    Failure f = ErrorCodes.classify(shape.apply(text), texts);
                    assertThat(f.errno()).as("%s: %s", os, text).isIn(errno.name(), "");
                    checked += f.errno().isEmpty() ? 0 : 1;
                }
            }
        }
        assertThat(checked).as("errors recognised by their own text").isGreaterThan(60);
    }

    private static java.util.List<Function<String, Throwable>> shapes() {
        return java.util.List.of(IOException::new, SocketException::new, BindException::new, ConnectException::new);
    }

    @Test
    void errnoNumbersAreThoseOfTheSystemTheLabRunsOn() {
        assertThat(Errno.describe("ECONNREFUSED", OsKind.LINUX)).isEqualTo("ECONNREFUSED 111");
        assertThat(Errno.describe("ECONNREFUSED", OsKind.MACOS)).isEqualTo("ECONNREFUSED 61");
        assertThat(Errno.describe("EAGAIN", OsKind.MACOS)).isEqualTo("EAGAIN 35");
        assertThat(Errno.describe("ECONNREFUSED", OsKind.WINDOWS)).isEqualTo("ECONNREFUSED");
        assertThat(Errno.describe("EAI_NONAME", OsKind.LINUX)).isEqualTo("EAI_NONAME");
    }

    @Test
    void theChannelExceptionsNameTheirCauseWhateverTheTexts() {
        ErrorTexts none = new ErrorTexts(Map.of());
        assertThat(ErrorCodes.classify(new java.nio.channels.NotYetBoundException(), none))
                .isEqualTo(new Failure("EINVAL", Wsa.WSAEINVAL, "error.notBound"));
        assertThat(ErrorCodes.classify(new java.nio.channels.AlreadyBoundException(), none))
                .isEqualTo(new Failure("EINVAL", Wsa.WSAEINVAL, "error.alreadyBound"));
        assertThat(ErrorCodes.classify(new java.nio.channels.NoConnectionPendingException(), none))
                .isEqualTo(new Failure("ENOTCONN", Wsa.WSAENOTCONN, "error.notConnected"));
        assertThat(ErrorCodes.classify(new java.nio.channels.UnresolvedAddressException(), none))
                .isEqualTo(new Failure("EAI_NONAME", Wsa.WSAHOST_NOT_FOUND, "error.unresolved"));
        assertThat(ErrorCodes.classify(new IllegalArgumentException("port out of range"), none))
                .isEqualTo(new Failure("EINVAL", Wsa.WSAEINVAL, "error.invalidArgument"));
    }

    @Test
    void aTypeThatCanBeOneErrorOnlyIsThatErrorWithoutAnyText() {
        ErrorTexts none = new ErrorTexts(Map.of());
        assertThat(ErrorCodes.classify(new NoRouteToHostException("whatever"), none)).isEqualTo(Errno.EHOSTUNREACH.failure());
        assertThat(ErrorCodes.classify(new java.net.PortUnreachableException("whatever"), none))
                .isEqualTo(Errno.ECONNREFUSED.failure());
    }

    @Test
    void anUnclassifiedFailureKeepsTheSystemsWordsOrTheExceptionsNameWhenThereAreNone() {
        ErrorTexts none = new ErrorTexts(Map.of());
        assertThat(ErrorCodes.classify(new SocketException("Protocol wrong type"), none))
                .isEqualTo(Failure.unclassified("Protocol wrong type"));
        assertThat(ErrorCodes.classify(new SocketException(), none)).isEqualTo(Failure.unclassified("SocketException"));
        assertThat(ErrorCodes.classify(new SocketException(""), none)).isEqualTo(Failure.unclassified("SocketException"));
    }

    @Test
    void theStatusNamesTheExceptionAndItsMessageIfAny() {
        assertThat(ErrorCodes.describe(new BindException("Address already in use")))
                .isEqualTo("BindException: Address already in use");
        assertThat(ErrorCodes.describe(new java.nio.channels.ClosedChannelException())).isEqualTo("ClosedChannelException");
    }

    @Test
    void aMessageEqualToATextWinsAndElseTheLongestTextItContainsAndTheFirstOfEqualLength() {
        ErrorTexts texts = new ErrorTexts(Map.of(Errno.ECONNRESET, java.util.List.of("reset"),
                Errno.EPIPE, java.util.List.of("broken pipe"), Errno.EINVAL, java.util.List.of("pipe")));
        java.util.List<Errno> order = java.util.List.of(Errno.EINVAL, Errno.ECONNRESET, Errno.EPIPE);
        assertThat(texts.find("Pipe.", order)).as("equal to a text").contains(Errno.EINVAL);
        assertThat(texts.find("a broken pipe here", order)).as("the longest contained").contains(Errno.EPIPE);
        assertThat(texts.find("nothing", order)).isEmpty();
        ErrorTexts same = new ErrorTexts(Map.of(Errno.EPIPE, java.util.List.of("aaaa"),
                Errno.ECONNRESET, java.util.List.of("bbbb")));
        assertThat(same.find("xaaaabbbbx", java.util.List.of(Errno.EPIPE, Errno.ECONNRESET))).contains(Errno.EPIPE);
        assertThat(same.find("xaaaabbbbx", java.util.List.of(Errno.ECONNRESET, Errno.EPIPE))).contains(Errno.ECONNRESET);
    }

    @Test
    void aTextIsComparedWithoutCaseBlanksOrFinalFullStops() {
        assertThat(ErrorTexts.bare("  Connection Refused. . ")).isEqualTo("connection refused");
        assertThat(ErrorTexts.bare("연결이 거부되었습니다。")).isEqualTo("연결이 거부되었습니다");
        assertThat(ErrorTexts.bare("...")).isEmpty();
        assertThat(ErrorTexts.bare("a.b")).isEqualTo("a.b");
    }

    @Test
    void aSystemWithoutTextsKnowsOnlyTheJdksOwnWords() {
        ErrorTexts other = ErrorTexts.of(OsKind.OTHER, n -> Optional.of("asked for " + n));
        assertThat(other.find("connection reset", java.util.List.of(Errno.values()))).contains(Errno.ECONNRESET);
        assertThat(other.find("asked for 111", java.util.List.of(Errno.values()))).isEmpty();
        ErrorTexts blank = ErrorTexts.of(OsKind.LINUX, n -> Optional.of(" . "));
        assertThat(blank.find("", java.util.List.of(Errno.values()))).as("an empty text names nothing").isEmpty();
    }

    /** Built here, not in an argument source, so that PIT counts the building of the texts as this test's. */
    @Test
    void windowsKnowsAnErrorByTheJdksFixedTextAndByFormatMessagesTextForItsOwnCodeOnly() {
        ErrorTexts en = texts(OsKind.WINDOWS, WINDOWS_EN);
        assertThat(ErrorCodes.classify(new IOException(WINDOWS_EN.get(10053)), en)).isEqualTo(Errno.ECONNABORTED.failure());
        assertThat(ErrorCodes.classify(new ConnectException("Connection refused: connect"), en))
                .isEqualTo(Errno.ECONNREFUSED.failure());
        assertThat(ErrorCodes.classify(new IOException(WINDOWS_EN.get(10054)), en)).as("not EPIPE, which borrows 10054")
                .isEqualTo(Errno.ECONNRESET.failure());
    }
}
