package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Which sockets each half of the lab runs, and which operations each kind of socket offers. */
class SocketRolesTest {

    @Test
    void eachRoleRunsItsHalfOfTheSockets() {
        assertThat(EnumSet.allOf(SocketKind.class).stream().filter(Role.BOTH::has)).hasSize(3);
        assertThat(Role.SERVER.has(SocketKind.SERVER)).isTrue();
        assertThat(Role.SERVER.has(SocketKind.WORKER)).isTrue();
        assertThat(Role.SERVER.has(SocketKind.CLIENT)).isFalse();
        assertThat(Role.CLIENT.has(SocketKind.CLIENT)).isTrue();
        assertThat(Role.CLIENT.has(SocketKind.SERVER)).isFalse();
        assertThat(Role.CLIENT.has(SocketKind.WORKER)).isFalse();
    }

    @Test
    void aRoleIsKnownByItsLowerCaseWord() {
        assertThat(Role.SERVER.word()).isEqualTo("server");
        assertThat(Role.fromWord("client")).contains(Role.CLIENT);
        assertThat(Role.fromWord("both")).contains(Role.BOTH);
        assertThat(Role.fromWord("CLIENT")).isEmpty();
        assertThat(Role.fromWord("peer")).isEmpty();
    }

    @Test
    void anOperationIsKnownByItsLowerCaseWord() {
        assertThat(Operation.SHUTDOWN.word()).isEqualTo("shutdown");
        assertThat(Operation.fromWord("abort")).contains(Operation.ABORT);
        assertThat(Operation.fromWord("Abort")).isEmpty();
    }

    @Test
    void eachKindOffersItsOperationsAndACopyOfThemOnly() {
        assertThat(SocketKind.SERVER.operations())
                .containsExactlyInAnyOrder(Operation.INIT, Operation.LISTEN, Operation.ACCEPT, Operation.CLOSE);
        assertThat(SocketKind.WORKER.offers(Operation.CONNECT)).isFalse();
        assertThat(SocketKind.CLIENT.offers(Operation.CONNECT)).isTrue();
        SocketKind.WORKER.operations().clear();
        assertThat(SocketKind.WORKER.offers(Operation.SEND)).as("clearing the copy changes nothing").isTrue();
        assertThat(SocketKind.WORKER.prefix()).isEqualTo("worker");
    }

    @Test
    void eachOutcomeHasItsWord() {
        assertThat(Outcome.WOULD_BLOCK.word()).isEqualTo("would-block");
    }
}
