package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
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

    @ParameterizedTest
    @CsvSource({"wait=0, 0", "wait=600000, 600000", "worker1.send#1, 1", "worker1.send#1073741824, 1073741824"})
    void takesTheBoundsOfEachNumber(String text, long n) throws StepSyntaxException {
        ScriptStep step = StepLanguage.parse(text);
        long parsed = step instanceof ScriptStep.Wait w ? w.millis()
                : ((Payload.Bulk) ((ScriptStep.Action) step).step().payload()).size();
        assertThat(parsed).isEqualTo(n);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"wait=600001| wait must be between 0 and 600000, not 600001",
        "worker1.send#1073741825| a bulk size must be between 1 and 1073741824, not 1073741825",
        "wait=1x| wait must be a whole number, not '1x'"})
    void refusesANumberPastItsBounds(String text, String why) {
        assertThatThrownBy(() -> StepLanguage.parse(text)).isInstanceOf(StepSyntaxException.class)
                .hasMessage(why).satisfies(e -> assertThat(((StepSyntaxException) e).step()).isEqualTo(text));
    }

    @org.junit.jupiter.api.Test
    void theNumberedStepsAreTheSeedDialogsAndNoOthers() {
        assertThat(StepLanguage.numbered(4)).contains(new Step(SocketName.client(1), Operation.CONNECT));
        assertThat(StepLanguage.numbered(0)).isEmpty();
        assertThat(StepLanguage.numbered(8)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"await=server.accept=1, server, ACCEPT, 1", "await=client2.receive=250, client2, RECEIVE, 250"})
    void awaitsACounter(String text, String socket, Notification counter, int count) throws StepSyntaxException {
        ScriptStep step = StepLanguage.parse(text);
        assertThat(step).isEqualTo(new ScriptStep.Await(SocketName.parse(socket).orElseThrow(), counter, count));
        assertThat(step.text()).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({"await=server.accept, expected await=SOCKET.COUNTER=N", "await=host.accept=1, unknown socket 'host'",
        "await=server.fly=1, unknown counter 'fly'"})
    void refusesAnAwaitThatIsNotOne(String text, String why) {
        assertThatThrownBy(() -> StepLanguage.parse(text)).isInstanceOf(StepSyntaxException.class)
                .hasMessageContaining(why);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"''| an empty step", "client1.receive=x| only send takes a payload",
        "worker1.send=| an empty payload", "worker1.send!| not a step: expected 1-7"})
    void saysWhatIsWrongWithAPayloadOrNothing(String text, String why) {
        assertThatThrownBy(() -> StepLanguage.parse(text)).hasMessageContaining(why);
    }

    @Test
    void aSocketNameTakesNumberZeroForTheServerAndOneOrMoreForTheOthers() {
        assertThat(new SocketName(SocketKind.SERVER, 0)).isEqualTo(SocketName.SERVER);
        assertThat(SocketName.client(1)).hasToString("client1");
        assertThatThrownBy(() -> new SocketName(SocketKind.SERVER, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SocketName.client(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SocketName.worker(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
