package org.neurotheory.multimodal.data;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.neurotheory.core.Require;
import org.neurotheory.core.data.TwoModalityData;
import org.neurotheory.core.random.Seeds;

/**
 * The synthetic populations of the paper (§2.2). Modality A is always the first block and the
 * faster one (the official code's toy calls it x2; here it is index 0 throughout).
 */
public final class FusionDatasets {
    private FusionDatasets() {
    }

    /** Toy: {@code sigma_A = r}, {@code sigma_B = 1}, correlation rho, {@code y = x_A + x_B}. */
    public static TwoModalityData toy(double ratio, double rho) {
        return TwoModalityData.toy(ratio, rho);
    }

    /**
     * Toy with a general target {@code w* = (wA, wB)} and rho = 0 (superficial preference,
     * §3.3.7; the worked example is r = 2, w* = c (0.3, 0.8)).
     */
    public static TwoModalityData toyWithTarget(double ratio, double wA, double wB) {
        Require.positive("ratio", ratio);
        Require.finite("wA", wA);
        Require.finite("wB", wB);
        DMatrixRMaj s = new DMatrixRMaj(new double[][] {{ratio * ratio, 0}, {0, 1}});
        return new TwoModalityData(1, s, new double[] {wA, wB}, 0);
    }

    /**
     * The generalisation experiment ({@code --data multi}, §2.2.2): D inputs, the first D/2 (A)
     * with variance 3, the rest (B) variance 1, {@code w* = 0.1 * 1}, label noise std {@code noise}.
     */
    public static TwoModalityData diagonal(int dim, double noise) {
        Require.that(dim >= 2 && dim % 2 == 0, "dim", dim, "must be even and >= 2");
        Require.nonNegative("noise", noise);
        DMatrixRMaj s = new DMatrixRMaj(dim, dim);
        double[] w = new double[dim];
        for (int i = 0; i < dim; i++) {
            s.set(i, i, i < dim / 2 ? 3 : 1);
            w[i] = 0.1;
        }
        return new TwoModalityData(dim / 2, s, w, noise);
    }

    /**
     * The random-dataset sweep ({@code rand_sweep}, §2.2.3): {@code Sigma ~ InvWishart(D + 2, Psi)}
     * with {@code Psi = diag(2 x D/2, 1 x D/2)} (mean Psi), {@code w* ~ U(-1, 1)^D}, no noise.
     */
    public static TwoModalityData randomCovariance(int dim, long seed) {
        Require.that(dim >= 2 && dim % 2 == 0, "dim", dim, "must be even and >= 2");
        DMatrixRMaj psi = new DMatrixRMaj(dim, dim);
        for (int i = 0; i < dim; i++) {
            psi.set(i, i, i < dim / 2 ? 2 : 1);
        }
        DMatrixRMaj sigma = InverseWishart.sample(dim + 2, psi, Seeds.derive(seed, 0));
        SplittableRandom rng = Seeds.stream(Seeds.derive(seed, 1));
        double[] w = new double[dim];
        for (int i = 0; i < dim; i++) {
            w[i] = rng.nextDouble(-1, 1);
        }
        return new TwoModalityData(dim / 2, sigma, w, 0);
    }
}
