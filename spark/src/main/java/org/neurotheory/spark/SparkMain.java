package org.neurotheory.spark;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.neurotheory.core.paper.PaperRegistry;
import org.neurotheory.core.sweep.SweepBackend;
import org.neurotheory.core.sweep.SweepBackends;
import org.neurotheory.examples.Main;
import org.neurotheory.examples.reproduce.FigureDistributor;
import org.neurotheory.examples.reproduce.ReproduceCommand;
import picocli.CommandLine;

/**
 * The {@code neurotheory} command line with Spark: {@code reproduce [KEY ...] --spark MASTER ...}
 * opens a Spark context on MASTER, hands batches of figures to it ({@link SparkFigures}, one task per
 * figure) and, for a single figure, its registered sweeps ({@link SparkSweepBackend}, one task per
 * point); everything else is the ordinary command. Outputs go to {@code --out} on this machine (the
 * driver). {@code ./neurotheory} calls this when {@code --spark} is given; with spark-submit, name
 * this class and the job jar.
 */
public final class SparkMain {
    private SparkMain() {
    }

    /** Entry point; exits with the command's status. */
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(run(args));
    }

    /** Runs the command line; returns its exit status. */
    static int run(String[] args) {
        List<String> list = Arrays.asList(args);
        int at = list.indexOf("--spark");
        if (at < 0 || at + 1 >= args.length) {
            return new CommandLine(new Main()).execute(args);
        }
        String master = args[at + 1];
        JavaSparkContext context;
        try {
            context = SparkConnection.connect(master, "neurotheory reproduce");
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println(e.getMessage());
            return e instanceof IllegalArgumentException ? ReproduceCommand.USAGE : ReproduceCommand.FAILED;
        }
        SweepBackend local = SweepBackends.current();
        try {
            SparkConnection.reportProgress(context);
            SweepBackends.use(new SparkSweepBackend(context, PaperRegistry.load()));
            FigureDistributor.install(new SparkFigures(context));
            return new CommandLine(new Main()).execute(args);
        } finally {
            SweepBackends.use(local);
            FigureDistributor.install(null);
            context.close();
        }
    }
}
