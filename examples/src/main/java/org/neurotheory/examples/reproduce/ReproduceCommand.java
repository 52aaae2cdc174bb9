package org.neurotheory.examples.reproduce;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.paper.Paper;
import org.neurotheory.core.paper.PaperRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code reproduce [KEY ...] [--scale quick|paper] [--out DIR] [--seed N] [--strict] [--list] [--rerun JSON]
 * [--spark MASTER]}: computes the selected figures (KEY = {@code all}, a paper or {@code paper/figure}),
 * writes their files and the gallery of the output folder. A figure whose data cannot be had on this
 * machine is SKIPPED with a message that says how to get it. {@code --rerun} recomputes the figure of
 * a run record with its seed and scale, writes the result next to the record ({@code <figure>.rerun.*})
 * and says whether the numbers are identical. Exit status 0 when every figure that ran passed its
 * checks (skipped figures allowed, unless {@code --strict}; a rerun's numbers identical), 1
 * otherwise, 2 for bad usage.
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

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "KEY", arity = "0..*",
            description = "'all' (default), a paper key or paper/figure.")
    private List<String> keys = new ArrayList<>();

    @Option(names = "--scale", paramLabel = "quick|paper", converter = ScaleConverter.class,
            description = "quick (seconds per figure, default) or paper (the paper's sizes).")
    private Scale scale = Scale.QUICK;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: ${DEFAULT-VALUE}).")
    private Path out = Path.of("reproduce-out");

    @Option(names = "--seed", paramLabel = "N", description = "Root seed (default: ${DEFAULT-VALUE}).")
    private long seed = 1;

    @Option(names = "--list", description = "List the papers and figures and exit.")
    private boolean list;

    @Option(names = "--strict", description = "Count a figure skipped for want of its data as a failure.")
    private boolean strict;

    @Option(names = "--rerun", paramLabel = "JSON",
            description = "Rerun the figure a previous run recorded in JSON, with its seed and scale; the result"
                    + " goes next to the record (<figure>.rerun.*) and is compared with it.")
    private Path rerun;

    @Option(names = "--spark", paramLabel = "MASTER",
            description = "Run the figures as Spark tasks (one figure: its sweep points): local[*], local[N] or"
                    + " spark://host:port. Needs the neurotheory-spark module; ./neurotheory builds it.")
    private String spark;

    /** Uses the papers found on the class path. */
    public ReproduceCommand() {
        this(PaperRegistry.load());
    }

    /** Uses the given registry (tests, custom collections). */
    public ReproduceCommand(PaperRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter w = spec.commandLine().getOut();
        if (list) {
            for (Paper p : registry.papers()) {
                w.printf("%s  %s (%s)%n", p.key(), p.title(), p.citation());
                for (FigureSpec f : p.figures()) {
                    List<String> old = p.aliases().entrySet().stream().filter(a -> a.getValue().equals(f.key()))
                            .map(a -> a.getKey()).sorted().toList();
                    w.printf("  %s/%s  %s%s%n", p.key(), f.key(), f.title(),
                            old.isEmpty() ? "" : "  [old key " + String.join(", ", old) + ", deprecated]");
                }
            }
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
        try {
            if (rerun != null) {
                RunRecordFile previous = RunRecordFile.read(rerun);
                keys = List.of(previous.key());
                seed = previous.seed();
                scale = previous.scale();
                Path paperDir = rerun.toAbsolutePath().getParent();
                out = paperDir.getParent();
                suffix = Rerun.SUFFIX;
            }
            entries = registry.select(keys);
            for (String k : keys) {
                registry.deprecation(k).ifPresent(note -> spec.commandLine().getErr().println("note: " + note));
            }
            spec.commandLine().getErr().flush();
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            spec.commandLine().getErr().flush();
            return USAGE;
        }
        List<FigureRun> runs = new ReproduceRunner(out, scale, seed, registry, suffix).run(entries);
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
