package org.socketlab.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.socketlab.engine.Notification;

/**
 * The player benchmark's script for N clients, and the counters it must leave: Server Initialize and
 * Listen (steps 1 and 2), then for each client I: {@code clientI.init clientI.connect server.accept
 * clientI.send#12 workerI.receive} — 2 + 5N steps.
 */
final class PlayerScript {
    private PlayerScript() {
    }

    static List<String> steps(int clients) {
        List<String> steps = new ArrayList<>(List.of("1", "2"));
        for (int i = 1; i <= clients; i++) {
            steps.addAll(List.of("client" + i + ".init", "client" + i + ".connect", "server.accept",
                    "client" + i + ".send#" + PlainNioLoop.BYTES, "worker" + i + ".receive"));
        }
        return steps;
    }

    /**
     * What differs between the counters the player's lines show (each socket as the newest line that listed it)
     * and the script's: the server OnAccept N times, every client OnConnect and OnSend once, every worker OnSend
     * and OnReceive once, nothing else, and 2N + 1 sockets. Empty when every counter is exact.
     */
    static List<String> mismatches(JsonNode counters, int clients) {
        List<String> wrong = new ArrayList<>();
        if (counters.size() != 2 * clients + 1) {
            wrong.add(counters.size() + " sockets listed (expected " + (2 * clients + 1) + ")");
        }
        check(counters, "server", wrong, Notification.ACCEPT, clients);
        for (int i = 1; i <= clients; i++) {
            check(counters, "client" + i, wrong, Notification.CONNECT, 1, Notification.SEND, 1);
            check(counters, "worker" + i, wrong, Notification.SEND, 1, Notification.RECEIVE, 1);
        }
        return wrong;
    }

    /** Checks one socket's counters: the given notifications with their counts, every other one 0. */
    private static void check(JsonNode counters, String socket, List<String> wrong, Object... expected) {
        JsonNode c = counters.path(socket);
        if (c.isMissingNode()) {
            wrong.add(socket + " missing");
            return;
        }
        for (Notification n : Notification.values()) {
            int want = 0;
            for (int k = 0; k < expected.length; k += 2) {
                want = expected[k] == n ? (Integer) expected[k + 1] : want;
            }
            int got = c.path(n.word()).asInt(-1);
            if (got != want) {
                wrong.add(socket + " " + n.mfcName() + " " + got + " (expected " + want + ")");
            }
        }
    }
}
