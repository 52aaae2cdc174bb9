package org.neurotheory.spark.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaSparkContext;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.paper.PaperRegistry;
import org.neurotheory.core.sweep.SweepBackend;
import org.neurotheory.core.sweep.ThreadPoolBackend;
import org.neurotheory.spark.SparkConnection;
import org.neurotheory.spark.SparkSweepBackend;

/**
 * Paired timing for docs/scale.md: a registered sweep on the thread pool and on Spark local[N], in
 * alternating rounds in one JVM (the same warm JIT for both), printing each round's wall times and
 * the median ratio. With the test paper's trivial sweep ({@code sweeptest random}, points that take
 * microseconds) the Spark time per point is Spark's overhead per task.
 * Run (from the repository root, after {@code mvn -B -pl spark -am test-compile}):
 * {@code java <spark.jvm.options> -cp spark/target/test-classes:spark/target/classes:$(cat spark/target/classpath.txt)
 * org.neurotheory.spark.bench.SweepTiming PAPER SWEEP SCALE ROUNDS MASTER}.
 */
public final class SweepTiming {
    private SweepTiming() {
    }

    public static void main(String[] args) {
        String paper = args.length > 0 ? args[0] : "sweeptest";
        String sweep = args.length > 1 ? args[1] : "random";
        Scale scale = Scale.parse(args.length > 2 ? args[2] : "paper");
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        String master = args.length > 4 ? args[4] : "local[2]";
        PaperRegistry registry = PaperRegistry.load();
        int points = registry.sweep(paper, sweep).size(scale);
        try (JavaSparkContext context = SparkConnection.connect(master, "neurotheory-sweep-timing")) {
            SweepBackend pool = new ThreadPoolBackend(registry, Runtime.getRuntime().availableProcessors());
            SweepBackend spark = new SparkSweepBackend(context, registry);
            time(pool, paper, sweep, scale);
            time(spark, paper, sweep, scale);
            List<Double> ratios = new ArrayList<>();
            double[] poolS = new double[rounds];
            double[] sparkS = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                poolS[r] = time(pool, paper, sweep, scale);
                sparkS[r] = time(spark, paper, sweep, scale);
                ratios.add(sparkS[r] / poolS[r]);
                System.out.printf(Locale.ROOT, "round %d: threads %.3f s, %s %.3f s%n", r, poolS[r], spark.describe(), sparkS[r]);
            }
            double[] rs = ratios.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            Arrays.sort(poolS);
            Arrays.sort(sparkS);
            System.out.printf(Locale.ROOT, "%s/%s at %s, %d points: median threads %.3f s, spark %.3f s; spark/threads"
                            + " median %.2f (min %.2f, max %.2f); spark - threads per point: %.2f ms%n",
                    paper, sweep, scale, points, poolS[rounds / 2], sparkS[rounds / 2], rs[rounds / 2], rs[0],
                    rs[rounds - 1], (sparkS[rounds / 2] - poolS[rounds / 2]) / points * 1e3);
        }
    }

    private static double time(SweepBackend backend, String paper, String sweep, Scale scale) {
        long t0 = System.nanoTime();
        backend.run(paper, sweep, scale, 1);
        return (System.nanoTime() - t0) / 1e9;
    }
}
