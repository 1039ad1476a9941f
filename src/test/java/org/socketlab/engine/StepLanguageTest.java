package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StepLanguageTest {

    @ParameterizedTest
    @CsvSource({
        "1, server.init", "2, server.listen", "3, client1.init", "4, client1.connect", "5, server.accept",
        "6, worker1.send", "7, client1.receive",
        "client.connect, client1.connect", "worker.receive, worker1.receive", "client2.abort, client2.abort",
        "server.close, server.close", "worker1.send=hello, worker1.send=hello", "worker1.send#8388608, worker1.send#8388608",
        "'client1.send=a=b#c', 'client1.send=a=b#c'", "wait=250, wait=250", "worker12.shutdown, worker12.shutdown",
        "worker1.send*, worker1.send*", "worker.send*#4096, worker1.send*#4096", "client2.send*=hi, client2.send*=hi"
    })
    void parsesTheStepLanguage(String text, String normalised) throws StepSyntaxException {
        assertThat(StepLanguage.parse(text).text()).isEqualTo(normalised);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "8", "0", "server", "server.connect", "worker1.init", "worker1.connect",
        "client1.listen", "server.send", "client1.fly", "host.init", "client0.init", "server2.init",
        "client1.receive=x", "worker1.send=", "worker1.send#0", "worker1.send#-5", "worker1.send#x",
        "worker1.send#99999999999999999999", "wait=", "wait=-1", "wait=abc", "wait=99999999", "Client1.init",
        "client1..init", "client1.init ", "client1.receive*", "worker1.send**", "worker1.send*#0", "worker1.send*="})
    void refusesWhatIsNotAStep(String text) {
        assertThatThrownBy(() -> StepLanguage.parse(text))
                .isInstanceOf(StepSyntaxException.class)
                .hasMessageNotContaining("Exception");
    }

    @ParameterizedTest
    @CsvSource({"server.connect, has no 'connect'", "client1.fly, unknown operation 'fly'",
        "worker1.send#0, between 1", "host.init, unknown socket 'host'",
        "worker1.close*, only send repeats"})
    void saysWhatIsWrong(String text, String why) {
        assertThatThrownBy(() -> StepLanguage.parse(text)).hasMessageContaining(why);
    }

    @org.junit.jupiter.api.Test
    void aStarRepeatsTheSendUntilItWouldBlockAndAPlainSendDoesNot() throws StepSyntaxException {
        Step repeated = ((ScriptStep.Action) StepLanguage.parse("worker1.send*#4096")).step();
        assertThat(repeated.payload()).isEqualTo(new Payload.UntilWouldBlock(new Payload.Bulk(4096)));
        Step plain = ((ScriptStep.Action) StepLanguage.parse("worker1.send#4096")).step();
        assertThat(plain.payload()).isEqualTo(new Payload.Bulk(4096));
    }
}
