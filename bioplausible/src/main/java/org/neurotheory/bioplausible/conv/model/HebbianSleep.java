package org.neurotheory.bioplausible.conv.model;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.neurotheory.bioplausible.conv.theory.PhaseGroups;
import org.neurotheory.core.Require;

/**
 * The Hebbian sleep phase on a locally connected layer's weights (Pogodin et al. 2021, Sec. 4.2,
 * official {@code share_weights} / {@code apply_hebbian_term}). Each iteration shows a batch of
 * random patterns {@code P ~ N(0, I)} tiled with period k ({@link PeriodicSleepInput}), computes the
 * responses {@code z = LC(X)}, subtracts the mean over the non-border members of each phase group
 * {@code (o, i mod k, j mod k)} (the lateral circuit's output, {@code z_i - zbar}; border neurons get
 * 0), and applies {@code W <- W - eta [mean_batch (z_i - zbar) x_i + gamma (W - W_saved)]} with
 * {@code W_saved} the weights when the phase starts. Only the weights change: the optimiser that
 * trains the network between sleep phases keeps its state.
 */
public final class HebbianSleep {
    /**
     * Sleep-phase settings.
     *
     * @param iterations Hebbian iterations per sleep phase (100)
     * @param batch      patterns per iteration (128)
     * @param lr         Hebbian learning rate (0.1)
     * @param gamma      anchor to the pre-sleep weights (1e-5)
     */
    public record Params(int iterations, int batch, double lr, double gamma) {
        public Params {
            Require.positive("iterations", iterations);
            Require.positive("batch", batch);
            Require.positive("lr", lr);
            Require.nonNegative("gamma", gamma);
        }

        /** The official settings: 100 iterations of 128 patterns, lr 0.1, gamma 1e-5. */
        public static Params paper() {
            return new Params(100, 128, 0.1, 1e-5);
        }

        /** A copy with {@code n} iterations and {@code b} patterns each. */
        public Params withSize(int n, int b) {
            return new Params(n, b, lr, gamma);
        }
    }

    /** Called after every sleep iteration with its index (from 1) and the current weights (read only). */
    @FunctionalInterface
    public interface Observer {
        void afterIteration(int iteration, float[] w);
    }

    private HebbianSleep() {
    }

    /** Runs one sleep phase on {@code w} (layout {@code l}) in place, drawing patterns from {@code rng}. */
    public static float[] sleep(float[] w, LcWeightLayout l, Params p, SplittableRandom rng) {
        return sleep(w, l, p, rng, (it, weights) -> { });
    }

    /** As {@link #sleep(float[], LcWeightLayout, Params, SplittableRandom)}, reporting every iteration to {@code observer}. */
    public static float[] sleep(float[] w, LcWeightLayout l, Params p, SplittableRandom rng, Observer observer) {
        Require.nonNull("observer", observer);
        Require.nonNull("layout", l);
        Require.nonNull("params", p);
        Require.nonNull("rng", rng);
        Require.that(w != null && w.length == l.size(), "w.length", w == null ? "null" : w.length,
                "must equal the layout's size " + l.size());
        float[] saved = w.clone();
        int k = l.kernel();
        int out = l.outSize();
        int positions = l.positions();
        int fan = l.fanIn();
        int co = l.outChannels();
        int per = l.perPosition();
        int lo = PhaseGroups.interiorStart(k, l.stride());
        int hi = PhaseGroups.interiorEnd(l.inSize(), k, l.stride());
        int[] groupCount = new int[k * k];
        for (int i = lo; i < hi; i++) {
            for (int j = lo; j < hi; j++) {
                groupCount[(i % k) * k + j % k]++;
            }
        }
        float[] pattern = new float[l.inChannels() * k * k];
        float[][] patches = new float[p.batch()][positions * fan];
        double[] z = new double[p.batch() * positions * co];
        double[] groupMean = new double[k * k * co];
        double[] delta = new double[per];
        float[] patch = new float[fan];
        float[] map = new float[l.inChannels() * l.inSize() * l.inSize()];
        for (int it = 0; it < p.iterations(); it++) {
            for (int b = 0; b < p.batch(); b++) {
                for (int q = 0; q < pattern.length; q++) {
                    pattern[q] = (float) rng.nextGaussian();
                }
                PeriodicSleepInput.tile(pattern, l.inChannels(), k, l.inSize(), l.inSize(), map);
                for (int i = 0; i < out; i++) {
                    for (int j = 0; j < out; j++) {
                        PeriodicSleepInput.patch(map, l, i, j, patch);
                        System.arraycopy(patch, 0, patches[b], (i * out + j) * fan, fan);
                    }
                }
            }
            // responses z[b, pos, o] and their group means over non-border members
            Arrays.fill(z, 0);
            for (int b = 0; b < p.batch(); b++) {
                for (int pos = 0; pos < positions; pos++) {
                    int zb = (b * positions + pos) * co;
                    int wb = pos * per;
                    int xb = pos * fan;
                    for (int q = 0; q < fan; q++) {
                        double x = patches[b][xb + q];
                        int wq = wb + q * co;
                        for (int o = 0; o < co; o++) {
                            z[zb + o] += w[wq + o] * x;
                        }
                    }
                }
            }
            for (int b = 0; b < p.batch(); b++) {
                Arrays.fill(groupMean, 0);
                for (int i = lo; i < hi; i++) {
                    for (int j = lo; j < hi; j++) {
                        int g = (i % k) * k + j % k;
                        int zb = (b * positions + i * out + j) * co;
                        for (int o = 0; o < co; o++) {
                            groupMean[g * co + o] += z[zb + o] / groupCount[g];
                        }
                    }
                }
                for (int i = 0; i < out; i++) {
                    for (int j = 0; j < out; j++) {
                        int zb = (b * positions + i * out + j) * co;
                        boolean interior = i >= lo && i < hi && j >= lo && j < hi;
                        int g = (i % k) * k + j % k;
                        for (int o = 0; o < co; o++) {
                            z[zb + o] = interior ? z[zb + o] - groupMean[g * co + o] : 0;
                        }
                    }
                }
            }
            // W <- W - lr [mean_b (z - zbar) x + gamma (W - W_saved)], position by position
            for (int pos = 0; pos < positions; pos++) {
                Arrays.fill(delta, 0);
                int xb = pos * fan;
                for (int b = 0; b < p.batch(); b++) {
                    int zb = (b * positions + pos) * co;
                    for (int q = 0; q < fan; q++) {
                        double x = patches[b][xb + q] / (double) p.batch();
                        int dq = q * co;
                        for (int o = 0; o < co; o++) {
                            delta[dq + o] += z[zb + o] * x;
                        }
                    }
                }
                int wb = pos * per;
                for (int e = 0; e < per; e++) {
                    w[wb + e] -= (float) (p.lr() * (delta[e] + p.gamma() * (w[wb + e] - saved[wb + e])));
                }
            }
            observer.afterIteration(it + 1, w);
        }
        return w;
    }
}
