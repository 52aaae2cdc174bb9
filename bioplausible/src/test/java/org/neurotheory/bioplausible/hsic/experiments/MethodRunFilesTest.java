package org.neurotheory.bioplausible.hsic.experiments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurotheory.core.sweep.FinishedRuns;

/** A finished Table 1 / Fig. 1 run is kept in core's {@link FinishedRuns} and read back with the same bits. */
class MethodRunFilesTest {
    @Test
    void aFinishedRunIsReadBackBitForBit(@TempDir Path dir) {
        MethodRun run = new MethodRun(Table1Method.GAUSSIAN_GRP, new double[] {71.02, 0.1 + 0.2},
                new double[][] {{-0.018, -0.013, Double.MIN_VALUE}, {-0.048, -0.051, -0.05}}, new double[] {23.977051980000002, 22.5});
        MethodRun baseline = new MethodRun(Table1Method.BACKPROP, new double[] {80.1},
                new double[][] {{Double.NaN, Double.NaN, Double.NaN}}, new double[] {12.0});
        AtomicInteger trained = new AtomicInteger();
        var p = Fig1LayerwiseVsBackprop.Params.paper();
        for (MethodRun r : new MethodRun[] {run, baseline}) {
            String key = MethodRun.key(Table1Dataset.FASHION_MNIST, r.method(), -42);
            FinishedRuns.in(dir, "fig1-seed1", p, MethodRun.CODEC).trainOrRead(key, () -> {
                trained.incrementAndGet();
                return r;
            });
            MethodRun back = FinishedRuns.in(dir, "fig1-seed1", p, MethodRun.CODEC).trainOrRead(key, () -> {
                trained.incrementAndGet();
                return null;
            });
            assertEquals(r.method(), back.method());
            assertArrayEquals(r.testAccuracy(), back.testAccuracy());
            assertArrayEquals(r.seconds(), back.seconds());
            for (int e = 0; e < r.layerLoss().length; e++) {
                assertArrayEquals(r.layerLoss()[e], back.layerLoss()[e]);
            }
        }
        assertEquals(2, trained.get());
        assertEquals("fashion_mnist-gaussian_grp--42", MethodRun.key(Table1Dataset.FASHION_MNIST, Table1Method.GAUSSIAN_GRP, -42));
    }

    @Test
    void aCutFileIsRefused(@TempDir Path dir) throws IOException {
        var store = FinishedRuns.in(dir, "fig1-seed1", Fig1LayerwiseVsBackprop.Params.paper(), MethodRun.CODEC);
        String key = MethodRun.key(Table1Dataset.FASHION_MNIST, Table1Method.BACKPROP, 7);
        Files.writeString(store.file(key), "neurotheory MethodRun 1\nBACKPROP\n80.1 81.2\n12.0 12.0\nNaN NaN NaN\n");
        assertThrows(IllegalArgumentException.class, () -> store.trainOrRead(key, () -> null));
    }
}
