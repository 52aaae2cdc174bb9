package org.neurotheory.sparsity.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.sparsity.theory.RichGetRicher;

/** Checks 6, 10 and 12 (Top-KAST part), gradual pruning and RigL. */
class PruningTest {
    private static float[] gaussian(int n, long seed) {
        var rng = Seeds.stream(seed);
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) rng.nextGaussian();
        }
        return v;
    }

    private static float[] weights(float[] psi, double alpha) {
        float[] w = new float[psi.length];
        for (int i = 0; i < psi.length; i++) {
            w[i] = (float) RichGetRicher.weight(psi[i], alpha);
        }
        return w;
    }

    private static int ones(float[] mask) {
        int c = 0;
        for (float m : mask) {
            c += m != 0 ? 1 : 0;
        }
        return c;
    }

    /** Check 6: the mask from |psi| equals the one from |w|, keeps int(p n), output layer min(1, 2p). */
    @ParameterizedTest
    @ValueSource(doubles = {2, 3, 5})
    void masksByPsiAndByWeightCoincide(double alpha) {
        float[] psi = gaussian(10_000, 1);
        float[] w = weights(psi, alpha);
        for (double p : OneShotPruning.paperLevels()) {
            float[] a = new MagnitudeRanking(psi).keepFraction(p, new float[psi.length]);
            float[] b = new MagnitudeRanking(w).keepFraction(p, new float[psi.length]);
            assertArrayEquals(a, b);
            assertEquals((int) (p * psi.length), ones(a));
        }
        assertEquals(0.3, OneShotPruning.keepFraction(0.3, 1, 3));
        assertEquals(0.6, OneShotPruning.keepFraction(0.3, 2, 3));
        assertEquals(1.0, OneShotPruning.keepFraction(0.7, 2, 3));
    }

    @Test
    void keptEntriesAreTheLargest() {
        float[] w = {0.1f, -3f, 2f, 0f, -0.5f, 2f};
        float[] mask = new MagnitudeRanking(w).keepLargest(3, new float[6]);
        assertArrayEquals(new float[] {0, 1, 1, 0, 0, 1}, mask);
        // tie at 2.0: the lower index wins when only one is kept after -3
        assertArrayEquals(new float[] {0, 1, 1, 0, 0, 0}, new MagnitudeRanking(w).keepLargest(2, new float[6]));
    }

    /** Check 10: 20 geometric levels from 0.01 to 1. */
    @Test
    void paperLevelsAreGeometric() {
        double[] l = OneShotPruning.paperLevels();
        assertEquals(20, l.length);
        assertEquals(0.01, l[0], 1e-15);
        assertEquals(1.0, l[19]);
        for (int i = 1; i < 20; i++) {
            assertEquals(Math.pow(100, 1.0 / 19), l[i] / l[i - 1], 1e-12);
        }
        assertEquals(1.0, OneShotPruning.overallKept(1, new int[] {784 * 300, 300 * 100, 1000}));
    }

    @Test
    void gradualScheduleIsCubicAndMonotone() {
        var s = new GradualPruningSchedule(0, 0.9, 100, 10, 20);
        assertEquals(0, s.sparsity(50));
        assertEquals(0, s.sparsity(100));
        assertEquals(0.9, s.sparsity(300));
        assertEquals(0.9 * (1 - Math.pow(0.5, 3)), s.sparsity(200), 1e-12);
        assertTrue(s.isPruningStep(110) && !s.isPruningStep(115) && !s.isPruningStep(310));
        float[] w = gaussian(1000, 2);
        float[] mask = new float[1000];
        Arrays.fill(mask, 1f);
        float[] previous = mask.clone();
        for (long t = 100; t <= 300; t += 10) {
            GradualPruningSchedule.prune(w, mask, s.sparsity(t));
            assertEquals(1000 - Math.round(s.sparsity(t) * 1000), ones(mask));
            for (int i = 0; i < 1000; i++) {
                assertTrue(mask[i] <= previous[i], "pruned weights stay pruned");
            }
            previous = mask.clone();
            // weights change between prunings; ranking must still respect the old mask
            w = gaussian(1000, t);
        }
    }

    /** Check 12, Top-KAST: |A| = floor(D n), A inside B, zero gradient outside B. */
    @Test
    void topKastForwardSetIsInsideBackwardSet() {
        var tk = new TopKast(0.1, 0.2, 1e-4, 100);
        float[] w = gaussian(5003, 4);
        float[] a = new float[w.length];
        float[] b = new float[w.length];
        tk.sets(w, a, b);
        assertEquals((int) (0.1 * w.length), ones(a));
        assertEquals((int) (0.2 * w.length), ones(b));
        float[] g = gaussian(w.length, 5);
        float[] g0 = g.clone();
        tk.maskGradient(w, a, b, g);
        for (int i = 0; i < w.length; i++) {
            assertTrue(a[i] <= b[i], "A inside B");
            if (b[i] == 0) {
                assertEquals(0f, g[i]);
            } else {
                float reg = (float) (2 * 1e-4 * w[i] / (a[i] != 0 ? 1 : 0.1));
                assertEquals(g0[i] + reg, g[i], 1e-6 * Math.max(1, Math.abs(g[i])), "float rounding");
            }
        }
        // the penalty's gradient is what maskGradient adds: finite difference on one B\A entry
        int j = 0;
        while (!(b[j] != 0 && a[j] == 0)) {
            j++;
        }
        float h = 1e-3f;
        float[] wp = w.clone();
        wp[j] += h;
        float[] wm = w.clone();
        wm[j] -= h;
        double fd = (tk.penalty(wp, a, b) - tk.penalty(wm, a, b)) / (2 * h);
        assertEquals(2 * 1e-4 * w[j] / 0.1, fd, 1e-6);
    }

    @Test
    void rigLKeepsDensityAndRegrowsAwayFromZero() {
        RigL rigl = RigL.of(0.1, 100, 1000);
        assertEquals(0.3, rigl.dropFraction(0), 1e-15);
        assertEquals(0.15, rigl.dropFraction(500), 1e-12);
        assertEquals(0, rigl.dropFraction(1000));
        float[] psi = gaussian(2000, 6);
        float[] w = weights(psi, 3);
        float[] mask = rigl.initialMask(w, new float[psi.length]);
        int before = ones(mask);
        float[] g = gaussian(psi.length, 7);
        float[] oldMask = mask.clone();
        float[] active = new float[before];
        for (int i = 0, j = 0; i < psi.length; i++) {
            if (mask[i] != 0) {
                active[j++] = Math.abs(w[i]);
            }
        }
        Arrays.sort(active);
        double grownWeight = 0.01 * active[before / 2]; // regrowthScale times the active median |w|
        int k = rigl.update(100, psi, w, mask, g, 3);
        assertEquals(before, ones(mask), "density is fixed");
        assertEquals((int) (rigl.dropFraction(100) * before), k);
        int grown = 0;
        for (int i = 0; i < psi.length; i++) {
            if (oldMask[i] == 0 && mask[i] != 0) {
                grown++;
                assertTrue(psi[i] != 0, "grown parameters are not at the dead point psi = 0");
                assertEquals(-Math.signum(g[i]), Math.signum(psi[i]), "grown with the loss-lowering sign");
                // float psi, cubed: a few ulps of relative error
                assertEquals(grownWeight, Math.abs(RichGetRicher.weight(psi[i], 3)), 1e-5 * grownWeight,
                        "grown at |w| = 0.01 of the active median whatever alpha");
            }
            if (oldMask[i] != 0 && mask[i] == 0) {
                assertEquals(0f, psi[i]);
            }
        }
        assertEquals(k, grown);
    }

    @Test
    void ownershipClaimsLargestFreeWeights() {
        TaskOwnership own = new TaskOwnership(10);
        float[] w = {5, -4, 3, 2, 1, 0.5f, -0.4f, 0.3f, 0.2f, 0.1f};
        own.claim(1, w, 2);
        assertEquals(0.2, own.capacityUsed(), 1e-15);
        float[] w2 = {9, 9, 0.1f, 0.2f, 7, 0, 0, 0, 0, 0};
        float[] cand = own.candidateMask(2, w2, 1, new float[10]);
        assertArrayEquals(new float[] {1, 1, 0, 0, 1, 0, 0, 0, 0, 0}, cand);
        own.claim(2, w2, 1);
        assertArrayEquals(new float[] {1, 1, 0, 0, 0, 0, 0, 0, 0, 0}, own.taskMask(1, new float[10]));
        assertArrayEquals(new float[] {0, 0, 1, 1, 0, 1, 1, 1, 1, 1}, own.freeMask(new float[10]));
        assertEquals(2, own.owner(4));
    }
}
