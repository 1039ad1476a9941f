package org.socketlab.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.socketlab.diagram.DiagramLayout;
import org.socketlab.diagram.DiagramRecorder;
import org.socketlab.diagram.DiagramTexts;
import org.socketlab.diagram.SvgDiagram;
import org.socketlab.engine.Explain;
import org.socketlab.engine.Lab;
import org.socketlab.engine.LabResources;
import org.socketlab.engine.LabSnapshot;
import org.socketlab.engine.LabStartException;
import org.socketlab.engine.LabSettings;
import org.socketlab.engine.Payload;
import org.socketlab.engine.ScriptStep;
import org.socketlab.engine.StepLanguage;
import org.socketlab.engine.StepSyntaxException;
import org.socketlab.lesson.Language;
import org.socketlab.lesson.Lesson;
import org.socketlab.lesson.LessonFiles;
import org.socketlab.lesson.LessonFormatException;
import org.socketlab.lesson.LessonSystems;
import org.socketlab.lesson.SessionRecord;
import org.socketlab.lesson.Setup;
import org.socketlab.os.OsKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code socketlab play [--host H] [--port P] [--buffer N] STEP...}. Its help's texts are in
 * {@code player.properties} (PlayerMain gives picocli the bundle of the run's language).
 */
@Command(name = "play", mixinStandardHelpOptions = true, usageHelpWidth = 100)
final class PlayCommand implements Callable<Integer> {
    static final int EXIT_MALFORMED = 2;
    /** A lesson ran to its end, but a counter it promised differs. */
    static final int EXIT_PROMISE_BROKEN = 1;
    /** The longest an await= step may be told to wait: an hour. */
    static final long MAX_AWAIT_MILLIS = 3_600_000;

    private final PrintStream out;
    private final PlayerTexts texts;
    private final LabResources resources;

    @Mixin
    LabOptions options = new LabOptions();

    @Option(names = "--lesson", paramLabel = "FILE|NAME", completionCandidates = LessonNames.class)
    String lesson;

    @Option(names = "--diagram", paramLabel = "FILE.svg")
    java.nio.file.Path diagram;

    @Option(names = "--record", paramLabel = "FILE.lesson")
    java.nio.file.Path record;

    @Option(names = "--force")
    boolean force;

    @Option(names = "--await-timeout", paramLabel = "MS")
    long awaitTimeout = Player.AWAIT_BOUND.toMillis();

    @Option(names = "--predict", paramLabel = "FILE")
    java.nio.file.Path predict;

    @Option(names = "--lang", paramLabel = "en|ko")
    String lang;

    @Option(names = "--tcp", paramLabel = "each|last|off")
    String tcp = "each";

    @Option(names = "--counters", paramLabel = "changed|all")
    String counters = "changed";

    @Parameters(paramLabel = "STEP", arity = "0..*", descriptionKey = "steps")
    List<String> steps = new ArrayList<>();

    /** The system the lab runs on: a lesson whose promises do not hold on it is not run. */
    private final OsKind system;

    /** {@code texts} speak the run's language, already the default locale (PlayerMain chose it from --lang). */
    PlayCommand(PrintStream out, PlayerTexts texts, LabResources resources) {
        this(out, texts, resources, OsKind.current());
    }

    PlayCommand(PrintStream out, PlayerTexts texts, LabResources resources, OsKind system) {
        this.out = out;
        this.texts = texts;
        this.system = system;
        this.resources = resources;
    }

    @Override
    public Integer call() {
        if (lang != null && Language.of(lang).isEmpty()) {
            return refuseOption(texts.text("option.lang", lang));
        }
        return run(Locale.getDefault());
    }

    private int refuseOption(String problem) {
        PlayerMain.refuse(out, "options", texts.text("refused.option", problem));
        return EXIT_MALFORMED;
    }

    private int run(Locale locale) {
        LabSettings settings;
        try {
            settings = options.settings();
        } catch (IllegalArgumentException e) {
            return refuseOption(texts.problem(e));
        }
        Player.TcpLines tcpLines;
        try {
            tcpLines = Player.TcpLines.valueOf(tcp.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return refuseOption(texts.text("option.tcp"));
        }
        Player.CountersShown countersShown;
        try {
            countersShown = Player.CountersShown.valueOf(counters.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return refuseOption(texts.text("option.counters"));
        }
        if (lesson != null && !steps.isEmpty()) {
            return refuseOption(texts.text("option.both"));
        }
        if (awaitTimeout < 1 || awaitTimeout > MAX_AWAIT_MILLIS) {
            return refuseOption(texts.text("option.awaitTimeout", awaitTimeout, MAX_AWAIT_MILLIS));
        }
        List<ScriptStep> script = new ArrayList<>();
        for (String text : steps) {
            try {
                script.add(StepLanguage.parse(text));
            } catch (StepSyntaxException e) {
                // Checked whole before anything runs, as a lesson file is.
                PlayerMain.refuse(out, text, texts.text("refused.step", text, e.getMessage()));
                return EXIT_MALFORMED;
            }
        }
        Lesson toPlay = null;
        if (lesson != null) {
            try {
                toPlay = LessonFiles.load(lesson).in(locale);
            } catch (LessonFormatException e) {
                PlayerMain.refuse(out, "lesson", texts.text("refused.lesson", lesson, e.getMessage()));
                return EXIT_MALFORMED;
            }
            if (!toPlay.holdsOn(system)) {
                out.println(skipped(toPlay, locale));
                return 0;
            }
        }
        if (record != null) {
            java.nio.file.Path playing = lesson != null && java.nio.file.Files.isRegularFile(java.nio.file.Path.of(lesson))
                    ? java.nio.file.Path.of(lesson) : null;
            var problem = OutputFiles.problem(record, force, playing);
            if (problem.isPresent()) {
                PlayerMain.refuse(out, "record", texts.text(problem.get(), record));
                return EXIT_MALFORMED;
            }
        }
        if (diagram != null) {
            var problem = OutputFiles.problem(diagram, true, null);
            if (problem.isPresent()) {
                PlayerMain.refuse(out, "diagram", texts.text(problem.get(), diagram));
                return EXIT_MALFORMED;
            }
        }
        java.util.Map<Integer, org.socketlab.engine.Outcome> predictions = java.util.Map.of();
        if (predict != null) {
            try {
                predictions = PredictionFile.read(predict, toPlay != null ? toPlay.steps().size() : script.size());
            } catch (PredictionFile.Malformed e) {
                PlayerMain.refuse(out, "predict", e.line == 0
                        ? texts.text("refused.predict", predict, e.getMessage())
                        : texts.text("refused.predict.line", predict, e.line, e.getMessage()));
                return EXIT_MALFORMED;
            }
        }
        Lab started;
        try {
            started = Lab.start(settings, resources);
        } catch (LabStartException e) {
            // A locked-down PC: what the OS refused and what can be allowed, in one line (exit 2).
            PlayerMain.refuse(out, "start", Explain.in(locale, e.explanation()));
            return EXIT_MALFORMED;
        }
        started.awaitErrorTexts(Duration.ofSeconds(10));
        try (Lab lab = started) {
            Player player = new Player(lab, out, texts);
            player.tcpLines(tcpLines);
            player.countersShown(countersShown);
            player.outputLost(out::checkError); // PrintStream asks the stream under it too
            player.awaitBound(Duration.ofMillis(awaitTimeout));
            DiagramRecorder recorder = new DiagramRecorder();
            if (diagram != null) {
                lab.addListener(recorder);
                player.onKernel(recorder);
            }
            SessionRecord session = new SessionRecord();
            if (record != null) {
                player.recordInto(session);
            }
            player.predict(predictions);
            Thread interrupted = new Thread(() -> keepWhatRan(session, recorder, lab), "socketlab-play-interrupted");
            Runtime.getRuntime().addShutdownHook(interrupted);
            int exit = 0;
            try {
                if (toPlay != null) {
                    exit = player.play(toPlay) ? 0 : EXIT_PROMISE_BROKEN;
                } else {
                    player.play(script);
                }
            } catch (Player.OutputLost e) {
                System.err.println(texts.text("refused.output.lost"));
                System.err.flush();
                return PlayerMain.EXIT_FAILED;
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(interrupted);
                } catch (IllegalStateException e) {
                    // the JVM is shutting down already: the hook is writing what ran
                }
            }
            exit = exit == 0 && player.awaitFailed() ? EXIT_PROMISE_BROKEN : exit;
            exit = diagram == null ? exit : writeDiagram(recorder, exit);
            exit = record == null ? exit : writeRecord(session, lab, exit);
            player.printScore();
            return exit;
        }
    }

    /**
     * The one line said instead of a lesson whose promises do not hold on this system, e.g.
     * {@code {"step":"lesson","skipped":"What this lesson promises holds on Linux; ...","os":"windows","holdsOn":["linux"]}}.
     */
    private String skipped(Lesson l, Locale locale) {
        var line = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("step", "lesson")
                .put("skipped", new LessonSystems(locale).skipped(l, system)).put("os", system.word());
        var holdsOn = line.putArray("holdsOn");
        l.oses().stream().sorted().forEach(o -> holdsOn.add(o.word()));
        return line.toString();
    }

    /**
     * The run was stopped (Ctrl+C, SIGTERM) before its end: what --record and --diagram hold so far is written,
     * and one line on stderr says where, or that it could not be (nothing ran yet, or the write failed).
     */
    private void keepWhatRan(SessionRecord session, DiagramRecorder recorder, Lab lab) {
        if (record != null) {
            try {
                // the session's own newest snapshot: the selector thread may be busy with the step cut short
                saveRecord(session, lab, session.latest());
                System.err.println(texts.text("interrupted.record", session.size(), record));
            } catch (LessonFormatException | java.io.IOException | RuntimeException e) {
                System.err.println(texts.text("interrupted.record.none", record, e.getMessage()));
            }
        }
        if (diagram != null) {
            try {
                saveDiagram(recorder);
                System.err.println(texts.text("interrupted.diagram", diagram));
            } catch (java.io.IOException | RuntimeException e) {
                System.err.println(texts.text("interrupted.diagram.none", diagram, e.getMessage()));
            }
        }
        System.err.flush();
    }

    /**
     * Writes what ran as a lesson that replays it, with the lab's settings; a file that cannot be written,
     * or a run that cannot be a lesson (no steps), is said in one error line (exit 2).
     */
    private int writeRecord(SessionRecord session, Lab lab, int exit) {
        try {
            saveRecord(session, lab, lab.snapshot());
            return exit;
        } catch (LessonFormatException e) {
            PlayerMain.refuse(out, "record", texts.text("refused.record.unfit", e.getMessage()));
            return EXIT_MALFORMED;
        } catch (java.io.IOException e) {
            PlayerMain.refuse(out, "record", texts.text("refused.record.write", record, e));
            return EXIT_MALFORMED;
        }
    }

    /** Writes the recorded session as SVG; a file that cannot be written is said in one error line (exit 2). */
    private int writeDiagram(DiagramRecorder recorder, int exit) {
        try {
            saveDiagram(recorder);
            return exit;
        } catch (java.io.IOException e) {
            PlayerMain.refuse(out, "diagram", texts.text("refused.diagram.write", diagram, e));
            return EXIT_MALFORMED;
        }
    }

    /** The session as a lesson (the lab's settings, the counters of {@code end} as its promises), to --record. */
    private void saveRecord(SessionRecord session, Lab lab, LabSnapshot end)
            throws LessonFormatException, java.io.IOException {
        Setup setup = Setup.from(lab.settings(), Payload.DEFAULT);
        java.nio.file.Files.writeString(record, session.toLesson(SessionRecord.titleOf(record), setup, end),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The session's sequence diagram as SVG, to --diagram. */
    private void saveDiagram(DiagramRecorder recorder) throws java.io.IOException {
        java.nio.file.Files.writeString(diagram, SvgDiagram.of(new DiagramLayout(DiagramTexts.standard())
                .lay(recorder.diagram())), java.nio.charset.StandardCharsets.UTF_8);
    }
}
