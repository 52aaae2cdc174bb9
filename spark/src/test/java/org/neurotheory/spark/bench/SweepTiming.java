package org.neurotheory.spark.bench;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 * rounds in one JVM (the same warm JIT for both), the order alternating from round to round (threads
 * first, then Spark first) so that a drift in the machine's load falls on both sides. Prints each
 * round's wall times, the load average, whether both backends gave the same rows bit for bit, and the
 * median Spark/threads ratio with its range. With the test paper's trivial sweep ({@code sweeptest
 * random}, points that take microseconds) the Spark time per point is Spark's overhead per task.
 * Run (from the repository root, after {@code mvn -B -o -pl spark -am test-compile} and
 * {@code mvn -B -o -pl spark dependency:build-classpath -Dmdep.outputFile=target/classpath.txt}):
 * <pre>
 * OMP_NUM_THREADS=1 java -Xmx3g --add-modules jdk.incubator.vector &lt;spark.jvm.options of spark/pom.xml&gt; \
 *     -cp spark/target/test-classes:spark/target/classes:$(cat spark/target/classpath.txt) \
 *     org.neurotheory.spark.bench.SweepTiming PAPER SWEEP SCALE ROUNDS MASTER WARMUP
 * </pre>
 * e.g. {@code relu fige2-slopes paper 5 local[2] 0}; WARMUP is the number of untimed runs of each
 * backend first (1 by default; 0 for sweeps that take minutes, where the JIT's warm-up is noise).
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
        int warmup = args.length > 5 ? Integer.parseInt(args[5]) : 1;
        PaperRegistry registry = PaperRegistry.load();
        int points = registry.sweep(paper, sweep).size(scale);
        System.out.printf(Locale.ROOT, "%s: %s/%s at %s scale, %d points, %d rounds, %d processors, load %.2f%n",
                Instant.now().truncatedTo(ChronoUnit.SECONDS), paper, sweep, scale, points, rounds,
                Runtime.getRuntime().availableProcessors(), load());
        try (JavaSparkContext context = SparkConnection.connect(master, "neurotheory-sweep-timing")) {
            SweepBackend pool = new ThreadPoolBackend(registry, Runtime.getRuntime().availableProcessors());
            SweepBackend spark = new SparkSweepBackend(context, registry);
            for (int w = 0; w < warmup; w++) {
                pool.run(paper, sweep, scale, 1);
                spark.run(paper, sweep, scale, 1);
            }
            double[] poolS = new double[rounds];
            double[] sparkS = new double[rounds];
            double[] ratios = new double[rounds];
            boolean identical = true;
            for (int r = 0; r < rounds; r++) {
                List<double[]> a;
                List<double[]> b;
                long t0 = System.nanoTime();
                if (r % 2 == 0) {
                    a = pool.run(paper, sweep, scale, 1);
                    long t1 = System.nanoTime();
                    b = spark.run(paper, sweep, scale, 1);
                    poolS[r] = (t1 - t0) / 1e9;
                    sparkS[r] = (System.nanoTime() - t1) / 1e9;
                } else {
                    b = spark.run(paper, sweep, scale, 1);
                    long t1 = System.nanoTime();
                    a = pool.run(paper, sweep, scale, 1);
                    sparkS[r] = (t1 - t0) / 1e9;
                    poolS[r] = (System.nanoTime() - t1) / 1e9;
                }
                boolean same = a.size() == b.size();
                for (int i = 0; same && i < a.size(); i++) {
                    same = Arrays.equals(a.get(i), b.get(i));
                }
                identical &= same;
                ratios[r] = sparkS[r] / poolS[r];
                System.out.printf(Locale.ROOT, "round %d (%s first): threads %.3f s, %s %.3f s, ratio %.3f, rows %s, load %.2f%n",
                        r, r % 2 == 0 ? "threads" : "spark", poolS[r], spark.describe(), sparkS[r], ratios[r],
                        same ? "identical" : "DIFFERENT", load());
            }
            double[] p = sorted(poolS);
            double[] s = sorted(sparkS);
            double[] q = sorted(ratios);
            System.out.printf(Locale.ROOT, "%s/%s at %s, %d points: median threads %.3f s (%.3f-%.3f), spark %.3f s (%.3f-%.3f);"
                            + " spark/threads median %.3f (min %.3f, max %.3f); spark - threads per point %.2f ms;"
                            + " rows %s%n",
                    paper, sweep, scale, points, median(p), p[0], p[rounds - 1], median(s), s[0], s[rounds - 1],
                    median(q), q[0], q[rounds - 1], (median(s) - median(p)) / points * 1e3,
                    identical ? "identical in every round" : "DIFFERENT");
        }
    }

    private static double[] sorted(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c;
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
