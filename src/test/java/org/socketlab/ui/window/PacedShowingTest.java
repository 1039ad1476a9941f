package org.socketlab.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socketlab.engine.Lab;
import org.socketlab.engine.LabSettings;
import org.socketlab.engine.LabUpdate;
import org.socketlab.engine.Operation;
import org.socketlab.engine.SocketState;
import org.socketlab.engine.StepLanguage;
import org.socketlab.engine.StepResult;

/**
 * While a burst goes on (more updates wait), a hand-over shows counters and states at once, and what only the
 * newest state needs (answers, status bar, log rows) at most every {@link ShowingPace#NANOS}, and always
 * at the burst's last hand-over.
 */
class PacedShowingTest {
    private static final long MS = 1_000_000;

    private final Lab lab = Lab.start(LabSettings.defaults().withPort(0));
    private final List<LabUpdate> published = new CopyOnWriteArrayList<>();
    private long now = 1_000 * MS;
    private boolean more = true;
    private final LabViewModel vm = new LabViewModel(lab, ViewModelLab.TEXT, (delay, action) -> { }, () -> now);

    @AfterEach
    void close() {
        lab.close();
    }

    /** Steps 1 and 2 (the server listens), each step's result as the lab published it, in order. */
    private List<StepResult> initializeAndListen() {
        return steps(1, 2);
    }

    /** The numbered steps, each one's result as the lab published it, in order. */
    private List<StepResult> steps(int... numbers) {
        lab.addListener(published::add);
        for (int n : numbers) {
            lab.run(StepLanguage.numbered(n).orElseThrow());
        }
        assertThat(lab.awaitQuiet(Duration.ofMillis(50), Duration.ofSeconds(30))).isTrue();
        return published.stream().filter(StepResult.class::isInstance).map(StepResult.class::cast).toList();
    }

    @Test
    void aBurstShowsStatesAtOnceAndAnswersTenTimesASecondAndAtItsEnd() {
        vm.paceWhile(() -> more);
        List<StepResult> steps = initializeAndListen();
        assertThat(steps).hasSize(2);

        vm.apply(List.of(steps.get(0)));
        assertThat(vm.lastStatusProperty().get().number()).as("nothing shown before: the first at once").isEqualTo(1);
        int rows = vm.log().entries().size();

        now += 50 * MS;
        vm.apply(List.of(steps.get(1)));
        assertThat(vm.server().phaseProperty().get()).as("the state at once").isEqualTo(SocketState.LISTENING);
        assertThat(vm.lastStatusProperty().get().number()).as("the answer 50 ms later, more to come").isEqualTo(1);
        assertThat(vm.log().entries()).as("the log's rows, more to come").hasSize(rows);
        assertThat(vm.server().statusProperty(Operation.LISTEN).get().number()).as("the card's answer, more to come")
                .isZero();

        now += 10 * MS;
        more = false;
        vm.apply(List.of());
        assertThat(vm.lastStatusProperty().get().number()).as("the burst's last hand-over").isEqualTo(2);
        assertThat(vm.log().entries()).hasSize(rows + 1);
        assertThat(vm.server().statusProperty(Operation.LISTEN).get().number()).isEqualTo(2);
    }

    @Test
    void aCardTheBurstHadNotAnsweredShowsItsAnswerAtOnce() {
        vm.paceWhile(() -> more);
        List<StepResult> steps = steps(1, 2, 3); // server Initialize and Listen, client Initialize
        vm.apply(List.of(steps.get(0)));
        now += 50 * MS;
        vm.apply(List.of(steps.get(1), steps.get(2)));
        assertThat(vm.server().statusProperty(Operation.LISTEN).get().number()).as("answered 50 ms ago").isZero();
        assertThat(vm.clients().get(0).statusProperty(Operation.INIT).get().number())
                .as("the client's first answer of the burst").isEqualTo(3);
    }

    @Test
    void aHandOverAPaceAfterTheLastShowingShowsAllEvenWithMoreToCome() {
        vm.paceWhile(() -> more);
        List<StepResult> steps = initializeAndListen();
        vm.apply(List.of(steps.get(0)));
        now += ShowingPace.NANOS;
        vm.apply(List.of(steps.get(1)));
        assertThat(vm.lastStatusProperty().get().number()).isEqualTo(2);
        assertThat(vm.server().statusProperty(Operation.LISTEN).get().number()).isEqualTo(2);
    }
}
