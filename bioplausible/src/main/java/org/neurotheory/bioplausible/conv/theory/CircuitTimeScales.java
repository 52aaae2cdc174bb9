package org.neurotheory.bioplausible.conv.theory;

import org.neurotheory.bioplausible.conv.model.LateralInhibition;
import org.neurotheory.core.Require;

/**
 * Time scales of the lateral-inhibition circuit (Pogodin et al. 2021, Sec. 4.2) and what they do
 * to learning when each input is held for {@code T} Euler steps.
 *
 * <p>For a fixed input the deviations {@code r_i - rbar} relax at rate {@code 1/tau}; the pair
 * (mean rate, inhibitory rate) has eigenvalues {@code (-1 +- i sqrt(alpha)) / tau}: a damped
 * oscillation of period {@code 2 pi tau / sqrt(alpha)} (about 60 steps for tau = 30, alpha = 10)
 * that decays in {@code tau}. Euler with {@code dt = 1} is stable when {@code |1 + lambda dt| < 1}.
 *
 * <p>Learning sees the rates during the whole hold, transients included. The part of
 * {@code r - b} driven by the current input, summed over the {@code T} steps of one hold, is
 * {@code g_dev (z_i - zbar)} for the deviations and {@code g_mean zbar} for the mean; the old input's
 * transient is uncorrelated with the new input and averages out. The per-hold fixed point of the
 * Hebbian rule with anchor {@code gamma} (applied on each of the T steps) is then
 * {@code d* = gamma T / (gamma T + g_dev) d^ref} and {@code wbar* = gamma T / (gamma T + g_mean) wbar^ref};
 * for {@code T -> infinity}, {@code g_dev / T -> 1} and {@code g_mean / T -> 1/(1 + alpha)}, which is
 * {@link CircuitSteadyState}.
 */
public final class CircuitTimeScales {
    private CircuitTimeScales() {
    }

    /** Real part {@code -1/tau} of the mean-mode eigenvalues (per step). */
    public static double meanModeDecayRate(LateralInhibition c) {
        return 1 / Require.nonNull("circuit", c).tau();
    }

    /** Imaginary part {@code sqrt(alpha)/tau} of the mean-mode eigenvalues (per step). */
    public static double meanModeFrequency(LateralInhibition c) {
        Require.nonNull("circuit", c);
        return Math.sqrt(c.alpha()) / c.tau();
    }

    /** Period {@code 2 pi tau / sqrt(alpha)} of the mean-mode oscillation, in steps. */
    public static double oscillationPeriod(LateralInhibition c) {
        return 2 * Math.PI / meanModeFrequency(c);
    }

    /** Relaxation rate {@code 1/tau} of the deviation modes {@code r_i - rbar} (per step). */
    public static double deviationRate(LateralInhibition c) {
        return 1 / Require.nonNull("circuit", c).tau();
    }

    /** Whether Euler with step {@code dt} is stable: {@code |1 + lambda dt| < 1} for every eigenvalue. */
    public static boolean eulerStable(LateralInhibition c, double dt) {
        Require.positive("dt", dt);
        double re = 1 - dt / c.tau();
        double im = dt * meanModeFrequency(c);
        return re * re + im * im < 1 && Math.abs(1 - dt / c.tau()) < 1;
    }

    /** Hold gain {@code g_dev = sum_{m=1..T} (1 - (1 - 1/tau)^m) = T - (tau - 1)(1 - (1 - 1/tau)^T)} of the deviation modes. */
    public static double deviationHoldGain(LateralInhibition c, int hold) {
        Require.nonNull("circuit", c);
        Require.positive("hold", hold);
        double a = 1 - 1 / c.tau();
        return hold - (c.tau() - 1) * (1 - Math.pow(a, hold));
    }

    /**
     * Hold gain {@code g_mean = sum_{m=1..T} u_m} of the mean mode for unit {@code zbar}, where
     * {@code (u, v) = (rbar - b, r_inh)} starts at 0 and follows the circuit's simultaneous Euler
     * update {@code u += (-u + 1 - alpha v)/tau}, {@code v += (-v + u)/tau} (exact: T steps of a 2x2 map).
     */
    public static double meanHoldGain(LateralInhibition c, int hold) {
        Require.nonNull("circuit", c);
        Require.positive("hold", hold);
        double u = 0;
        double v = 0;
        double sum = 0;
        for (int m = 0; m < hold; m++) {
            double du = (-u + 1 - c.alpha() * v) / c.tau();
            double dv = (-v + u) / c.tau();
            u += du;
            v += dv;
            sum += u;
        }
        return sum;
    }

    /**
     * Inverse-SNR factor at the per-hold fixed point (white unit-variance inputs held {@code hold}
     * steps): {@code [(gamma + g_mean/T) / (gamma + g_dev/T)]^2}.
     */
    public static double heldInverseSnrFactor(double gamma, LateralInhibition c, int hold) {
        Require.nonNegative("gamma", gamma);
        double dev = deviationHoldGain(c, hold) / hold;
        double mean = meanHoldGain(c, hold) / hold;
        double f = (gamma + mean) / (gamma + dev);
        return f * f;
    }
}
