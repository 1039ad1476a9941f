package org.socketlab.ui.window;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.socketlab.engine.Lab;
import org.socketlab.engine.LabResources;
import org.socketlab.engine.LabSettings;
import org.socketlab.lesson.Lessons;

/**
 * What the window's start needs and JavaFX does not: the language chosen last time (read from the user's
 * preferences), the lab (its selector and thread), then the shipped lessons, begun on a thread of their own while
 * JavaFX starts its toolkit, so that the FX thread finds them ready instead of spending its first ~0.15 s on them.
 * Taking the lab waits for the language, so the window speaks it from its first word. A lab the OS refuses is
 * handed over as the refusal, as if the window had started the lab itself (the lessons are then not read).
 */
final class StartAhead {
    static final String THREAD_NAME = "socketlab-start-ahead";
    private final LabResources os;
    private final CompletableFuture<Lab> lab = new CompletableFuture<>();

    private StartAhead(LabResources os) {
        this.os = os;
    }

    /**
     * Runs {@code first} (the language: it sets the default locale, which the lab's texts and the window's
     * follow), starts a lab with {@code settings} on what {@code os} gives, then parses the lessons; returns at
     * once.
     */
    static StartAhead begin(LabSettings settings, LabResources os, Runnable first) {
        StartAhead ahead = new StartAhead(os);
        Thread thread = new Thread(() -> ahead.run(first, settings), THREAD_NAME);
        thread.setDaemon(true);
        thread.start();
        return ahead;
    }

    private void run(Runnable first, LabSettings settings) {
        try {
            first.run();
            lab.complete(Lab.start(settings, os));
        } catch (RuntimeException | Error e) {
            lab.completeExceptionally(e);
            return;
        }
        // The FX thread may go on meanwhile: a lesson it needs sooner waits for this parse, not for another.
        Lessons.preload();
    }

    /** What the lab was started on. */
    LabResources os() {
        return os;
    }

    /** The started lab, once it is; throws what starting it threw (e.g. {@code LabStartException}). */
    Lab lab() {
        try {
            return lab.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
