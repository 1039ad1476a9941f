package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link LabSnapshot#ofKind}: the sockets of one kind, in name order, none of another kind. */
class SnapshotKindsTest {

    @Test
    void eachKindListsItsOwnSocketsOnly() {
        try (LabFixture f = new LabFixture()) {
            f.clicks("1", "2", "3", "client2.init", "4", "client2.connect", "5", "5");
            LabSnapshot snapshot = f.settle();
            assertThat(snapshot.ofKind(SocketKind.SERVER)).extracting(v -> v.name().toString())
                    .containsExactly("server");
            assertThat(snapshot.ofKind(SocketKind.CLIENT)).extracting(v -> v.name().toString())
                    .containsExactly("client1", "client2");
            assertThat(snapshot.ofKind(SocketKind.WORKER)).extracting(v -> v.name().toString())
                    .containsExactly("worker1", "worker2");
        }
    }
}
