package org.neurotheory.bioplausible.conv.theory;

import org.neurotheory.bioplausible.conv.model.LateralInhibition;
import org.neurotheory.core.Require;

/**
 * Expected course of the toy weight-sharing runs (Pogodin et al. 2021, Fig. 4) for white
 * unit-variance inputs, as a function of the effective time {@code s = sum_t eta_t / (1 - mu)} (the
 * summed learning rate, momentum included). Every deviation from the group mean and the group mean
 * itself relax exponentially to their fixed points:
 * {@code f(s) = phi + (1 - phi) exp(-rate s)}, and the inverse SNR over its initial value is
 * {@code (f_dev(s) / f_mean(s))^2}.
 *
 * <p>SGD on the sharing objective: {@code phi_dev = gamma/(1+gamma)}, rate {@code 1 + gamma}; the mean
 * does not move. Lateral-inhibition circuit with inputs held {@code T} steps (see
 * {@link CircuitTimeScales}): {@code phi_dev = gamma/(gamma + g_dev/T)} at rate {@code gamma + g_dev/T}
 * and {@code phi_mean = gamma/(gamma + g_mean/T)} at rate {@code gamma + g_mean/T}; the mean is about
 * eight times slower than the deviations (for alpha = 10), which is why short circuit runs at small
 * gamma end below their plateau.
 */
public final class ExpectedSharingDynamics {
    private ExpectedSharingDynamics() {
    }

    /** {@code phi + (1 - phi) exp(-rate s)}. */
    public static double relaxed(double fixed, double rate, double s) {
        Require.nonNegative("rate", rate);
        Require.nonNegative("s", s);
        return fixed + (1 - fixed) * Math.exp(-rate * s);
    }

    /** Expected inverse SNR over its initial value after effective time {@code s} of SGD on the sharing objective. */
    public static double sgdInverseSnrRatio(double gamma, double s) {
        double f = relaxed(SharingFixedPoint.deviationFactor(gamma, 1), 1 + gamma, s);
        return f * f;
    }

    /** Expected inverse SNR over its initial value after effective time {@code s} of the circuit's rule. */
    public static double circuitInverseSnrRatio(double gamma, LateralInhibition c, int hold, double s) {
        Require.nonNegative("gamma", gamma);
        double dev = CircuitTimeScales.deviationHoldGain(c, hold) / hold;
        double mean = CircuitTimeScales.meanHoldGain(c, hold) / hold;
        double fd = relaxed(gamma / (gamma + dev), gamma + dev, s);
        double fm = relaxed(gamma / (gamma + mean), gamma + mean, s);
        return fd * fd / (fm * fm);
    }
}
