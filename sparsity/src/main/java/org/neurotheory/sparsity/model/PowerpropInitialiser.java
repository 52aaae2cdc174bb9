package org.neurotheory.sparsity.model;

import java.util.SplittableRandom;
import org.neurotheory.core.Require;

/**
 * Initialisation of a Powerprop layer (Schwarz et al. 2021, Sec. 2.3 and the official notebook):
 * draw the baseline's weights {@code theta0} from a fan-in variance-scaling truncated normal, then
 * set {@code psi0 = sign(theta0) |theta0|^(1/alpha)}, so the initial effective weights
 * {@code w0 = psi0 |psi0|^(alpha-1)} equal {@code theta0} for every alpha: networks with different
 * alpha start from the same function when they share the seed.
 *
 * <p>The truncated normal is Sonnet's {@code VarianceScaling(scale=1, mode='fan_in',
 * distribution='truncated_normal')}: standard deviation {@code sqrt(1/fan_in) / 0.87962566103423978}
 * before truncation at two standard deviations (values outside are redrawn), so the truncated
 * distribution has variance {@code 1/fan_in}.
 */
public final class PowerpropInitialiser {
    /** Standard deviation of N(0,1) truncated to [-2, 2]; dividing by it restores unit variance. */
    public static final double TRUNCATION_STD = 0.87962566103423978;

    private PowerpropInitialiser() {
    }

    /** The untruncated standard deviation {@code sqrt(1/fanIn)/0.8796...}. */
    public static double rawStd(int fanIn) {
        Require.positive("fanIn", fanIn);
        return Math.sqrt(1.0 / fanIn) / TRUNCATION_STD;
    }

    /** Fills {@code theta} with baseline weights: truncated normal, variance {@code 1/fanIn}. */
    public static float[] baseline(int fanIn, SplittableRandom rng, float[] theta) {
        Require.nonNull("rng", rng);
        double std = rawStd(fanIn);
        for (int i = 0; i < theta.length; i++) {
            double z;
            do {
                z = rng.nextGaussian();
            } while (Math.abs(z) > 2);
            theta[i] = (float) (z * std);
        }
        return theta;
    }

    /** Fills {@code psi} so that the layer's effective weights equal {@code theta} (Sec. 2.3). */
    public static float[] psiFor(float[] theta, Powerprop map, float[] psi) {
        Require.nonNull("map", map);
        map.inverse(theta, psi);
        return psi;
    }
}
