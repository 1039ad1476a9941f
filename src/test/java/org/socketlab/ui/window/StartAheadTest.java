package org.socketlab.ui.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.Selector;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.socketlab.engine.Lab;
import org.socketlab.engine.LabResources;
import org.socketlab.engine.LabSettings;
import org.socketlab.engine.LabStartException;
import org.socketlab.engine.Operation;
import org.socketlab.engine.Outcome;
import org.socketlab.engine.SocketName;
import org.socketlab.engine.Step;

/** The window's lab is started on a thread of its own while JavaFX starts, and handed over as if started there. */
class StartAheadTest {

    /** Notes the thread that opened the lab's selector, and whether the language was set by then. */
    private static final class Watched implements LabResources {
        final AtomicReference<String> openedOn = new AtomicReference<>();
        final AtomicReference<String> languageOn = new AtomicReference<>();
        volatile boolean languageFirst;

        @Override
        public Selector openSelector() throws IOException {
            openedOn.set(Thread.currentThread().getName());
            languageFirst = languageOn.get() != null;
            return Selector.open();
        }
    }

    @Test
    void theLabStartsOnAThreadOfItsOwnAndRunsStepsOnceTaken() {
        Watched os = new Watched();
        StartAhead ahead = StartAhead.begin(LabSettings.defaults(), os,
                () -> os.languageOn.set(Thread.currentThread().getName()));
        try (Lab lab = ahead.lab()) {
            assertThat(os.openedOn.get()).as("the thread that started the lab").isEqualTo(StartAhead.THREAD_NAME)
                    .isNotEqualTo(Thread.currentThread().getName());
            assertThat(os.languageOn.get()).as("the thread that set the language").isEqualTo(StartAhead.THREAD_NAME);
            assertThat(os.languageFirst).as("the language is set before the lab starts (its texts follow it)").isTrue();
            assertThat(ahead.os()).isSameAs(os);
            assertThat(lab.run(new Step(SocketName.SERVER, Operation.INIT)).outcome()).isEqualTo(Outcome.OK);
        }
    }

    @Test
    void aRefusedLabIsHandedOverAsTheRefusal() {
        LabResources noSelector = new LabResources() {
            @Override
            public Selector openSelector() throws IOException {
                throw new IOException("refused by the test");
            }
        };
        StartAhead ahead = StartAhead.begin(LabSettings.defaults(), noSelector, () -> { });
        assertThatThrownBy(ahead::lab).isInstanceOf(LabStartException.class)
                .satisfies(e -> assertThat(((LabStartException) e).refused()).isEqualTo(LabStartException.Refused.SELECTOR))
                .hasRootCauseMessage("refused by the test");
    }
}
