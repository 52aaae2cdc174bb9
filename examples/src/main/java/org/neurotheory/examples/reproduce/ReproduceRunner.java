package org.neurotheory.examples.reproduce;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.knowm.xchart.internal.chartpart.Chart;
import org.neurotheory.core.Require;
import org.neurotheory.core.data.DatasetUnavailableException;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureExporter;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.paper.PaperRegistry;
import org.neurotheory.core.provenance.LibraryVersion;
import org.neurotheory.core.provenance.RunRecord;
import org.neurotheory.core.sweep.Sweep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs selected figures, one after the other or {@link #jobs several at a time}, and writes, for
 * each, {@code out/<paper>/<figure>.png, .svg, .pdf, .csv, .json}, then the gallery ({@link Gallery}:
 * {@code out/index.html}, one page per figure, {@code out/index.md}) of every figure recorded in
 * {@code out}, so figures run before stay in it. A figure that throws gets a JSON record carrying the error; the other figures still
 * run and keep their files. A figure whose data cannot be had (a {@link DatasetUnavailableException}
 * anywhere in the cause chain) is SKIPPED: its JSON records the message, which says how to get the data.
 */
public final class ReproduceRunner {
    private static final Logger LOG = LoggerFactory.getLogger(ReproduceRunner.class);
    private final Path out;
    private final Scale scale;
    private final long seed;
    private final PaperRegistry registry;
    private final String suffix;
    private Consumer<String> announce = line -> { };
    private FigureTimes times = new FigureTimes(Map.of(), Map.of());
    private int jobs = 1;

    /**
     * @param out      output directory
     * @param scale    quick or paper
     * @param seed     root seed passed to every figure
     * @param registry the papers, for the gallery's titles and order
     * @param suffix   appended to each figure's base name ({@code ""}, or {@link Rerun#SUFFIX} for a rerun)
     */
    public ReproduceRunner(Path out, Scale scale, long seed, PaperRegistry registry, String suffix) {
        this.out = out;
        this.scale = scale;
        this.seed = seed;
        this.registry = registry;
        this.suffix = suffix;
    }

    /**
     * Where the counter line before each figure goes ({@code "12/38 multimodal/figc"}, then
     * {@code "(~4 s)"} when {@code times} has a measurement); the command line passes its standard error.
     */
    public ReproduceRunner announcing(Consumer<String> sink, FigureTimes times) {
        this.announce = sink;
        this.times = times;
        return this;
    }

    /**
     * Computes up to {@code n} figures at the same time, each on a thread of this JVM (default 1). A
     * figure's numbers do not depend on what else runs (every figure's randomness comes from its own
     * seed, and its threaded parts give the same bytes for any thread count), so the files are the same
     * bytes as one at a time; only the wall time changes.
     *
     * @param n figures at a time, in [1, 64]
     */
    public ReproduceRunner jobs(int n) {
        Require.inRange("jobs", n, 1, 64);
        this.jobs = n;
        return this;
    }

    /** Runs the entries and writes the gallery of everything recorded in the output folder. */
    public List<FigureRun> run(List<PaperRegistry.Entry> entries) throws IOException {
        List<FigureRun> runs = new ArrayList<>();
        var distributor = FigureDistributor.installed();
        if (distributor.isPresent() && entries.size() > 1) {
            runs.addAll(distributor.get().run(entries, this));
        } else if (jobs > 1 && entries.size() > 1) {
            runs.addAll(runConcurrently(entries));
        } else {
            for (int i = 0; i < entries.size(); i++) {
                runs.add(runAnnounced(entries.get(i), i + 1, entries.size()));
            }
        }
        Gallery.write(out, registry, Gallery.records(out, registry));
        return runs;
    }

    /** The counter line, the clock and the figure itself. */
    private FigureRun runAnnounced(PaperRegistry.Entry e, int number, int of) {
        String expected = times.label(scale, e.key());
        announce.accept(number + "/" + of + " " + e.key() + (expected.isEmpty() ? "" : " (" + expected + ")"));
        OptionalDouble measured = times.seconds(scale, e.key());
        try (FigureClock clock = FigureClock.start(e.key(), measured, announce)) {
            return runFigure(e);
        }
    }

    /**
     * {@link #jobs} figures at a time, longest first by their measured times (a figure without one
     * first of all: at paper scale those are the hours-long ones), so that the last to finish is a
     * short one; the outcomes come back in the entries' order.
     */
    private List<FigureRun> runConcurrently(List<PaperRegistry.Entry> entries) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(
                (Integer i) -> times.seconds(scale, entries.get(i).key()).orElse(Double.POSITIVE_INFINITY)).reversed());
        AtomicInteger started = new AtomicInteger();
        FigureRun[] runs = new FigureRun[entries.size()];
        // core's Sweep runs the points on its threads in the order given; its seeds are not used here
        for (Sweep.Row<Integer, FigureRun> row : Sweep.run(order, 0, jobs,
                (i, unused) -> runAnnounced(entries.get(i), started.incrementAndGet(), entries.size()))) {
            runs[row.point()] = row.result();
        }
        return List.of(runs);
    }

    /** The output folder. */
    public Path out() {
        return out;
    }

    /** The scale every figure runs at. */
    public Scale scale() {
        return scale;
    }

    /** The root seed. */
    public long seed() {
        return seed;
    }

    /**
     * Computes one figure in this JVM and writes its files into {@code out/<paper>/}; a figure that
     * throws gets a JSON record carrying the error (SKIPPED when its data cannot be had).
     */
    public FigureRun runFigure(PaperRegistry.Entry e) {
        String paper = e.paper().key();
        String figure = e.figure().key() + suffix;
        Path dir = out.resolve(paper);
        LOG.info("{}/{}: computing at {} scale", paper, figure, scale);
        long start = System.nanoTime();
        FigureData data = null;
        String error = null;
        DatasetUnavailableException skipped = null;
        try {
            data = e.figure().compute(scale, seed);
            List<Chart<?, ?>> charts = e.figure().render(data);
            double wall = (System.nanoTime() - start) / 1e9;
            RunRecord rec = record(e, data, wall, null);
            FigureExporter.export(data, charts, rec, dir, figure);
            wall = (System.nanoTime() - start) / 1e9;
            LOG.info("{}/{}: {} checks, {} failed, {} s", paper, figure, data.checks().size(),
                    data.checks().stream().filter(c -> !c.pass()).count(), String.format("%.1f", wall));
            return new FigureRun(e.key(), rec);
        } catch (Exception | Error ex) {
            if (ex instanceof VirtualMachineError vme && !(ex instanceof OutOfMemoryError)) {
                throw vme;
            }
            error = ex.getClass().getSimpleName() + ": " + ex.getMessage();
            skipped = DatasetUnavailableException.findIn(ex);
            if (skipped != null) {
                error = FigureRun.SKIPPED_PREFIX + skipped.getMessage();
                LOG.warn("{}/{} skipped: {}", paper, figure, skipped.getMessage());
            } else {
                LOG.error("{}/{} failed: {}", paper, figure, error, ex);
            }
        }
        double wall = (System.nanoTime() - start) / 1e9;
        RunRecord rec = record(e, data, wall, error);
        try {
            FigureExporter.writeJson(rec, dir.resolve(figure + ".json"));
        } catch (IOException io) {
            LOG.error("{}/{}: cannot write its error record: {}", paper, figure, io.getMessage());
        }
        return new FigureRun(e.key(), rec, skipped == null ? null : skipped.getMessage());
    }

    private RunRecord record(PaperRegistry.Entry e, FigureData data, double wall, String error) {
        return new RunRecord(e.paper().key(), e.figure().key(), e.figure().title(), scale, seed,
                data == null ? null : data.parameters(), LibraryVersion.get(), RunRecord.javaVersion(), wall,
                data == null ? null : data.checks(), data == null ? null : data.notes(), error);
    }
}
