package org.neurotheory.core.random;

import java.util.SplittableRandom;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Explicit seeds, split per run. The library never creates an unseeded generator.
 *
 * <p>{@link #derive(long, long...)} mixes a parent seed with a path of indices (SplitMix64
 * finaliser), so a sweep point, a trial or a layer gets its own stream whose value depends only
 * on the parent seed and its position, never on thread timing.
 */
public final class Seeds {
    private Seeds() {
    }

    /** A fast, splittable generator for the given seed. Same seed, same sequence. */
    public static SplittableRandom stream(long seed) {
        return new SplittableRandom(seed);
    }

    /** A Commons Math generator (for its distributions) seeded deterministically from {@code seed}. */
    public static RandomGenerator commons(long seed) {
        return new Well19937c(new int[] {(int) seed, (int) (seed >>> 32), 0x5eed});
    }

    /**
     * A child seed for position {@code path} under {@code seed}: {@code derive(s, i)} for run i,
     * {@code derive(s, i, j)} for trial j of run i.
     */
    public static long derive(long seed, long... path) {
        long h = mix(seed ^ 0x9E3779B97F4A7C15L);
        for (long p : path) {
            h = mix(h + 0x9E3779B97F4A7C15L * (p + 1));
        }
        return h;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Fills {@code out} with independent standard normal samples and returns it. */
    public static double[] gaussian(SplittableRandom rng, double[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = rng.nextGaussian();
        }
        return out;
    }
}
