package org.neurotheory.bioplausible.conv.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.neurotheory.bioplausible.conv.theory.PhaseGroups;
import org.neurotheory.core.random.Seeds;

/**
 * The official code's weight-sharing operations on the weight tensor of a locally connected layer: the
 * periodic sleep input, instant sharing, one Hebbian sleep iteration against the gradient of the sharing
 * objective, a whole sleep phase (interior group means reached, border neurons untouched), the weight-SNR
 * metric, repeated translations and the sharing schedule.
 */
class LcSharingTest {
    private static float[] randomWeights(LcWeightLayout l, long seed) {
        SplittableRandom rng = Seeds.stream(seed);
        float[] w = new float[l.size()];
        for (int e = 0; e < w.length; e++) {
            w[e] = (float) (0.3 + rng.nextGaussian());
        }
        return w;
    }

    @Test
    void periodicInputGivesBitIdenticalPatchesWithinAPhaseGroup() {
        // Sleep input tiled with period k: X[c, y, x] = P[c, y mod k, x mod k], so the non-border neurons of
        // a phase group see bit-identical patches.
        for (int s : new int[] {1, 2}) {
            LcWeightLayout l = new LcWeightLayout(2, 3, 12, 3, s);
            SplittableRandom rng = Seeds.stream(1);
            float[] pattern = new float[2 * 9];
            for (int q = 0; q < pattern.length; q++) {
                pattern[q] = (float) rng.nextGaussian();
            }
            float[] map = PeriodicSleepInput.tile(pattern, 2, 3, 12, 12);
            assertEquals(pattern[(1 * 3 + 2) * 3 + 0], map[(1 * 12 + 5) * 12 + 6], 0f, "X[c,y,x] = P[c, y mod k, x mod k]");
            int lo = PhaseGroups.interiorStart(3, s);
            int hi = PhaseGroups.interiorEnd(12, 3, s);
            float[][] first = new float[9][];
            for (int i = lo; i < hi; i++) {
                for (int j = lo; j < hi; j++) {
                    float[] patch = PeriodicSleepInput.patch(map, l, i, j, new float[l.fanIn()]);
                    int g = (i % 3) * 3 + j % 3;
                    if (first[g] == null) {
                        first[g] = patch;
                    } else {
                        assertArrayEquals(first[g], patch, 0f, "s=" + s + " (" + i + "," + j + ")");
                    }
                }
            }
        }
    }

    @Test
    void instantSharingEqualisesGroupsKeepsMeansAndIsIdempotent() {
        // Instant sharing: weights identical within each phase group, group means unchanged, idempotent, and
        // a convolution for k = 1.
        LcWeightLayout l = new LcWeightLayout(2, 3, 10, 3, 1);
        float[] w = randomWeights(l, 2);
        float[] before = w.clone();
        InstantSharing.share(w, l, SharingGroups.PHASE);
        int out = l.outSize();
        int per = l.perPosition();
        for (int e = 0; e < per; e++) {
            for (int g = 0; g < 9; g++) {
                double m0 = 0;
                double m1 = 0;
                int n = 0;
                float ref = Float.NaN;
                for (int i = g / 3; i < out; i += 3) {
                    for (int j = g % 3; j < out; j += 3) {
                        int idx = (i * out + j) * per + e;
                        m0 += before[idx];
                        m1 += w[idx];
                        n++;
                        if (Float.isNaN(ref)) {
                            ref = w[idx];
                        }
                        assertEquals(ref, w[idx], 0f, "identical within the group");
                    }
                }
                // float storage of the average: group mean preserved to float rounding
                assertEquals(m0 / n, m1 / n, 1e-6);
            }
        }
        float[] again = InstantSharing.share(w.clone(), l, SharingGroups.PHASE);
        assertArrayEquals(w, again, 1e-7f, "idempotent");
        // k = 1: every position identical, i.e. a convolution
        LcWeightLayout one = new LcWeightLayout(2, 3, 6, 1, 1);
        float[] w1 = InstantSharing.share(randomWeights(one, 3), one, SharingGroups.PHASE);
        for (int pos = 1; pos < one.positions(); pos++) {
            for (int e = 0; e < one.perPosition(); e++) {
                assertEquals(w1[e], w1[pos * one.perPosition() + e], 0f);
            }
        }
        // the ablation shares over all positions for any k
        float[] all = InstantSharing.share(randomWeights(l, 4), l, SharingGroups.ALL_POSITIONS);
        for (int pos = 1; pos < l.positions(); pos++) {
            assertEquals(all[5], all[pos * per + 5], 0f);
        }
    }

    /** Sum over groups of 1/2 sum_{interior i} (z_i - zbar)^2 for the tiled input {@code map}. */
    private static double sharingLoss(double[] w, LcWeightLayout l, float[] map) {
        int out = l.outSize();
        int lo = PhaseGroups.interiorStart(l.kernel(), l.stride());
        int hi = PhaseGroups.interiorEnd(l.inSize(), l.kernel(), l.stride());
        int k = l.kernel();
        double loss = 0;
        float[] patch = new float[l.fanIn()];
        for (int o = 0; o < l.outChannels(); o++) {
            for (int g = 0; g < k * k; g++) {
                double sum = 0;
                double sumSq = 0;
                int n = 0;
                for (int i = lo; i < hi; i++) {
                    for (int j = lo; j < hi; j++) {
                        if ((i % k) * k + j % k != g) {
                            continue;
                        }
                        PeriodicSleepInput.patch(map, l, i, j, patch);
                        double z = 0;
                        for (int q = 0; q < l.fanIn(); q++) {
                            z += w[((i * out + j) * l.fanIn() + q) * l.outChannels() + o] * patch[q];
                        }
                        sum += z;
                        sumSq += z * z;
                        n++;
                    }
                }
                if (n > 0) {
                    loss += 0.5 * (sumSq - sum * sum / n);
                }
            }
        }
        return loss;
    }

    @Test
    void oneSleepIterationIsMinusLearningRateTimesTheSharingGradient() {
        // The Hebbian step is -lr x the gradient of the sharing objective, on a layer: batch 1, first
        // iteration (anchor term zero), finite differences.
        LcWeightLayout l = new LcWeightLayout(1, 2, 8, 3, 1);
        float[] w = randomWeights(l, 5);
        float[] start = w.clone();
        double lr = 1e-3;
        HebbianSleep.sleep(w, l, new HebbianSleep.Params(1, 1, lr, 1e-5), Seeds.stream(9));
        SplittableRandom rng = Seeds.stream(9);
        float[] pattern = new float[9];
        for (int q = 0; q < 9; q++) {
            pattern[q] = (float) rng.nextGaussian();
        }
        float[] map = PeriodicSleepInput.tile(pattern, 1, 3, 8, 8);
        double[] wd = new double[start.length];
        for (int e = 0; e < wd.length; e++) {
            wd[e] = start[e];
        }
        double h = 1e-4;
        for (int e = 0; e < wd.length; e += 7) {
            double keep = wd[e];
            wd[e] = keep + h;
            double up = sharingLoss(wd, l, map);
            wd[e] = keep - h;
            double down = sharingLoss(wd, l, map);
            wd[e] = keep;
            double grad = (up - down) / (2 * h);
            // float weights: the step is stored in float (relative 6e-8 of |w| ~ 1 is 6e-8 absolute)
            assertEquals(-lr * grad, (double) w[e] - start[e], 2e-7 + 1e-4 * Math.abs(lr * grad), "entry " + e);
        }
    }

    @Test
    void sleepConvergesOnTheInteriorGroupMeansAndLeavesBorderNeuronsFixed() {
        LcWeightLayout l = new LcWeightLayout(2, 4, 12, 3, 1);
        float[] w = randomWeights(l, 6);
        float[] start = w.clone();
        // deviations shrink by about (1 - lr)^iterations = 0.9^60 = 0.002 (E[x x^T] = I)
        HebbianSleep.sleep(w, l, new HebbianSleep.Params(60, 64, 0.1, 1e-5), Seeds.stream(3));
        int out = l.outSize();
        int per = l.perPosition();
        int lo = PhaseGroups.interiorStart(3, 1);
        int hi = PhaseGroups.interiorEnd(12, 3, 1);
        double worst = 0;
        for (int g = 0; g < 9; g++) {
            for (int e = 0; e < per; e++) {
                double mean = 0;
                int n = 0;
                for (int i = lo; i < hi; i++) {
                    for (int j = lo; j < hi; j++) {
                        if ((i % 3) * 3 + j % 3 == g) {
                            mean += start[(i * out + j) * per + e];
                            n++;
                        }
                    }
                }
                mean /= n;
                for (int i = lo; i < hi; i++) {
                    for (int j = lo; j < hi; j++) {
                        if ((i % 3) * 3 + j % 3 == g) {
                            worst = Math.max(worst, Math.abs(w[(i * out + j) * per + e] - mean));
                        }
                    }
                }
            }
        }
        // initial deviations are N(0, 1): 0.02 allows the 0.002 contraction times a few-sigma tail
        assertTrue(worst < 0.02, "largest distance from the group mean " + worst);
        // border position (0, 0): only the gamma pull, zero at the start of the phase
        for (int e = 0; e < per; e++) {
            assertEquals(start[e], w[e], 0f);
        }
    }

    @Test
    void weightSnrOfIdenticalAndOfIndependentWeights() {
        // The official code's weight SNR: |mean| over the 1e-20 guard for identical weights, about |mu|/sigma
        // for i.i.d. weights N(mu, sigma^2), sqrt(2/(pi n)) for mu = 0.
        LcWeightLayout l = new LcWeightLayout(1, 1, 30, 1, 1); // k = 1: every position is interior, n = 900
        float[] same = new float[l.size()];
        Arrays.fill(same, 0.5f);
        assertEquals(0.5 / WeightSnr.GUARD, WeightSnr.of(same, l), 1e-6 * 0.5 / WeightSnr.GUARD);
        LcWeightLayout big = new LcWeightLayout(4, 8, 30, 1, 1);
        SplittableRandom rng = Seeds.stream(7);
        float[] iid = new float[big.size()];
        for (int e = 0; e < iid.length; e++) {
            iid[e] = (float) (2 + 0.5 * rng.nextGaussian());
        }
        // |mu|/sigma = 4; the sample ratio has relative error ~ 1/sqrt(2n) ~ 2.4 %, averaged over 32 entries
        assertEquals(4, WeightSnr.of(iid, big), 0.1);
        for (int e = 0; e < iid.length; e++) {
            iid[e] = (float) rng.nextGaussian();
        }
        // mu = 0: E|mean|/std = sqrt(2/(pi n)) = 0.0266 for n = 900; 32 entries average, spread ~ 0.0266 * 0.75 / sqrt(32)
        assertEquals(Math.sqrt(2 / (Math.PI * 900)), WeightSnr.of(iid, big), 0.012);
    }

    @Test
    void repeatedTranslationsShiftCopiesWithZeroFill() {
        float[] img = new float[2 * 4 * 4];
        for (int e = 0; e < img.length; e++) {
            img[e] = e + 1;
        }
        float[] out = RepeatedTranslations.augment(img, 2, 1, 4, 4, 3, 0, Seeds.stream(1), new float[3 * 32]);
        for (int r = 0; r < 3; r++) {
            for (int e = 0; e < 32; e++) {
                assertEquals(img[e], out[r * 32 + e], 0f);
            }
        }
        float[] shifted = RepeatedTranslations.augment(img, 2, 1, 4, 4, 4, 2, Seeds.stream(2), new float[4 * 32]);
        for (int r = 0; r < 4; r++) {
            for (int b = 0; b < 2; b++) {
                // every non-zero value of a copy is the original value from the same image, shifted
                double sum = 0;
                for (int e = 0; e < 16; e++) {
                    float v = shifted[(r * 2 + b) * 16 + e];
                    assertTrue(v == 0 || (v >= b * 16 + 1 && v <= b * 16 + 16));
                    sum += v;
                }
                assertTrue(sum > 0);
            }
        }
        assertArrayEquals(new int[] {3, 4, 3, 4}, RepeatedTranslations.labels(new int[] {3, 4}, 2));
    }

    @Test
    void sharingIsTriggeredAtMultiplesOfTheFrequencyInEveryEpoch() {
        // As in the official training loop: sharing at iterations 0, f, 2f, ... of each epoch.
        SharingSchedule s = SharingSchedule.instant(10);
        int count = 0;
        for (int epoch = 0; epoch < 3; epoch++) {
            for (int it = 0; it < 25; it++) {
                if (s.sharesAfter(it)) {
                    assertEquals(0, it % 10);
                    count++;
                }
            }
        }
        assertEquals(9, count, "0, 10, 20 in each of 3 epochs");
        LcWeightLayout l = new LcWeightLayout(1, 2, 9, 3, 1);
        float[] w = randomWeights(l, 8);
        assertArrayEquals(InstantSharing.share(w.clone(), l, SharingGroups.PHASE), s.apply(w, l, Seeds.stream(1)), 0f);
    }
}
