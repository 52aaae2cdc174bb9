package org.neurotheory.multimodal.data;

import java.util.SplittableRandom;
import org.neurotheory.core.Require;

/**
 * How the noisy two-view image task turns one image x into two views (paper Sec. 5, official
 * {@code MNIST/model.py: uni2multi}, §2.2.6). Per sample draw {@code A ~ Bernoulli(pA)} and
 * {@code AB ~ Bernoulli(pAB)}: if A = 1, view A is clean and view B degraded; if A = 0 and AB = 1
 * both are clean; if A = 0 and AB = 0, view B is clean and view A degraded. A degraded view is
 * {@code signalScale * x + n} with {@code n ~ N(0, noiseStd^2)} per pixel. With the paper's values
 * (0.8, 0.2, 0.1, 0.15) view A is clean in 84% of samples and view B in 20%.
 *
 * @param probabilityA    pA, in [0, 1]
 * @param probabilityBoth pAB, in [0, 1]
 * @param signalScale     the factor on x in a degraded view, in [0, 1]
 * @param noiseStd        the per-pixel noise std of a degraded view, >= 0
 */
public record ViewCorruption(double probabilityA, double probabilityBoth, double signalScale, double noiseStd) {
    public ViewCorruption {
        Require.probability("probabilityA", probabilityA);
        Require.probability("probabilityBoth", probabilityBoth);
        Require.inRange("signalScale", signalScale, 0, 1);
        Require.nonNegative("noiseStd", noiseStd);
    }

    /** The official values: pA = 0.8, pAB = 0.2, degraded view 0.1 x + N(0, 0.15^2). */
    public static ViewCorruption paper() {
        return new ViewCorruption(0.8, 0.2, 0.1, 0.15);
    }

    /** Probability that view A is clean: {@code pA + (1 - pA) pAB}. */
    public double cleanA() {
        return probabilityA + (1 - probabilityA) * probabilityBoth;
    }

    /** Probability that view B is clean: {@code 1 - pA}. */
    public double cleanB() {
        return 1 - probabilityA;
    }

    /**
     * The ratio of the input-output correlations {@code |Sigma_yx,A| / |Sigma_yx,B|} of the views,
     * since the noise is independent of the label: {@code E[y x_m^T] = (c_m + s (1 - c_m)) E[y x^T]}
     * with c_m the clean probability and s the signal scale. By the linear theory (paper Sec. 3,
     * §3.3.1) the modality with the larger correlation, A, is learned first.
     */
    public double correlationRatio() {
        return (cleanA() + signalScale * (1 - cleanA())) / (cleanB() + signalScale * (1 - cleanB()));
    }

    /**
     * Writes the two views of {@code rows} images (row-major, {@code dim} pixels each, starting at
     * row {@code first} of {@code clean}) into {@code viewA} and {@code viewB} (rows x dim). Allocates
     * nothing.
     */
    public void views(float[] clean, int first, int rows, int dim, SplittableRandom rng, float[] viewA, float[] viewB) {
        for (int i = 0; i < rows; i++) {
            boolean a = rng.nextDouble() < probabilityA;
            boolean both = rng.nextDouble() < probabilityBoth;
            boolean aClean = a || both;
            boolean bClean = !a;
            int src = (first + i) * dim;
            int dst = i * dim;
            for (int j = 0; j < dim; j++) {
                float x = clean[src + j];
                float degraded = (float) (signalScale * x + noiseStd * rng.nextGaussian());
                viewA[dst + j] = aClean ? x : degraded;
                viewB[dst + j] = bClean ? x : degraded;
            }
        }
    }
}
