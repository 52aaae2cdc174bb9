package org.neurotheory.bioplausible.hsic.experiments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurotheory.bioplausible.hsic.model.Mlp;
import org.neurotheory.core.data.ImageDataset;
import org.neurotheory.core.data.Split;
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

    /**
     * A run killed after its second of three epochs resumes from its checkpoint and ends with the
     * bytes of an uninterrupted run, layer losses of the epochs before the kill included.
     */
    @Test
    void aKilledRunResumesFromItsLastEpochToTheSameBytes(@TempDir Path dir) throws IOException {
        ImageDataset train = FashionMnist.load(Split.TRAIN, 512);
        ImageDataset test = FashionMnist.load(Split.TEST, 256);
        Mlp mlp = Mlp.paper().withWidth(64);
        int[] milestones = {1};
        for (Table1Method m : new Table1Method[] {Table1Method.GAUSSIAN_GRP, Table1Method.BACKPROP}) {
            Path ck = dir.resolve(m + ".ckpt");
            // uninterrupted (saving its state changes nothing in the run); the file then holds the state
            // after epoch 2, as a run killed during epoch 3 leaves it
            MethodRun whole = MethodRun.train(m, Table1Dataset.FASHION_MNIST, mlp, 3, 128, milestones, train, test, 9, ck);
            MethodRun resumed = MethodRun.train(m, Table1Dataset.FASHION_MNIST, mlp, 3, 128, milestones, train, test, 9, ck);
            // epochs 1-2 were read back, not retrained: their measured wall times are the first run's
            assertArrayEquals(Arrays.copyOf(whole.seconds(), 2), Arrays.copyOf(resumed.seconds(), 2), 0.0);
            assertArrayEquals(whole.testAccuracy(), resumed.testAccuracy(), 0.0, m.label());
            for (int e = 0; e < 3; e++) {
                assertArrayEquals(whole.layerLoss()[e], resumed.layerLoss()[e], 0.0, m.label() + " epoch " + (e + 1));
            }
        }
    }
}
