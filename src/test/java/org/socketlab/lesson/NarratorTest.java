package org.socketlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.socketlab.engine.Lab;
import org.socketlab.engine.LabSettings;
import org.socketlab.engine.LabUpdate;
import org.socketlab.engine.Notification;
import org.socketlab.engine.NotificationEvent;
import org.socketlab.engine.Operation;
import org.socketlab.engine.ScriptStep;
import org.socketlab.engine.SocketKind;
import org.socketlab.engine.SocketName;
import org.socketlab.engine.Step;
import org.socketlab.engine.StepResult;
import org.socketlab.engine.Wsa;
import org.socketlab.os.OsKind;

class NarratorTest {
    private final Narrator narrator = new Narrator();

    /** Every sentence a step can end with that says what happened has its own narration. */
    @Test
    void everyOutcomeAStepCanReportHasItsOwnNarration() {
        ResourceBundle explanations = ResourceBundle.getBundle("org.socketlab.engine.explanations", Locale.ROOT);
        Set<String> notOutcomes = Set.of("send.dropped", "server.listen.all", "server.listen.all.none",
                "oob.unobservable", "error.shutdown.name");
        List<String> missing = new ArrayList<>();
        for (String key : explanations.keySet()) {
            boolean outcome = key.matches("(server|client|send|receive|close|abort|shutdown|init)\\..*");
            if (outcome && !notOutcomes.contains(key) && !narrator.has("step." + key)) {
                missing.add(key);
            }
        }
        assertThat(missing).as("explanations without a narration").isEmpty();
        for (String key : List.of("step.missing", "step.generic.ok", "step.generic.would-block",
                "step.generic.error", "step.client.connect.pending.listening")) {
            assertThat(narrator.has(key)).as(key).isTrue();
        }
    }

    @Test
    void everyNotificationHasANarration() {
        for (Notification n : Notification.values()) {
            for (Wsa error : new Wsa[] {Wsa.NONE, Wsa.WSAECONNRESET, Wsa.WSAECONNREFUSED}) {
                NotificationEvent e = new NotificationEvent(SocketName.client(1), n, error, java.time.Instant.now(),
                        "t", org.socketlab.engine.LabSnapshot.EMPTY);
                assertThat(narrator.narrate(e)).as("%s %s", n, error).isNotBlank().doesNotContain("{");
            }
        }
    }

    @Test
    void codeEquivalentsCoverEveryOperationInEveryLanguage() {
        CodeEquivalents code = new CodeEquivalents();
        for (SocketKind kind : SocketKind.values()) {
            SocketName name = kind == SocketKind.SERVER ? SocketName.SERVER : new SocketName(kind, 1);
            for (Operation op : kind.operations()) {
                var snippets = code.of(new Step(name, op));
                assertThat(snippets.keySet()).containsExactly("java", "csharp", "mfc", "c");
                assertThat(snippets.values()).allSatisfy(s -> assertThat(s).isNotBlank());
            }
        }
        assertThat(code.of(new Step(SocketName.client(1), Operation.CONNECT)).get("java")).contains("connect(");
    }

    /**
     * Runs every shipped lesson as the player does: with its own settings (backlog 1, buffer 4, reuseaddr off),
     * its waits and awaits, each step checked against what the lesson says it returns and the lesson's
     * promises checked at the end, so the outcomes each lesson exists for do happen; then narrates every
     * result and notification.
     */
    @Test
    void everyStepOfEveryShippedLessonIsNarratedSpecifically() {
        Duration bound = Duration.ofSeconds(20);
        int ran = 0;
        for (String name : Lessons.names()) {
            Lesson lesson = Lessons.builtIn(name).orElseThrow();
            if (!lesson.holdsOn(OsKind.current())) {
                continue;
            }
            ran++;
            List<LabUpdate> updates = new CopyOnWriteArrayList<>();
            List<String> generic = new ArrayList<>();
            try (Lab lab = Lab.start(lesson.setup().applyTo(LabSettings.defaults().withPort(0)))) {
                lab.addListener(updates::add);
                for (int i = 0; i < lesson.steps().size(); i++) {
                    Lesson.Item item = lesson.steps().get(i);
                    String where = name + " step " + (i + 1) + " (" + item.step().text() + ")";
                    if (item.step() instanceof ScriptStep.Action a) {
                        StepResult r = lab.run(a.step());
                        assertThat(item.expect().accepts(r)).as("%s returned %s; the lesson says %s", where,
                                Expect.actual(r), item.expect().shown(r)).isTrue();
                        if (narrator.key(r).startsWith("step.generic")) {
                            generic.add(r.step().text() + " " + r.outcome().word() + " " + r.errno());
                        }
                    } else if (item.step() instanceof ScriptStep.Await await) {
                        assertThat(lab.awaitCounter(await.socket(), await.notification(), await.count(), bound))
                                .as("%s reached", where).isTrue();
                    } else {
                        // the lesson's own wait: let that much time pass with the lab quiet (a condition, bounded)
                        Duration wait = Duration.ofMillis(((ScriptStep.Wait) item.step()).millis());
                        assertThat(lab.awaitQuiet(wait, wait.plus(bound))).as("%s: quiet", where).isTrue();
                    }
                    // a connect the lesson leaves pending (a full backlog) keeps the lab from settling: the player
                    // waits 2 s for it too
                    boolean settled = lab.awaitSettled(Duration.ofSeconds(2));
                    assertThat(settled || lab.snapshot().sockets().values().stream()
                            .anyMatch(v -> v.state() == org.socketlab.engine.SocketState.CONNECTING))
                            .as("%s settled", where).isTrue();
                }
                assertThat(lesson.brokenPromises(lab.snapshot())).as("%s: promises broken", name).isEmpty();
            }
            for (LabUpdate u : updates) {
                String text = u instanceof StepResult r ? narrator.narrate(r)
                        : u instanceof NotificationEvent e ? narrator.narrate(e) : "-";
                assertThat(text).isNotBlank().doesNotContain("{0}").doesNotContain("{1}");
            }
            assertThat(generic).as("%s: steps only generically narrated", name).isEmpty();
        }
        assertThat(ran).as("lessons run on this system").isGreaterThan(10);
    }

    @Test
    void connectNarrationTeachesThatTheHandshakeCompletesBeforeAccept() {
        try (Lab lab = Lab.start(LabSettings.defaults().withPort(0))) {
            lab.run(new Step(SocketName.SERVER, Operation.INIT));
            lab.run(new Step(SocketName.SERVER, Operation.LISTEN));
            lab.run(new Step(SocketName.client(1), Operation.INIT));
            StepResult connect = lab.run(new Step(SocketName.client(1), Operation.CONNECT));
            assertThat(narrator.narrate(connect)).contains("before anyone calls accept()").contains("EINPROGRESS");
            lab.awaitQuiet(java.time.Duration.ofMillis(50), java.time.Duration.ofSeconds(20));
            StepResult receive = lab.run(new Step(SocketName.client(1), Operation.RECEIVE));
            assertThat(narrator.narrate(receive)).contains("not a failure");
        }
    }
}
