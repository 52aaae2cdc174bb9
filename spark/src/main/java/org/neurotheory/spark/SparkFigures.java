package org.neurotheory.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.neurotheory.core.Require;
import org.neurotheory.core.figure.AtomicFiles;
import org.neurotheory.core.paper.PaperRegistry;
import org.neurotheory.examples.reproduce.FigureDistributor;
import org.neurotheory.examples.reproduce.FigureRun;
import org.neurotheory.examples.reproduce.ReproduceRunner;

/**
 * Runs the figures of a {@code reproduce} batch as Spark tasks, one task per figure: each executor
 * computes its figure ({@link RunFigure}) and sends its files back; they are written into the output
 * folder here (atomically, as a local run writes them) and the outcomes are read from the run records,
 * in the batch's order. A figure that throws is an ERROR like in a local run; the others complete.
 */
public final class SparkFigures implements FigureDistributor {
    private final JavaSparkContext context;

    /** @param context a running Spark context */
    public SparkFigures(JavaSparkContext context) {
        this.context = Require.nonNull("context", context);
    }

    @Override
    public List<FigureRun> run(List<PaperRegistry.Entry> entries, ReproduceRunner runner) {
        List<FigureTask> tasks = new ArrayList<>();
        for (PaperRegistry.Entry e : entries) {
            tasks.add(new FigureTask(e.key(), runner.scale(), runner.seed()));
        }
        context.setJobDescription("reproduce: " + tasks.size() + " figures at " + runner.scale() + " scale");
        List<FigureFiles> results = context.parallelize(tasks, tasks.size()).map(new RunFigure()).collect();
        List<FigureRun> runs = new ArrayList<>();
        for (PaperRegistry.Entry e : entries) {
            FigureFiles files = results.stream().filter(r -> r.key().equals(e.key())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Spark returned no files for " + e.key()));
            runs.add(write(files, runner.out(), e));
        }
        return runs;
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
