package org.neurotheory.multimodal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.neurotheory.core.data.DatasetCatalog;
import org.neurotheory.core.data.IdxReader;
import org.neurotheory.core.data.ImageDataset;
import org.neurotheory.core.data.Split;
import org.neurotheory.core.data.StandardDataset;

/**
 * The two-view image task is built as the official code's {@code uni2multi} ({@code MNIST/model.py})
 * builds it (§2.2.6 of the model reference, docs/papers/multimodal.md).
 */
class TwoViewDataTest {
    @Test
    void caseFrequenciesAndDegradedViewStatistics() {
        int n = 40_000;
        float[] clean = new float[n];
        Arrays.fill(clean, 1f);
        float[] a = new float[n];
        float[] b = new float[n];
        ViewCorruption c = ViewCorruption.paper();
        c.views(clean, 0, n, 1, new SplittableRandom(5), a, b);
        int cleanA = 0;
        int cleanB = 0;
        int both = 0;
        double sum = 0;
        double sum2 = 0;
        int degraded = 0;
        for (int i = 0; i < n; i++) {
            boolean ca = a[i] == 1f;
            boolean cb = b[i] == 1f;
            cleanA += ca ? 1 : 0;
            cleanB += cb ? 1 : 0;
            both += ca && cb ? 1 : 0;
            assertTrue(ca || cb, "at least one view is clean");
            float v = ca ? b[i] : a[i];
            if (!(ca && cb)) {
                sum += v;
                sum2 += v * v;
                degraded++;
            }
        }
        // binomial proportions, 5 standard errors sqrt(p (1 - p) / n) <= 0.0025 * 5
        assertEquals(0.84, cleanA / (double) n, 5 * Math.sqrt(0.84 * 0.16 / n));
        assertEquals(0.20, cleanB / (double) n, 5 * Math.sqrt(0.2 * 0.8 / n));
        assertEquals(0.04, both / (double) n, 5 * Math.sqrt(0.04 * 0.96 / n));
        assertEquals(c.cleanA(), 0.84, 1e-15);
        assertEquals(c.cleanB(), 0.20, 1e-15);
        // degraded pixel of a clean value 1: 0.1 + N(0, 0.15^2); mean within 5 SE, variance within 5%
        double mean = sum / degraded;
        assertEquals(0.1, mean, 5 * 0.15 / Math.sqrt(degraded));
        assertEquals(0.15 * 0.15, sum2 / degraded - mean * mean, 0.05 * 0.15 * 0.15);
    }

    @Test
    void correlationRatioClosedForm() {
        // (0.84 + 0.1 * 0.16) / (0.2 + 0.1 * 0.8)
        assertEquals(0.856 / 0.28, ViewCorruption.paper().correlationRatio(), 1e-12);
    }

    @Test
    void crossCovarianceMatchesDefinition() {
        // four 1-pixel images, labels 0, 1, 1, 2: Sigma_yx[c] = mean_i (y_ic - ybar_c) x_i
        TwoViewImages t = new TwoViewImages(new float[] {1, 2, 3, 4}, new int[] {0, 1, 1, 2}, 1);
        double[][] s = new double[TwoViewImages.CLASSES][1];
        t.addCrossCovariance(new float[] {1, 2, 3, 4}, s);
        double xbar = 2.5;
        assertEquals(0.25 * (1 - xbar), s[0][0], 1e-12);
        assertEquals(0.25 * (2 + 3 - 2 * xbar), s[1][0], 1e-12);
        assertEquals(0.25 * (4 - xbar), s[2][0], 1e-12);
        assertEquals(0, s[3][0], 1e-12);
    }

    @Test
    void poolingAveragesBlocksAndNormalisesLikeTheOfficialCode() {
        // two 4x4 images with pixel k/16 at position k; 2x2 pooling
        float[] px = new float[32];
        for (int k = 0; k < 32; k++) {
            px[k] = (k % 16) / 16f + (k / 16) * 0.5f;
        }
        ImageDataset raw = new ImageDataset("t", 1, 4, 4, 10, px, new int[] {3, 7});
        TwoViewImages t = TwoViewImages.pooled(raw, 2, 2);
        assertEquals(2, t.side());
        assertEquals(2, t.size());
        // image 1, block (1, 0): positions 8, 9, 12, 13
        double mean = ((8 + 9 + 12 + 13) / 16.0) / 4 + 0.5;
        assertEquals((mean - 0.1307) / 0.3081, t.pixels()[4 + 2], 1e-6);
        assertEquals(7, t.labels()[1]);
    }

    @Test
    void loadsDebianFashionMnistThroughTheCatalog() {
        Path dir = DatasetCatalog.DEBIAN_ROOT.resolve("fashion-mnist");
        assumeTrue(Files.isDirectory(dir), "needs " + dir + " (apt-get install dataset-fashion-mnist)");
        TwoViewImages t = TwoViewImages.pooled(StandardDataset.FASHION_MNIST.read(dir, Split.TEST, 3), 3, 2);
        IdxReader.Dataset raw = IdxReader.readSplit(dir, "t10k");
        assertEquals(14, t.side());
        assertEquals(3, t.size());
        int r = 6;
        int c = 9;
        float[] img = raw.images()[2];
        double mean = (img[2 * r * 28 + 2 * c] + img[2 * r * 28 + 2 * c + 1] + img[(2 * r + 1) * 28 + 2 * c]
                + img[(2 * r + 1) * 28 + 2 * c + 1]) / 4;
        assertEquals((mean - 0.1307) / 0.3081, t.pixels()[2 * 196 + r * 14 + c], 1e-5);
        assertEquals(raw.labels()[2], t.labels()[2]);
    }
}
