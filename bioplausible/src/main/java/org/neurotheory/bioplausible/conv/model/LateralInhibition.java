package org.neurotheory.bioplausible.conv.model;

import org.neurotheory.core.Require;

/**
 * Constants of the lateral-inhibition rate circuit that computes {@code z_i - zbar} for the
 * Hebbian sleep phase (Pogodin et al. 2021, Sec. 4.2, Fig. 3B): one inhibitory neuron per group,
 * time constant {@code tau} in Euler steps of length 1, inhibition strength {@code alpha} and
 * baseline rate {@code b}.
 *
 * @param alpha    inhibition strength (the official simulation uses 10)
 * @param tau      time constant in steps (30)
 * @param baseline baseline rate b (1)
 */
public record LateralInhibition(double alpha, double tau, double baseline) {
    public LateralInhibition {
        Require.positive("alpha", alpha);
        Require.that(tau >= 1 && Double.isFinite(tau), "tau", tau, "must be finite and >= 1 (Euler step dt = 1)");
        Require.finite("baseline", baseline);
    }

    /** The official simulation's circuit: alpha = 10, tau = 30, b = 1. */
    public static LateralInhibition paper() {
        return new LateralInhibition(10, 30, 1);
    }

    /** A copy with another inhibition strength. */
    public LateralInhibition withAlpha(double a) {
        return new LateralInhibition(a, tau, baseline);
    }
}
