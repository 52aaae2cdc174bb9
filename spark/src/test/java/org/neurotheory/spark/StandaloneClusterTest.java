package org.neurotheory.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.paper.PaperRegistry;
import org.neurotheory.core.sweep.ThreadPoolBackend;

/**
 * A real Spark standalone cluster (master and one worker, separate JVMs on 127.0.0.1): registered
 * sweeps run on its executors give the thread pool's rows bit for bit. Slow: the cluster takes
 * tens of seconds to start.
 */
@Tag("slow")
class StandaloneClusterTest {
    @Test
    void sweepsOnAStandaloneClusterEqualTheThreadPool(@TempDir Path work) throws Exception {
        try (StandaloneCluster cluster = new StandaloneCluster(work)) {
            // the executors have the library on SPARK_HOME/jars already; the property names a jar to ship anyway
            System.setProperty(SparkConnection.JAR_PROPERTY, work.resolve("spark-home/jars").toFile()
                    .listFiles((d, n) -> n.startsWith("classes-"))[0].getPath());
            try (JavaSparkContext context = SparkConnection.connect(cluster.master(), "neurotheory-cluster-test")) {
                PaperRegistry registry = PaperRegistry.load();
                for (String[] sweep : List.of(new String[] {"sweeptest", "random"}, new String[] {"multimodal", "figc-toy"})) {
                    List<double[]> pool = new ThreadPoolBackend(registry, 2).run(sweep[0], sweep[1], Scale.QUICK, 7);
                    List<double[]> spark = new SparkSweepBackend(context, registry).run(sweep[0], sweep[1], Scale.QUICK, 7);
                    assertEquals(pool.size(), spark.size());
                    for (int i = 0; i < pool.size(); i++) {
                        assertArrayEquals(pool.get(i), spark.get(i), sweep[0] + "/" + sweep[1] + " point " + i);
                    }
                }
            } finally {
                System.clearProperty(SparkConnection.JAR_PROPERTY);
            }
        }
    }
}
