package org.neurotheory.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.neurotheory.examples.Main;
import picocli.CommandLine;

/**
 * {@code reproduce --spark local[2]} against a local run: a batch of figures (one Spark task per
 * figure) and single figures whose registered sweeps run as Spark tasks give byte-identical CSVs; a
 * figure that fails is reported while the others complete.
 */
class SparkReproduceTest {
    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void figuresOnSparkLocalEqualALocalRunByteForByte(@TempDir Path tmp) throws Exception {
        // a batch (figure tasks) and single figures of two modules whose registered sweeps run as Spark tasks
        String[][] runs = {{"popcodes/fig4", "popcodes/fig2"}, {"multimodal/figc"}, {"relu/fige2"}};
        for (String[] keys : runs) {
            String name = String.join("+", keys).replace('/', '-');
            Path local = tmp.resolve("local-" + name);
            Path spark = tmp.resolve("spark-" + name);
            assertEquals(0, new CommandLine(new Main()).execute(args(keys, local, null)), "local run");
            assertEquals(0, SparkMain.run(args(keys, spark, "local[2]")), "spark run");
            for (String key : keys) {
                String[] pf = key.split("/");
                Path a = local.resolve(pf[0]).resolve(pf[1] + ".csv");
                Path b = spark.resolve(pf[0]).resolve(pf[1] + ".csv");
                assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), key + " CSV");
                assertTrue(Files.exists(spark.resolve(pf[0]).resolve(pf[1] + ".png")), key + " PNG written by the driver");
                assertTrue(Files.readString(spark.resolve(pf[0]).resolve(pf[1] + ".json")).contains("\"checks\""));
            }
            assertTrue(Files.exists(spark.resolve("index.html")), "index");
        }
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aBatchSpreadsFiguresAndSweepPointsAndAFailedFigureIsReportedWhileTheOthersComplete(@TempDir Path tmp)
            throws Exception {
        Path local = tmp.resolve("local");
        assertEquals(0, new CommandLine(new Main()).execute(args(new String[] {"sweeptest/figrandom", "sweeptest/figpoints"},
                local, null)));
        // a batch: figrandom and figbroken are figure tasks (their sweeps on the executor's threads, no nested job);
        // figpoints owns a registered sweep, so it runs on the driver with its points as Spark tasks
        SweepTestPaper.RAN_AS_SPARK_TASKS.clear();
        Path batch = tmp.resolve("batch");
        assertEquals(1, SparkMain.run(args(new String[] {"sweeptest/figbroken", "sweeptest/figrandom", "sweeptest/figpoints"},
                batch, "local[2]")), "a failed figure fails the run");
        assertEquals(Set.of("figpoints-random"), SweepTestPaper.RAN_AS_SPARK_TASKS,
                "only the figure that owns its sweep spread its points as Spark tasks");
        assertTrue(Files.readString(batch.resolve("sweeptest/figbroken.json")).contains("point 3 always fails"));
        for (String f : new String[] {"figrandom", "figpoints"}) {
            assertArrayEquals(Files.readAllBytes(local.resolve("sweeptest/" + f + ".csv")),
                    Files.readAllBytes(batch.resolve("sweeptest/" + f + ".csv")), f + " completed, same bytes");
        }
        // alone: the figure on the driver, its sweep points as Spark tasks, point 3 retried and still failing
        Path alone = tmp.resolve("alone");
        assertEquals(1, SparkMain.run(args(new String[] {"sweeptest/figbroken"}, alone, "local[2]")));
        String record = Files.readString(alone.resolve("sweeptest/figbroken.json"));
        assertTrue(record.contains("sweeptest/broken on spark(local[2,4])") && record.contains("failed 4 times")
                && record.contains("point 3 always fails"), "retried by Spark, then reported with the sweep named: " + record);
        assertTrue(!record.contains("\tat "), "no stack trace in the record's error: " + record);
    }

    @Test
    void sparkWithoutTheModuleIsAUsageErrorAndABadMasterFailsBeforeAnyFigure(@TempDir Path tmp) {
        assertEquals(2, new CommandLine(new Main()).execute(args(new String[] {"popcodes/fig4"}, tmp, "local[2]")),
                "--spark through the plain command line: the Spark module is not installed");
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertEquals(1, SparkMain.run(args(new String[] {"popcodes/fig4"}, tmp.resolve("x"), "spark://127.0.0.1:1")));
        } finally {
            System.setErr(err);
        }
        assertTrue(captured.toString(StandardCharsets.UTF_8).contains("spark://127.0.0.1:1"), captured.toString());
        assertTrue(!Files.exists(tmp.resolve("x")), "nothing computed");
    }

    private static String[] args(String[] keys, Path out, String master) {
        List<String> a = new ArrayList<>(List.of("reproduce"));
        a.addAll(List.of(keys));
        a.addAll(List.of("--out", out.toString()));
        if (master != null) {
            a.addAll(List.of("--spark", master));
        }
        return a.toArray(String[]::new);
    }
}
