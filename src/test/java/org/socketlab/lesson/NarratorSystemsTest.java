package org.socketlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.socketlab.engine.Lab;
import org.socketlab.engine.LabSettings;
import org.socketlab.engine.LabSnapshot;
import org.socketlab.engine.Notification;
import org.socketlab.engine.NotificationEvent;
import org.socketlab.engine.Operation;
import org.socketlab.engine.SocketName;
import org.socketlab.engine.Step;
import org.socketlab.engine.StepResult;
import org.socketlab.engine.Wsa;
import org.socketlab.os.OsKind;

/**
 * Where the operating system decides what happens, the narration says what the system it narrates for does:
 * rendered here on Linux for every system, in English and in Korean.
 */
class NarratorSystemsTest {
    private static final Locale KOREAN = Locale.forLanguageTag("ko");

    private static String say(Locale locale, OsKind os, NotificationEvent e) {
        return new Narrator(locale, os).narrate(e);
    }

    /** Client 1's Connect on a real lab, to this lab's own listening server or to a port where nothing listens. */
    private static StepResult connect(Lab lab, boolean listening) {
        if (listening) {
            lab.run(new Step(SocketName.SERVER, Operation.INIT));
            lab.run(new Step(SocketName.SERVER, Operation.LISTEN));
        }
        lab.run(new Step(SocketName.client(1), Operation.INIT));
        return lab.run(new Step(SocketName.client(1), Operation.CONNECT));
    }

    private static NotificationEvent event(Notification n, Wsa error) {
        return new NotificationEvent(SocketName.client(1), n, error, Instant.now(), "t", LabSnapshot.EMPTY);
    }

    @Test
    void aRefusalIsFastOnLinuxAndMacosAndRetriedOnWindowsExceptOnJavasLoopback() {
        NotificationEvent refused = event(Notification.CONNECT, Wsa.WSAECONNREFUSED);
        assertThat(say(Locale.ROOT, OsKind.LINUX, refused)).contains("Linux reported it at once")
                .doesNotContain("two seconds");
        assertThat(say(Locale.ROOT, OsKind.MACOS, refused)).contains("macOS reported it at once");
        assertThat(say(Locale.ROOT, OsKind.WINDOWS, refused)).contains("about two seconds")
                .contains("turns those retries off").contains("accept queue is full");
        assertThat(say(Locale.ROOT, OsKind.OTHER, refused)).as("elsewhere: each system named")
                .contains("Linux and macOS report it at once").contains("Windows");
        assertThat(say(KOREAN, OsKind.LINUX, refused)).contains("Linux는 이를 곧바로 알렸습니다");
        assertThat(say(KOREAN, OsKind.MACOS, refused)).contains("macOS는 이를 곧바로 알렸습니다");
        assertThat(say(KOREAN, OsKind.WINDOWS, refused)).contains("약 2초").contains("재시도를 꺼 두므로");
    }

    @Test
    void aResetKeepsUnreadDataReadableOnLinuxAndDiscardsItOnWindows() {
        NotificationEvent reset = event(Notification.CLOSE, Wsa.WSAECONNRESET);
        assertThat(say(Locale.ROOT, OsKind.LINUX, reset)).contains("Linux keeps data").doesNotContain("Windows");
        assertThat(say(Locale.ROOT, OsKind.WINDOWS, reset)).contains("Windows discards data")
                .doesNotContain("Linux");
        assertThat(say(Locale.ROOT, OsKind.MACOS, reset)).as("not measured on macOS: both systems named")
                .contains("Linux keeps").contains("Windows discards");
        assertThat(say(KOREAN, OsKind.LINUX, reset)).contains("Linux는").doesNotContain("Windows");
        assertThat(say(KOREAN, OsKind.WINDOWS, reset)).contains("Windows는").doesNotContain("Linux");
    }

    /** One real refused connect on loopback, narrated as each system would have answered it. */
    @Test
    void aPendingConnectSaysHowFastThisSystemReportsARefusal() {
        try (Lab lab = Lab.start(LabSettings.defaults().withPort(0))) {
            StepResult connect = connect(lab, false);
            assertThat(new Narrator(Locale.ROOT, OsKind.LINUX).key(connect)).isEqualTo("step.client.connect.pending");
            assertThat(new Narrator(Locale.ROOT, OsKind.LINUX).narrate(connect))
                    .contains("On Linux a refusal (RST) is reported at once").doesNotContain("Windows");
            assertThat(new Narrator(Locale.ROOT, OsKind.MACOS).narrate(connect)).contains("On macOS a refusal");
            assertThat(new Narrator(Locale.ROOT, OsKind.WINDOWS).narrate(connect))
                    .contains("about two seconds").contains("Java on Windows turns those retries off");
            assertThat(new Narrator(Locale.ROOT, OsKind.OTHER).narrate(connect))
                    .contains("at once on Linux and macOS").contains("on Windows");
            assertThat(new Narrator(KOREAN, OsKind.LINUX).narrate(connect)).contains("Linux에서는 연결 거부(RST)가 곧바로");
            assertThat(new Narrator(KOREAN, OsKind.WINDOWS).narrate(connect)).contains("약 2초").contains("재시도를 꺼 두므로");
        }
    }

    /** A connect to a listening server completes in the kernel, unless its accept queue is full: then per system. */
    @Test
    void aConnectToAListeningServerSaysWhatThisSystemDoesWhenTheBacklogIsFull() {
        try (Lab lab = Lab.start(LabSettings.defaults().withPort(0))) {
            StepResult connect = connect(lab, true);
            assertThat(new Narrator(Locale.ROOT, OsKind.LINUX).narrate(connect))
                    .contains("before anyone calls accept()").contains("Linux drops the SYN").doesNotContain("RST");
            assertThat(new Narrator(Locale.ROOT, OsKind.MACOS).narrate(connect)).contains("macOS drops the SYN");
            assertThat(new Narrator(Locale.ROOT, OsKind.WINDOWS).narrate(connect))
                    .contains("Windows answers the SYN with RST").contains("10061");
            assertThat(new Narrator(KOREAN, OsKind.LINUX).narrate(connect)).contains("Linux는 응답 없이 SYN을 버리고");
            assertThat(new Narrator(KOREAN, OsKind.WINDOWS).narrate(connect)).contains("Windows는 SYN에 RST로 답하므로");
        }
    }

    @Test
    void theSameKeyIsChosenOnEverySystemOnlyItsWordsDiffer() {
        Narrator windows = new Narrator(Locale.ROOT, OsKind.WINDOWS);
        assertThat(windows.onThisOs("step.abort.ok")).isEqualTo("step.abort.ok.windows");
        assertThat(windows.onThisOs("step.send.ok")).as("no Windows variant").isEqualTo("step.send.ok");
        assertThat(new Narrator(Locale.ROOT, OsKind.OTHER).onThisOs("step.abort.ok")).isEqualTo("step.abort.ok");
        assertThat(new Narrator(Locale.ROOT, OsKind.MACOS).onThisOs("step.server.listen.inuse.noreuse"))
                .isEqualTo("step.server.listen.inuse.noreuse.macos");
    }
}
