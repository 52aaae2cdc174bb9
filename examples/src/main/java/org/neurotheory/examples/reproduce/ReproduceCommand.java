package org.neurotheory.examples.reproduce;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.paper.Paper;
import org.neurotheory.core.paper.PaperRegistry;
import org.neurotheory.core.sweep.ResumeDirectory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code reproduce [KEY ...] [--scale quick|paper] [--out DIR] [--resume DIR] [--seed N] [--strict] [--list]
 * [--rerun JSON] [--spark MASTER] [--jobs N]}: computes the selected figures (KEY = {@code all}, a paper or {@code paper/figure}),
 * writes their files and the gallery of the output folder. A figure whose data cannot be had on this
 * machine is SKIPPED with a message that says how to get it. {@code --rerun} recomputes the figure of
 * a run record with its seed and scale, writes the result next to the record ({@code <figure>.rerun.*})
 * and says whether the numbers are identical. Keys and {@code --scale} are case-insensitive (keys are
 * lower case). Bad usage is found before anything is computed: an unknown key (the nearest keys are
 * suggested), an {@code --out} folder that cannot be written, a missing or unreadable {@code --rerun}
 * record or one combined with options it cannot honour. While figures run, a counter line
 * {@code 12/38 multimodal/figc (~4 s)} goes to standard error before each one, with the time measured
 * for it at the scale it runs at ({@link FigureTimes}), and a figure measured at a few seconds or more
 * gets a progress bar with an ETA ({@link FigureClock}); {@code --list} shows the times at both scales. At paper
 * scale the figures keep their finished runs and checkpoints in {@code --resume} ({@code <out>/resume} by
 * default; core's {@link ResumeDirectory}, restored when the command returns), so the same command
 * started again after a kill or a reboot resumes (with {@code --spark} on a cluster, each executor keeps
 * them in its own temporary directory). {@code --jobs N} computes N figures at a time in this JVM
 * ({@link ReproduceRunner#jobs}), longest first, with the same files as one at a time. Exit status 0 when
 * every figure that ran passed its checks (skipped figures allowed, unless {@code --strict}; a rerun's
 * numbers identical), 1 otherwise, 2 for bad usage.
 */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = "Recompute paper figures: PNG, SVG, PDF, CSV and JSON per figure, and the gallery"
                + " (index.html, one page per figure, index.md) of everything in the output folder.")
public final class ReproduceCommand implements Callable<Integer> {
    /** Exit status when a figure failed a check or threw (or, with {@code --strict}, was skipped). */
    public static final int FAILED = 1;
    /** Exit status for bad usage (unknown key, bad option). */
    public static final int USAGE = 2;

    private final PaperRegistry registry;
    private final FigureTimes times;

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "KEY", arity = "0..*",
            description = "'all' (default), a paper key or paper/figure (any case; --list shows them all).")
    private List<String> keys = new ArrayList<>();

    @Option(names = "--scale", paramLabel = "quick|paper", converter = ScaleConverter.class,
            description = "quick (seconds per figure, default) or paper (the paper's sizes); any case.")
    private Scale scale = Scale.QUICK;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: ${DEFAULT-VALUE}).")
    private Path out = Path.of("reproduce-out");

    @Option(names = "--seed", paramLabel = "N", description = "Root seed (default: ${DEFAULT-VALUE}).")
    private long seed = 1;

    @Option(names = "--list", description = "List the papers and figures, with the time each took at quick and at paper scale, and exit.")
    private boolean list;

    @Option(names = "--strict", description = "Count a figure skipped for want of its data as a failure.")
    private boolean strict;

    @Option(names = "--rerun", paramLabel = "JSON",
            description = "Rerun the figure a previous run recorded in JSON, with its seed and scale; the result"
                    + " goes next to the record (<figure>.rerun.*) and is compared with it. Takes no KEY,"
                    + " --seed, --scale or --out: they come from the record.")
    private Path rerun;

    @Option(names = "--resume", paramLabel = "DIR",
            description = "At paper scale, where figures keep their finished runs and checkpoints, so that a killed"
                    + " run started again with the same options resumes (default: <out>/resume; for --rerun"
                    + " <out>/resume.rerun, so that the rerun recomputes).")
    private Path resume;

    @Option(names = "--spark", paramLabel = "MASTER",
            description = "Run the figures as Spark tasks (one figure: its sweep points): local[*], local[N] or"
                    + " spark://host:port. Needs the neurotheory-spark module, which the neurotheory launcher builds.")
    private String spark;

    @Option(names = "--jobs", paramLabel = "N",
            description = "Figures computed at the same time, each on its own thread of this JVM (default: 1; 1-64)."
                    + " The files are the same bytes as one at a time; on two cores --jobs 2 shortens a run of many"
                    + " one-thread figures. Not with --spark, whose tasks already run figures side by side.")
    private int jobs = 1;

    /** Uses the papers found on the class path. */
    public ReproduceCommand() {
        this(PaperRegistry.load());
    }

    /** Uses the given registry (tests, custom collections). */
    public ReproduceCommand(PaperRegistry registry) {
        this(registry, FigureTimes.bundled());
    }

    /** Uses the given registry and table of measured times. */
    public ReproduceCommand(PaperRegistry registry, FigureTimes times) {
        this.registry = registry;
        this.times = times;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter w = spec.commandLine().getOut();
        if (list) {
            w.printf("%-30s %-8s %-8s %s%n", "  figure", "quick", "paper", "title");
            for (Paper p : registry.papers()) {
                w.printf("%s  %s (%s)%n", p.key(), p.title(), p.citation());
                for (FigureSpec f : p.figures()) {
                    List<String> old = p.aliases().entrySet().stream().filter(a -> a.getValue().equals(f.key()))
                            .map(a -> a.getKey()).sorted().toList();
                    String key = p.key() + "/" + f.key();
                    w.printf("  %-28s %-8s %-8s %s%s%n", key, times.label(Scale.QUICK, key), times.label(Scale.PAPER, key),
                            f.title(), old.isEmpty() ? "" : "  [old key " + String.join(", ", old) + ", deprecated]");
                }
            }
            w.println("(times: computing each figure at quick and at paper scale (--scale paper), measured on the"
                    + " project's two cores while they were shared with other work, so a quiet machine is faster;"
                    + " writing a figure's files adds a few seconds; blank: not measured)");
            w.flush();
            return 0;
        }
        if (spark != null && FigureDistributor.installed().isEmpty()) {
            spec.commandLine().getErr().println("--spark " + spark + " needs the neurotheory-spark module on the class"
                    + " path: run ./neurotheory (it builds spark/) or org.neurotheory.spark.SparkMain");
            spec.commandLine().getErr().flush();
            return USAGE;
        }
        List<PaperRegistry.Entry> entries;
        String suffix = "";
        PrintWriter err = spec.commandLine().getErr();
        try {
            keys = keys.stream().map(k -> k.toLowerCase(Locale.ROOT)).toList();
            if (rerun != null) {
                List<String> ignored = new ArrayList<>();
                for (String o : new String[] {"--seed", "--scale", "--out"}) {
                    if (spec.commandLine().getParseResult().hasMatchedOption(o)) {
                        ignored.add(o);
                    }
                }
                if (!keys.isEmpty()) {
                    ignored.add("KEY " + String.join(" ", keys));
                }
                if (!ignored.isEmpty()) {
                    throw new IllegalArgumentException("--rerun takes the figure, seed, scale and folder from the record;"
                            + " it cannot be combined with " + String.join(", ", ignored));
                }
                if (!Files.isRegularFile(rerun)) {
                    throw new IllegalArgumentException("rerun = " + rerun + " is not allowed: no such file (must be a"
                            + " JSON run record written by reproduce, e.g. reproduce-out/attention/fig1.json)");
                }
                RunRecordFile previous;
                try {
                    previous = RunRecordFile.read(rerun);
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(e instanceof IllegalArgumentException ? e.getMessage()
                            : "rerun = " + rerun + " is not allowed: not a readable JSON run record (" + e.getMessage() + ")");
                }
                keys = List.of(previous.key());
                seed = previous.seed();
                scale = previous.scale();
                Path paperDir = rerun.toAbsolutePath().getParent();
                out = paperDir.getParent();
                suffix = Rerun.SUFFIX;
            }
            if (jobs < 1 || jobs > 64) {
                throw new IllegalArgumentException("jobs = " + jobs + " is not allowed: must be in [1, 64]");
            }
            if (jobs > 1 && spark != null) {
                throw new IllegalArgumentException("--jobs " + jobs + " cannot be combined with --spark: Spark runs the"
                        + " figures as its own tasks (choose local[N] for N at a time)");
            }
            for (String k : keys) {
                checkKnown(k);
            }
            entries = registry.select(keys);
            for (String k : keys) {
                registry.deprecation(k).ifPresent(note -> err.println("note: " + note));
            }
            checkWritable("out", out);
            if (scale == Scale.PAPER) {
                checkWritable("resume", resumeDir());
            }
            err.flush();
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage().replaceAll("\\s*\\R\\s*", " "));
            err.flush();
            return USAGE;
        }
        List<FigureRun> runs;
        String resumeBefore = System.getProperty(ResumeDirectory.PROPERTY);
        try {
            if (scale == Scale.PAPER) {
                ResumeDirectory.set(resumeDir());
            }
            runs = new ReproduceRunner(out, scale, seed, registry, suffix)
                    .announcing(line -> {
                        err.println(line);
                        err.flush();
                    }, times).jobs(jobs).run(entries);
        } finally {
            if (resumeBefore == null) {
                System.clearProperty(ResumeDirectory.PROPERTY);
            } else {
                System.setProperty(ResumeDirectory.PROPERTY, resumeBefore);
            }
        }
        boolean identical = true;
        if (rerun != null) {
            String base = rerun.getFileName().toString().replaceFirst("\\.json$", "");
            Path before = rerun.toAbsolutePath().resolveSibling(base + ".csv");
            Path after = rerun.toAbsolutePath().resolveSibling(base + Rerun.SUFFIX + ".csv");
            identical = Files.exists(before) && Files.exists(after) && Rerun.sameBytes(before, after);
            w.printf("rerun of %s: numbers %s (%s vs %s)%n", keys.get(0), identical ? "identical" : "DIFFER", before, after);
        }
        for (FigureRun r : runs) {
            FigureRun.Status status = r.status();
            String detail = status == FigureRun.Status.SKIPPED ? " " + r.skipped()
                    : status == FigureRun.Status.ERROR ? " " + r.record().error() : "";
            w.printf("%-28s %6.1f s  checks %d/%d  %s%s%n", r.key(), r.record().wallSeconds(), r.passed(),
                    r.record().checks().size(), status.label(), detail);
        }
        w.printf("%s; gallery: %s%n", summary(runs), out.resolve("index.html"));
        w.flush();
        long failed = count(runs, FigureRun.Status.FAIL) + count(runs, FigureRun.Status.ERROR);
        long skipped = count(runs, FigureRun.Status.SKIPPED);
        return failed == 0 && (skipped == 0 || !strict) && identical ? 0 : FAILED;
    }

    /** An unknown key is a usage error naming the nearest known keys. */
    private void checkKnown(String key) {
        List<String> known = new ArrayList<>();
        known.add("all");
        registry.papers().forEach(p -> known.add(p.key()));
        registry.entries().forEach(e -> known.add(e.key()));
        if (known.contains(registry.resolve(key))) {
            return;
        }
        List<String> near = KeySuggestions.nearest(key, known);
        throw new IllegalArgumentException("unknown key '" + key + "'"
                + (near.isEmpty() ? "" : ": did you mean " + String.join(" or ", near) + "?")
                + " (./neurotheory reproduce --list shows all " + (known.size() - 1) + " keys)");
    }

    /**
     * The folder of {@code --resume}, or {@code <out>/resume}; a rerun's own {@code <out>/resume.rerun}, so
     * that it recomputes rather than reading back the runs it is compared with.
     */
    private Path resumeDir() {
        return resume != null ? resume : out.resolve(rerun != null ? "resume" + Rerun.SUFFIX : "resume");
    }

    /**
     * The folder of option {@code --<option>} is created and probed with a file before any figure is
     * computed.
     */
    static void checkWritable(String option, Path dir) {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".write-probe", ".tmp");
            Files.delete(probe);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            String reason = e instanceof FileSystemException fse && fse.getReason() != null
                    ? fse.getFile() + ": " + fse.getReason() : e.getClass().getSimpleName() + " " + e.getMessage();
            throw new IllegalArgumentException(option + " = " + dir + " is not allowed: cannot write there (" + reason
                    + "); choose a writable folder with --" + option + " DIR");
        }
    }

    /** {@code N passed, M failed, K skipped} (failed counts failed checks and figures that threw). */
    static String summary(List<FigureRun> runs) {
        return String.format("%d passed, %d failed, %d skipped", count(runs, FigureRun.Status.PASS),
                count(runs, FigureRun.Status.FAIL) + count(runs, FigureRun.Status.ERROR), count(runs, FigureRun.Status.SKIPPED));
    }

    private static long count(List<FigureRun> runs, FigureRun.Status status) {
        return runs.stream().filter(r -> r.status() == status).count();
    }

    /** Parses {@code --scale}. */
    static final class ScaleConverter implements CommandLine.ITypeConverter<Scale> {
        @Override
        public Scale convert(String value) {
            try {
                return Scale.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
