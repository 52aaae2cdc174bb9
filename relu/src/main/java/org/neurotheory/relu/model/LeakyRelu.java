package org.neurotheory.relu.model;

import org.neurotheory.core.Require;

/**
 * The leaky ReLU {@code sigma_alpha(z) = max(z, alpha z)} with slope {@code alpha} in [0, 1]:
 * {@code alpha = 0} is the ReLU, {@code alpha = 1} the identity (linear network).
 * Its odd/even split is {@code sigma_alpha(z) = c z + d |z|} with
 * {@code c = (1 + alpha)/2} and {@code d = (1 - alpha)/2}; the derivative is {@code 1} for
 * {@code z > 0} and {@code alpha} otherwise.
 *
 * @param slope the negative-side slope alpha, in [0, 1]
 */
public record LeakyRelu(double slope) {
    public LeakyRelu {
        Require.inRange("slope", slope, 0.0, 1.0);
    }

    /** The ReLU ({@code alpha = 0}). */
    public static LeakyRelu relu() {
        return new LeakyRelu(0);
    }

    /** The identity ({@code alpha = 1}): the linear network. */
    public static LeakyRelu identity() {
        return new LeakyRelu(1);
    }

    /** {@code sigma_alpha(z)}. */
    public double apply(double z) {
        return z > 0 ? z : slope * z;
    }

    /** {@code sigma'_alpha(z)}: 1 for z > 0, alpha otherwise (the value at 0 is measure-zero). */
    public double derivative(double z) {
        return z > 0 ? 1 : slope;
    }

    /** The odd (linear) coefficient {@code c = (1 + alpha)/2}: also the time-rescaling factor of Theorem A. */
    public double oddGain() {
        return 0.5 * (1 + slope);
    }

    /** The even coefficient {@code d = (1 - alpha)/2} of {@code |z|}. */
    public double evenGain() {
        return 0.5 * (1 - slope);
    }
}
