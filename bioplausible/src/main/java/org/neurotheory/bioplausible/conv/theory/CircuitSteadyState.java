package org.neurotheory.bioplausible.conv.theory;

import org.neurotheory.bioplausible.conv.model.LateralInhibition;
import org.neurotheory.core.Require;

/**
 * Steady state of the lateral-inhibition circuit for a fixed input (Pogodin et al. 2021,
 * Sec. 4.2): {@code tau dr_i/dt = -r_i + z_i - alpha r_inh + b},
 * {@code tau dr_inh/dt = -r_inh - b + mean_j r_j}. At rest {@code r_inh* = zbar / (1 + alpha)} and
 * {@code r_i* - b = z_i - alpha/(1 + alpha) zbar}: the post-synaptic factor of the Hebbian rule is
 * the exact {@code z_i - zbar} plus {@code zbar / (1 + alpha)}. The rule is then gradient descent on
 * the sharing objective plus {@code N zbar^2 / (2 (1 + alpha))}, which, for white inputs, also
 * shrinks the group mean to {@code gamma / (gamma + 1/(1 + alpha))} of its reference. The inverse
 * SNR therefore saturates at {@code [(gamma + 1/(1+alpha)) / (1 + gamma)]^2} times its initial
 * value, never below {@code 1/(1 + alpha)^2} however small gamma is: the inhibition strength bounds
 * how convolutional the circuit can make the weights.
 */
public final class CircuitSteadyState {
    private CircuitSteadyState() {
    }

    /** Steady excitatory rates {@code r_i* = b + z_i - alpha/(1 + alpha) zbar}. */
    public static double[] rates(double[] z, LateralInhibition c) {
        Require.nonNull("z", z);
        Require.nonNull("circuit", c);
        double zbar = mean(z);
        double[] r = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            r[i] = c.baseline() + z[i] - c.alpha() / (1 + c.alpha()) * zbar;
        }
        return r;
    }

    /** Steady inhibitory rate {@code r_inh* = zbar / (1 + alpha)}. */
    public static double inhibitoryRate(double[] z, LateralInhibition c) {
        Require.nonNull("z", z);
        Require.nonNull("circuit", c);
        return mean(z) / (1 + c.alpha());
    }

    /** Factor {@code gamma / (gamma + 1/(1 + alpha))} to which the group-mean weight shrinks (white inputs, unit variance). */
    public static double meanShrinkFactor(double gamma, LateralInhibition c) {
        Require.nonNegative("gamma", gamma);
        Require.nonNull("circuit", c);
        return gamma / (gamma + 1 / (1 + c.alpha()));
    }

    /**
     * Inverse-SNR factor at the circuit's fixed point for white unit-variance inputs,
     * {@code [(gamma/(1+gamma)) / (gamma/(gamma + 1/(1+alpha)))]^2 = [(gamma + 1/(1+alpha)) / (1 + gamma)]^2}.
     */
    public static double inverseSnrFactor(double gamma, LateralInhibition c) {
        Require.nonNegative("gamma", gamma);
        Require.nonNull("circuit", c);
        double f = (gamma + 1 / (1 + c.alpha())) / (1 + gamma);
        return f * f;
    }

    /** The {@code gamma -> 0} limit {@code 1/(1 + alpha)^2} of {@link #inverseSnrFactor}. */
    public static double inverseSnrFloor(LateralInhibition c) {
        Require.nonNull("circuit", c);
        return 1 / ((1 + c.alpha()) * (1 + c.alpha()));
    }

    private static double mean(double[] z) {
        Require.that(z.length > 0, "z.length", z.length, "must be > 0");
        double s = 0;
        for (double v : z) {
            s += v;
        }
        return s / z.length;
    }
}
