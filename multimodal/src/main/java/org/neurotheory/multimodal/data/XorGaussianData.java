package org.neurotheory.multimodal.data;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.neurotheory.core.Require;
import org.neurotheory.core.random.Seeds;

/**
 * The XOR + Gaussian task of the nonlinear section (§2.2.4, the code's {@code gen_xor_data}):
 * modality A is {@code x_A in {+-1}^2} with each of the four patterns (1,1), (1,-1), (-1,1),
 * (-1,-1) repeated P/4 times, its label {@code -x_A1 x_A2}; modality B is
 * {@code x_B ~ N(0, varLin)}; the target is {@code y = XOR(x_A) + x_B}. A linear network sees no
 * correlation with A ({@code E[y x_A] = 0}); only a nonlinear network can learn it.
 *
 * @param varLin variance of the linear (Gaussian) modality, > 0
 */
public record XorGaussianData(double varLin) {
    public XorGaussianData {
        Require.positive("varLin", varLin);
    }

    /** P samples (P a positive multiple of 4): {inputs P x 3 = [x_A1, x_A2, x_B], targets P x 1}. */
    public DMatrixRMaj[] sample(int samples, long seed) {
        Require.that(samples > 0 && samples % 4 == 0, "samples", samples, "must be a positive multiple of 4");
        SplittableRandom rng = Seeds.stream(seed);
        double[][] patterns = {{1, 1}, {1, -1}, {-1, 1}, {-1, -1}};
        DMatrixRMaj x = new DMatrixRMaj(samples, 3);
        DMatrixRMaj y = new DMatrixRMaj(samples, 1);
        int per = samples / 4;
        double sd = Math.sqrt(varLin);
        for (int mu = 0; mu < samples; mu++) {
            double[] p = patterns[mu / per];
            double xb = sd * rng.nextGaussian();
            x.set(mu, 0, p[0]);
            x.set(mu, 1, p[1]);
            x.set(mu, 2, xb);
            y.set(mu, 0, -p[0] * p[1] + xb);
        }
        return new DMatrixRMaj[] {x, y};
    }
}
