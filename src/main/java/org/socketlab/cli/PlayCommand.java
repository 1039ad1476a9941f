package org.socketlab.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.socketlab.diagram.DiagramLayout;
import org.socketlab.diagram.DiagramRecorder;
import org.socketlab.diagram.DiagramTexts;
import org.socketlab.diagram.SvgDiagram;
import org.socketlab.engine.Lab;
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

/** {@code socketlab play [--host H] [--port P] [--buffer N] STEP...} */
@Command(name = "play", mixinStandardHelpOptions = true,
        usageHelpWidth = 100,
        description = {"Runs lab steps on real sockets and prints one JSON line per step.",
                "STEP: 1-7 (the seed dialog's steps), SOCKET.OP (client2.connect, worker1.receive, "
                        + "server.close...), SOCKET.send=TEXT, SOCKET.send#BYTES, wait=MS, or "
                        + "await=SOCKET.COUNTER=N (wait until a counter reaches N, e.g. await=server.accept=1).",
                "Or --lesson FILE|NAME: the steps of a lesson, with its narration."})
final class PlayCommand implements Callable<Integer> {
    static final int EXIT_MALFORMED = 2;
    /** A lesson ran to its end, but a counter it promised differs. */
    static final int EXIT_PROMISE_BROKEN = 1;

    private final PrintStream out;

    @Mixin
    LabOptions options = new LabOptions();

    @Option(names = "--lesson", paramLabel = "FILE|NAME",
            description = "Runs a lesson file, or a shipped lesson by name (${COMPLETION-CANDIDATES}).",
            completionCandidates = LessonNames.class)
    String lesson;

    @Option(names = "--diagram", paramLabel = "FILE.svg",
            description = "Also writes the session as a sequence diagram (SVG) to FILE at the end.")
    java.nio.file.Path diagram;

    @Option(names = "--record", paramLabel = "FILE.lesson",
            description = "Also writes what was run as a lesson file to FILE at the end: the lab's settings, each step "
                    + "with what it returned, and the counters reached as the lesson's promises.")
    java.nio.file.Path record;

    @Option(names = "--lang", paramLabel = "en|ko",
            description = "Language of the narration and messages (default: the system's; English if it is neither).")
    String lang;

    @Option(names = "--tcp", paramLabel = "each|last|off",
            description = "Which lines carry \"tcp\", the kernel's view of the sockets: each line (default), only the "
                    + "last one (a long script runs faster: reading the kernel's table walks every connection), or none.")
    String tcp = "each";

    @Parameters(paramLabel = "STEP", arity = "0..*", description = "The steps, in order.")
    List<String> steps = new ArrayList<>();

    /** The system the lab runs on: a lesson whose promises do not hold on it is not run. */
    private final OsKind os;

    PlayCommand(PrintStream out) {
        this(out, OsKind.current());
    }

    PlayCommand(PrintStream out, OsKind os) {
        this.out = out;
        this.os = os;
    }

    @Override
    public Integer call() {
        Locale before = Locale.getDefault();
        if (lang != null) {
            Optional<Locale> chosen = Language.of(lang);
            if (chosen.isEmpty()) {
                PlayerMain.refuse(out, "options", "bad option: --lang must be en or ko; nothing was run");
                return EXIT_MALFORMED;
            }
            Locale.setDefault(chosen.get());
        }
        try {
            return run(Locale.getDefault());
        } finally {
            Locale.setDefault(before);
        }
    }

    private int run(Locale locale) {
        LabSettings settings;
        try {
            settings = options.settings();
        } catch (IllegalArgumentException e) {
            PlayerMain.refuse(out, "options", "bad option: " + e.getMessage() + "; nothing was run");
            return EXIT_MALFORMED;
        }
        Player.TcpLines tcpLines;
        try {
            tcpLines = Player.TcpLines.valueOf(tcp.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            PlayerMain.refuse(out, "options", "bad option: --tcp must be each, last or off; nothing was run");
            return EXIT_MALFORMED;
        }
        if (lesson != null && !steps.isEmpty()) {
            PlayerMain.refuse(out, "options", "bad option: give either --lesson or steps, not both; nothing was run");
            return EXIT_MALFORMED;
        }
        List<ScriptStep> script = new ArrayList<>();
        for (String text : steps) {
            try {
                script.add(StepLanguage.parse(text));
            } catch (StepSyntaxException e) {
                // Checked whole before anything runs, as a lesson file is.
                PlayerMain.refuse(out, text, "malformed step '" + text + "': " + e.getMessage() + "; nothing was run");
                return EXIT_MALFORMED;
            }
        }
        Lesson toPlay = null;
        if (lesson != null) {
            try {
                toPlay = LessonFiles.load(lesson).in(locale);
            } catch (LessonFormatException e) {
                PlayerMain.refuse(out, "lesson", "bad lesson " + lesson + ": " + e.getMessage() + "; nothing was run");
                return EXIT_MALFORMED;
            }
            if (!toPlay.holdsOn(os)) {
                out.println(skipped(toPlay, locale));
                return 0;
            }
        }
        try (Lab lab = Lab.start(settings)) {
            Player player = new Player(lab, out);
            player.tcpLines(tcpLines);
            DiagramRecorder recorder = new DiagramRecorder();
            if (diagram != null) {
                lab.addListener(recorder);
                player.onKernel(recorder);
            }
            SessionRecord session = new SessionRecord();
            if (record != null) {
                player.recordInto(session);
            }
            int exit = 0;
            if (toPlay != null) {
                exit = player.play(toPlay) ? 0 : EXIT_PROMISE_BROKEN;
            } else {
                player.play(script);
            }
            exit = diagram == null ? exit : writeDiagram(recorder, exit);
            return record == null ? exit : writeRecord(session, lab, exit);
        }
    }

    /**
     * The one line said instead of a lesson whose promises do not hold on this system, e.g.
     * {@code {"step":"lesson","skipped":"What this lesson promises holds on Linux; ...","os":"windows","holdsOn":["linux"]}}.
     */
    private String skipped(Lesson l, Locale locale) {
        var line = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("step", "lesson")
                .put("skipped", new LessonSystems(locale).skipped(l, os)).put("os", os.word());
        var holdsOn = line.putArray("holdsOn");
        l.oses().stream().sorted().forEach(o -> holdsOn.add(o.word()));
        return line.toString();
    }

    /**
     * Writes what ran as a lesson that replays it, with the lab's settings; a file that cannot be written,
     * or a run that cannot be a lesson (no steps), is said in one error line (exit 2).
     */
    private int writeRecord(SessionRecord session, Lab lab, int exit) {
        try {
            Setup setup = Setup.from(lab.settings(), Payload.DEFAULT);
            String lesson = session.toLesson(SessionRecord.titleOf(record), setup, lab.snapshot());
            java.nio.file.Files.writeString(record, lesson, java.nio.charset.StandardCharsets.UTF_8);
            return exit;
        } catch (LessonFormatException e) {
            PlayerMain.refuse(out, "record", "could not record the session as a lesson: " + e.getMessage());
            return EXIT_MALFORMED;
        } catch (java.io.IOException e) {
            PlayerMain.refuse(out, "record", "could not write the lesson to " + record + ": " + e);
            return EXIT_MALFORMED;
        }
    }

    /** Writes the recorded session as SVG; a file that cannot be written is said in one error line (exit 2). */
    private int writeDiagram(DiagramRecorder recorder, int exit) {
        try {
            java.nio.file.Files.writeString(diagram, SvgDiagram.of(new DiagramLayout(DiagramTexts.standard())
                    .lay(recorder.diagram())), java.nio.charset.StandardCharsets.UTF_8);
            return exit;
        } catch (java.io.IOException e) {
            PlayerMain.refuse(out, "diagram", "could not write the diagram to " + diagram + ": " + e);
            return EXIT_MALFORMED;
        }
    }
}
