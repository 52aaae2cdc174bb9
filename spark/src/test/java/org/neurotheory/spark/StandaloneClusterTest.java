package org.neurotheory.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.paper.PaperRegistry;
import org.neurotheory.core.sweep.ThreadPoolBackend;
import org.neurotheory.examples.Main;
import picocli.CommandLine;

/**
 * A real Spark standalone cluster (master and one worker, separate JVMs on 127.0.0.1): registered
 * sweeps run on its executors (the test paper's, multimodal's and relu's) give the thread pool's rows
 * bit for bit, and {@code reproduce --spark} against it writes the CSVs a local run writes. Slow: the cluster takes
 * tens of seconds to start.
 */
@Tag("slow")
class StandaloneClusterTest {
    @Test
    void sweepsAndReproduceOnAStandaloneClusterEqualLocalRuns(@TempDir Path work) throws Exception {
        try (StandaloneCluster cluster = new StandaloneCluster(work)) {
            // the executors have the library on SPARK_HOME/jars already; the property names a jar to ship anyway
            System.setProperty(SparkConnection.JAR_PROPERTY, work.resolve("spark-home/jars").toFile()
                    .listFiles((d, n) -> n.startsWith("classes-"))[0].getPath());
            try {
                sweepsEqualTheThreadPool(cluster.master());
                reproduceEqualsALocalRun(cluster.master(), work);
            } finally {
                System.clearProperty(SparkConnection.JAR_PROPERTY);
            }
        }
    }

    private static void sweepsEqualTheThreadPool(String master) {
        try (JavaSparkContext context = SparkConnection.connect(master, "neurotheory-cluster-test")) {
            PaperRegistry registry = PaperRegistry.load();
            for (String[] sweep : List.of(new String[] {"sweeptest", "random"}, new String[] {"multimodal", "figc-toy"},
                    new String[] {"relu", "fige2-slopes"})) {
                List<double[]> pool = new ThreadPoolBackend(registry, 2).run(sweep[0], sweep[1], Scale.QUICK, 7);
                List<double[]> spark = new SparkSweepBackend(context, registry).run(sweep[0], sweep[1], Scale.QUICK, 7);
                assertEquals(pool.size(), spark.size());
                for (int i = 0; i < pool.size(); i++) {
                    assertArrayEquals(pool.get(i), spark.get(i), sweep[0] + "/" + sweep[1] + " point " + i);
                }
            }
        }
    }

    /**
     * reproduce against the cluster: popcodes' figures as figure tasks (files sent back to the driver),
     * relu/fige2 on the driver with its slope points as tasks on the cluster's executor.
     */
    private static void reproduceEqualsALocalRun(String master, Path work) throws Exception {
        String[] keys = {"popcodes/fig4", "popcodes/fig2", "relu/fige2"};
        Path local = work.resolve("local");
        Path remote = work.resolve("cluster");
        List<String> args = new ArrayList<>(List.of("reproduce"));
        args.addAll(List.of(keys));
        args.addAll(List.of("--out", local.toString()));
        assertEquals(0, new CommandLine(new Main()).execute(args.toArray(String[]::new)));
        args.set(args.size() - 1, remote.toString());
        args.addAll(List.of("--spark", master));
        assertEquals(0, SparkMain.run(args.toArray(String[]::new)));
        for (String key : keys) {
            assertArrayEquals(Files.readAllBytes(local.resolve(key + ".csv")), Files.readAllBytes(remote.resolve(key + ".csv")),
                    key + " CSV");
        }
    }
}
