package org.neurotheory.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.paper.PaperRegistry;
import org.neurotheory.core.progress.Progress;
import org.neurotheory.core.sweep.ThreadPoolBackend;

/** The Spark backend against the thread pool on Spark local[2]: same rows, same order, same bytes. */
class SparkSweepBackendTest {
    private static JavaSparkContext context;

    @BeforeAll
    static void start() {
        // local[2,2]: two threads, and a failed task is tried twice
        context = SparkConnection.connect("local[2,2]", "neurotheory-test");
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void sparkRowsEqualThreadPoolRowsBitForBit() {
        PaperRegistry registry = PaperRegistry.load();
        for (Scale scale : Scale.values()) {
            List<double[]> pool = new ThreadPoolBackend(registry, 2).run("sweeptest", "random", scale, 42);
            List<double[]> spark = new SparkSweepBackend(context, registry).run("sweeptest", "random", scale, 42);
            assertEquals(scale.pick(7, 20), spark.size());
            for (int i = 0; i < pool.size(); i++) {
                assertEquals(i, (int) spark.get(i)[0], "point order");
                assertArrayEquals(pool.get(i), spark.get(i), "point " + i + " at " + scale);
            }
        }
    }

    @Test
    void registeredPaperSweepsGiveTheThreadPoolsRowsBitForBit() {
        // relu's slope sweep (every point shares the sweep seed's data and initial weights) and multimodal's
        // depth sweep (every point draws from its own derived seed), quick scale
        PaperRegistry registry = PaperRegistry.load();
        for (String[] sweep : List.of(new String[] {"relu", "fige2-slopes"}, new String[] {"multimodal", "fige-depth"})) {
            List<double[]> one = new ThreadPoolBackend(registry, 1).run(sweep[0], sweep[1], Scale.QUICK, 7);
            List<double[]> two = new ThreadPoolBackend(registry, 2).run(sweep[0], sweep[1], Scale.QUICK, 7);
            List<double[]> spark = new SparkSweepBackend(context, registry).run(sweep[0], sweep[1], Scale.QUICK, 7);
            assertEquals(registry.sweep(sweep[0], sweep[1]).size(Scale.QUICK), spark.size());
            for (int i = 0; i < spark.size(); i++) {
                String at = sweep[0] + "/" + sweep[1] + " point " + i;
                assertArrayEquals(one.get(i), two.get(i), at + ": 1 vs 2 threads");
                assertArrayEquals(two.get(i), spark.get(i), at + ": threads vs Spark local[2]");
            }
        }
    }

    @Test
    void progressCountsTasksDoneOutOfTheJobsTotal() throws InterruptedException {
        List<String> reports = Collections.synchronizedList(new ArrayList<>());
        var listener = SparkConnection.reportProgress(context, (name, total) -> new Progress() {
            private long done;

            @Override
            public void step(long n) {
                done += n;
            }

            @Override
            public void close() {
                reports.add(name + ": " + done + "/" + total);
            }
        });
        try {
            new SparkSweepBackend(context, PaperRegistry.load()).run("sweeptest", "random", Scale.QUICK, 3);
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (reports.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20); // Spark's listener bus delivers events asynchronously
            }
        } finally {
            context.sc().removeSparkListener(listener);
        }
        assertEquals(List.of("sweeptest/random (7 points, quick): 7/7"), reports);
    }

    @Test
    void unknownSweepIsRejectedBeforeAnyTaskIsSent() {
        long jobsBefore = context.sc().statusTracker().getJobIdsForGroup(null).length;
        var e = assertThrows(IllegalArgumentException.class,
                () -> new SparkSweepBackend(context, PaperRegistry.load()).run("sweeptest", "nosuch", Scale.QUICK, 1));
        assertTrue(e.getMessage().contains("sweeptest/nosuch") && e.getMessage().contains("random"), e.getMessage());
        assertEquals(jobsBefore, context.sc().statusTracker().getJobIdsForGroup(null).length, "no job was started");
    }

    @Test
    void failingPointFailsTheSweepAfterSparksRetriesAndNamesThePoint() {
        var e = assertThrows(Exception.class,
                () -> new SparkSweepBackend(context, PaperRegistry.load()).run("sweeptest", "broken", Scale.QUICK, 1));
        String text = String.valueOf(e.getMessage());
        assertTrue(text.contains("point 3 always fails"), text);
        assertTrue(text.contains("failed 2 times"), "retried by Spark: " + text);
        assertTrue(text.startsWith("sweeptest/broken on spark(local[2,2]): "), "names the sweep: " + text);
    }

    @Test
    void localMastersRetryATaskAsAClusterDoesUnlessTheyNameTheAttempts() {
        assertEquals("local[2,4]", SparkConnection.withRetries("local[2]"));
        assertEquals("local[*,4]", SparkConnection.withRetries("local[*]"));
        assertEquals("local[1,4]", SparkConnection.withRetries("local"));
        assertEquals("local[2,2]", SparkConnection.withRetries("local[2,2]"));
        assertEquals("spark://h:7077", SparkConnection.withRetries("spark://h:7077"));
    }

    @Test
    void unreachableMasterFailsFastWithItsAddress() {
        long start = System.nanoTime();
        var e = assertThrows(IllegalStateException.class,
                () -> SparkConnection.connect("spark://127.0.0.1:1", "neurotheory-test"));
        assertTrue(e.getMessage().contains("spark://127.0.0.1:1"), e.getMessage());
        assertTrue(System.nanoTime() - start < 30_000_000_000L, "fails within the probe timeout, not after retries");
    }

    @Test
    void badMasterIsAUsageError() {
        var e = assertThrows(IllegalArgumentException.class, () -> SparkConnection.connect("yarn", "x"));
        assertTrue(e.getMessage().contains("master = yarn"), e.getMessage());
    }
}
