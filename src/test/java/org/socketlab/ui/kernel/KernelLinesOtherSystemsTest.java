package org.socketlab.ui.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.socketlab.engine.SocketName;
import org.socketlab.engine.SocketState;
import org.socketlab.kernel.KernelSocket;
import org.socketlab.kernel.KernelSource;
import org.socketlab.kernel.KernelView;
import org.socketlab.kernel.QueuedConnection;
import org.socketlab.kernel.TcpState;
import org.socketlab.lesson.Language;

/**
 * What the card's kernel line and the Kernel tab say where the system does not show a figure: in words that
 * name the system, in English and Korean, never 0 or -1. No toolkit: the words are composed in the view model.
 */
class KernelLinesOtherSystemsTest {
    private static final ResourceBundle EN = ResourceBundle.getBundle("i18n.messages", Locale.ROOT, Language.NO_FALLBACK);
    private static final ResourceBundle KO = ResourceBundle.getBundle("i18n.messages", Locale.KOREAN, Language.NO_FALLBACK);
    private static final SocketName CLIENT1 = SocketName.parse("client1").orElseThrow();
    private static final SocketName CLIENT3 = SocketName.parse("client3").orElseThrow();
    private static final String SERVER = "127.0.0.1:11000";

    private static KernelView view(KernelSource source, List<KernelSocket> sockets, List<QueuedConnection> accepting) {
        return new KernelView(3, Instant.EPOCH, sockets, List.of(), accepting, source);
    }

    @Test
    void onWindowsTheQueuesAreSaidNotShownOnTheCardAndInTheTab() {
        KernelSocket client = new KernelSocket(CLIENT1, "127.0.0.1:50123", SERVER, TcpState.ESTABLISHED, -1, -1, 0, -1,
                false, false);
        KernelSocket server = new KernelSocket(SocketName.SERVER, SERVER, "", TcpState.LISTEN, -1, -1, 100, -1, false, false);
        KernelView view = view(KernelSource.TCP_TABLE, List.of(server, client),
                List.of(new QueuedConnection(SERVER, "127.0.0.1:50124", TcpState.ESTABLISHED, -1)));

        KernelLine line = new KernelLines(EN).of(client, view, SocketState.CONNECTED);
        assertThat(line.text()).isEqualTo("Kernel: ESTABLISHED · Send-Q and Recv-Q not shown by Windows");
        assertThat(line.brief()).isEqualTo("Kernel: ESTABLISHED");
        assertThat(line.about()).as("the tooltip names where it was read").contains("GetExtendedTcpTable")
                .doesNotContain("/proc");
        assertThat(new KernelLines(KO).of(client, view, SocketState.CONNECTED).text())
                .isEqualTo("커널: ESTABLISHED · Windows에서는 Send-Q·Recv-Q를 볼 수 없음");
        assertThat(new KernelLines(EN).of(server, view, SocketState.LISTENING).text())
                .as("the waiting connections are listed: counted from the rows")
                .isEqualTo("Kernel: LISTEN · accept\u00a0queue\u00a01\u00a0of\u00a0100");

        List<KernelRow> rows = new KernelLines(EN).rows(view);
        assertThat(rows).extracting(KernelRow::who).containsExactly("server", "client1", "queued");
        assertThat(rows.subList(1, 3)).allSatisfy(r -> {
            assertThat(r.sendQueue()).isEqualTo("not shown");
            assertThat(r.recvQueue()).isEqualTo("not shown");
        });
        assertThat(new KernelLines(KO).rows(view).get(1).sendQueue()).isEqualTo("볼 수 없음");
        assertThat(EN.getString(KernelViewModel.sourceKey(view))).contains("GetExtendedTcpTable")
                .contains("administrator");
    }

    @Test
    void onMacosTheAcceptQueueIsACountAndAClosedSocketIsNotShown() {
        KernelSocket server = new KernelSocket(SocketName.SERVER, SERVER, "", TcpState.LISTEN, 0, 2, 128, -1, false, false);
        KernelSocket closed = new KernelSocket(CLIENT3, "127.0.0.1:50125", SERVER, TcpState.CLOSED, -1, -1, 0, -1, false,
                false, true);
        KernelView view = view(KernelSource.PROC_PIDFDINFO, List.of(server, closed), List.of());

        KernelLine listen = new KernelLines(EN).of(server, view, SocketState.LISTENING);
        assertThat(listen.text()).isEqualTo("Kernel: LISTEN · accept\u00a0queue\u00a02\u00a0of\u00a0128");
        assertThat(listen.queue()).isEqualTo("Waiting for Accept: 2 (counted by macOS, which does not say which connections)");
        assertThat(listen.plain()).as("connections wait: something new").isFalse();
        assertThat(new KernelLines(KO).of(server, view, SocketState.LISTENING).queue())
                .isEqualTo("수락을 기다리는 연결: 2개 (macOS에서는 수만 알 수 있고 어느 연결인지는 보이지 않음)");

        KernelLine after = new KernelLines(EN).of(closed, view, SocketState.CLOSED);
        assertThat(after.text()).isEqualTo("Kernel: not shown after close (macOS shows a program only the sockets it still holds)");
        assertThat(after.text()).doesNotContain("CLOSED");
        assertThat(after.brief()).isEqualTo("Kernel: not shown after close");
        assertThat(after.meaning()).contains("TIME_WAIT");
        assertThat(after.about()).contains("proc_pidfdinfo").doesNotContain("/proc/net");
        assertThat(new KernelLines(KO).of(closed, view, SocketState.CLOSED).text()).startsWith("커널: 닫은 뒤에는 볼 수 없음");

        List<KernelRow> rows = new KernelLines(EN).rows(view);
        assertThat(rows).extracting(KernelRow::who).containsExactly("server", "client3", "queued ×2");
        assertThat(rows.get(1).stateText()).isEqualTo("not shown");
        assertThat(rows.get(1).note()).isEqualTo("after close: no longer shown by macOS");
        assertThat(rows.get(2).stateText()).isEqualTo("not shown");
        assertThat(rows.get(2).kind()).isEqualTo(KernelRow.Kind.QUEUED);
        assertThat(rows.get(2).note()).contains("macOS");
        assertThat(EN.getString(KernelViewModel.sourceKey(view))).contains("proc_pidfdinfo");
    }

    @Test
    void onLinuxTheLineIsAsBefore() {
        KernelSocket client = new KernelSocket(CLIENT1, "127.0.0.1:50123", SERVER, TcpState.ESTABLISHED, 0, 12, 0, -1,
                false, false);
        KernelView view = view(KernelSource.PROC_NET_TCP, List.of(client), List.of());
        assertThat(new KernelLines(EN).of(client, view, SocketState.CONNECTED).text())
                .isEqualTo("Kernel: ESTABLISHED · Send-Q\u00a00 · Recv-Q\u00a012");
        assertThat(new KernelLines(EN).of(client, view, SocketState.CONNECTED).about()).isEqualTo(EN.getString("kernel.tooltip"));
        assertThat(new KernelLines(EN).rows(view).get(0).stateText()).isEqualTo("ESTABLISHED");
        assertThat(KernelViewModel.sourceKey(view)).isEqualTo("kernel.source.proc");
    }

    @Test
    void onLinuxAQueueAtTheBacklogSaysLinuxLetsOneMoreWait() {
        KernelSocket server = new KernelSocket(SocketName.SERVER, SERVER, "", TcpState.LISTEN, 0, 2, 1, -1, false, false);
        List<QueuedConnection> two = List.of(new QueuedConnection(SERVER, "127.0.0.1:50123", TcpState.ESTABLISHED, 0),
                new QueuedConnection(SERVER, "127.0.0.1:50124", TcpState.ESTABLISHED, 0));
        KernelView linux = view(KernelSource.PROC_NET_TCP, List.of(server), two);
        KernelLine line = new KernelLines(EN).of(server, linux, SocketState.LISTENING);
        assertThat(line.text()).isEqualTo("Kernel: LISTEN · 2\u00a0waiting, backlog\u00a01: Linux allows one more than the backlog");
        assertThat(line.brief()).isEqualTo("Kernel: LISTEN · queue\u00a02 (backlog\u00a01\u00a0+\u00a01)");
        assertThat(new KernelLines(KO).of(server, linux, SocketState.LISTENING).text())
                .isEqualTo("커널: LISTEN · 2개\u00a0대기 중, 백로그\u00a01: Linux는 백로그보다 연결 하나를 더 허용합니다");
        assertThat(line.about()).contains("one more connection than the backlog").contains("SYN queue");

        KernelView one = view(KernelSource.PROC_NET_TCP, List.of(server), two.subList(0, 1));
        assertThat(new KernelLines(EN).of(server, one, SocketState.LISTENING).text()).as("at the backlog: one more may come")
                .endsWith("1\u00a0waiting, backlog\u00a01: Linux allows one more than the backlog");
        KernelSocket roomy = new KernelSocket(SocketName.SERVER, SERVER, "", TcpState.LISTEN, 0, 1, 100, -1, false, false);
        assertThat(new KernelLines(EN).of(roomy, view(KernelSource.PROC_NET_TCP, List.of(roomy), two.subList(0, 1)),
                SocketState.LISTENING).text()).isEqualTo("Kernel: LISTEN · accept\u00a0queue\u00a01\u00a0of\u00a0100");

        KernelView mac = view(KernelSource.PROC_PIDFDINFO, List.of(server), List.of());
        assertThat(new KernelLines(EN).of(server, mac, SocketState.LISTENING).text()).as("Linux's rule, said only of Linux")
                .isEqualTo("Kernel: LISTEN · accept\u00a0queue\u00a02\u00a0of\u00a01");
        KernelView inferred = view(KernelSource.INFERRED, List.of(), List.of());
        assertThat(new KernelLines(EN).of(new KernelSocket(SocketName.SERVER, SERVER, "", TcpState.LISTEN, -1, -1, 1, -1,
                false, true), inferred, SocketState.LISTENING).about()).doesNotContain("Linux").doesNotContain("/proc");
    }

    @Test
    void aConnectWhoseRowCannotBeToldApartIsUnknownNeverClosed() {
        KernelSocket client = new KernelSocket(CLIENT3, "", SERVER, TcpState.CLOSED, -1, -1, 0, -1, false, false, false, true);
        KernelView view = view(KernelSource.PROC_NET_TCP, List.of(client), List.of());
        KernelLine line = new KernelLines(EN).of(client, view, SocketState.CONNECTING);
        assertThat(line.text()).isEqualTo("Kernel: state unknown (a connect under way whose row cannot be told apart yet)");
        assertThat(line.brief()).isEqualTo("Kernel: state unknown");
        assertThat(line.meaning()).contains("local port").contains("not mean CLOSED");
        assertThat(line.plain()).isFalse();
        KernelLine ko = new KernelLines(KO).of(client, view, SocketState.CONNECTING);
        assertThat(ko.text()).startsWith("커널: 상태 알 수 없음").doesNotContain("CLOSED");
        assertThat(ko.brief()).isEqualTo("커널: 상태 알 수 없음");

        KernelRow row = new KernelLines(EN).rows(view).get(0);
        assertThat(row.stateText()).isEqualTo("unknown");
        assertThat(row.sendQueue()).isEqualTo("?");
        assertThat(row.recvQueue()).isEqualTo("?");
        assertThat(row.addresses()).isEqualTo("? ⇄ " + SERVER);
        assertThat(row.note()).isEqualTo("connect under way: its row cannot be told apart");
        assertThat(new KernelLines(KO).rows(view).get(0).stateText()).isEqualTo("알 수 없음");
    }

    @Test
    void aPendingConnectInSynSentCountsItsSynInSendQ() {
        KernelSocket client = new KernelSocket(CLIENT3, "127.0.0.1:50125", SERVER, TcpState.SYN_SENT, 1, 0, 0, -1, false,
                false);
        KernelView view = view(KernelSource.PROC_NET_TCP, List.of(client), List.of());
        KernelLine line = new KernelLines(EN).of(client, view, SocketState.CONNECTING);
        assertThat(line.text()).isEqualTo("Kernel: SYN_SENT · Send-Q\u00a01 · Recv-Q\u00a00");
        assertThat(line.about()).contains("Send-Q: bytes the program wrote that the peer has not acknowledged yet")
                .contains("a SYN or FIN waiting for its ACK counts as one");
        assertThat(new KernelLines(KO).of(client, view, SocketState.CONNECTING).about())
                .contains("write()에 넘겼지만").contains("SYN이나 FIN도 1로 셉니다");
    }

    @Test
    void everySystemHasItsNameAndItsSourceInBothLanguages() {
        for (KernelSource source : KernelSource.values()) {
            for (ResourceBundle bundle : List.of(EN, KO)) {
                assertThat(bundle.containsKey("kernel.os." + KernelLines.word(source))).as(source.name()).isTrue();
                assertThat(bundle.containsKey(KernelViewModel.sourceKey(view(source, List.of(), List.of()))))
                        .as(source.name()).isTrue();
            }
        }
    }
}
