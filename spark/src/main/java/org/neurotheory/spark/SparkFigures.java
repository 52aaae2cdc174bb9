package org.neurotheory.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.neurotheory.core.Require;
import org.neurotheory.core.figure.AtomicFiles;
import org.neurotheory.core.paper.PaperRegistry;
import org.neurotheory.examples.reproduce.FigureDistributor;
import org.neurotheory.examples.reproduce.FigureRun;
import org.neurotheory.examples.reproduce.ReproduceRunner;

/**
 * Runs the figures of a {@code reproduce} batch on Spark. A figure without registered sweeps is one
 * Spark task: an executor computes it ({@link RunFigure}) and sends its files back; they are written
 * into the output folder here (atomically, as a local run writes them) and the outcome is read from
 * the run record. A figure with registered sweeps ({@link PaperRegistry#sweepsOf}) is computed here on
 * the driver, meanwhile, with its sweep points as Spark tasks (the installed {@link SparkSweepBackend}),
 * so its points spread over the cluster instead of one executor's threads. Outcomes come back in the
 * batch's order; a figure that throws is an ERROR like in a local run, and the others complete.
 */
public final class SparkFigures implements FigureDistributor {
    private final JavaSparkContext context;

    /** @param context a running Spark context */
    public SparkFigures(JavaSparkContext context) {
        this.context = Require.nonNull("context", context);
    }

    @Override
    public List<FigureRun> run(List<PaperRegistry.Entry> entries, ReproduceRunner runner) {
        List<PaperRegistry.Entry> remote = new ArrayList<>();
        List<PaperRegistry.Entry> here = new ArrayList<>();
        for (PaperRegistry.Entry e : entries) {
            (PaperRegistry.sweepsOf(e).isEmpty() ? remote : here).add(e);
        }
        JavaFutureAction<List<FigureFiles>> tasks = null;
        if (!remote.isEmpty()) {
            List<FigureTask> list = new ArrayList<>();
            for (PaperRegistry.Entry e : remote) {
                list.add(new FigureTask(e.key(), runner.scale(), runner.seed()));
            }
            context.setJobDescription("reproduce: " + list.size() + " figures at " + runner.scale() + " scale");
            tasks = context.parallelize(list, list.size()).map(new RunFigure()).collectAsync();
        }
        Map<String, FigureRun> runs = new HashMap<>();
        for (PaperRegistry.Entry e : here) {
            runs.put(e.key(), runner.runFigure(e));
        }
        if (tasks != null) {
            List<FigureFiles> results = await(tasks);
            for (PaperRegistry.Entry e : remote) {
                FigureFiles files = results.stream().filter(r -> r.key().equals(e.key())).findFirst()
                        .orElseThrow(() -> new IllegalStateException("Spark returned no files for " + e.key()));
                runs.put(e.key(), write(files, runner.out(), e));
            }
        }
        return entries.stream().map(e -> runs.get(e.key())).toList();
    }

    private static List<FigureFiles> await(JavaFutureAction<List<FigureFiles>> tasks) {
        try {
            return tasks.get();
        } catch (InterruptedException e) {
            tasks.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the figure tasks ran", e);
        } catch (ExecutionException e) {
            // a figure's own failure comes back as its error record: this is Spark giving up on a task
            String first = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage())
                    .lines().findFirst().orElse("");
            throw new IllegalStateException("the figure tasks failed on Spark: " + first, e);
        }
    }

    private static FigureRun write(FigureFiles files, Path out, PaperRegistry.Entry e) {
        Path dir = out.resolve(files.paper());
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, byte[]> f : files.files().entrySet()) {
                byte[] bytes = f.getValue();
                AtomicFiles.write(dir.resolve(f.getKey()), o -> o.write(bytes));
            }
        } catch (IOException io) {
            throw new UncheckedIOException("cannot write " + e.key() + "'s files into " + dir, io);
        }
        return FigureRun.read(e.key(), dir.resolve(e.figure().key() + ".json"));
    }
}
