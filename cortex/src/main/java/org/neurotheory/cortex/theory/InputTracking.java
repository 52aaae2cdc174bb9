package org.neurotheory.cortex.theory;

import org.neurotheory.core.Require;

/**
 * Linear tracking of shared slow input fluctuations (card section 3.5): with
 * {@code delta nu_E(t) = A_E a nu_X xi(t)} and xi a unit OU process of time constant tau_c, the
 * shared count in a window T_w has variance
 * <pre>
 *   S(T_w) = (A_E a nu_X)^2 2 tau_c^2 (T_w/tau_c - 1 + e^{-T_w/tau_c}),
 * </pre>
 * which predicts the mean pairwise spike-count covariance {@code c(T_w) = S(T_w)}.
 */
public final class InputTracking {
    private InputTracking() {
    }

    /**
     * @param gain      A_E = d nu_E / d nu_X
     * @param amplitude modulation depth a
     * @param nuX       mean external rate (Hz)
     * @param tauC      OU correlation time (ms)
     * @param window    count window T_w (ms)
     * @return S(T_w) in spikes^2
     */
    public static double sharedCountVariance(double gain, double amplitude, double nuX, double tauC, double window) {
        Require.finite("gain", gain);
        Require.nonNegative("amplitude", amplitude);
        Require.nonNegative("nuX", nuX);
        Require.positive("tauC", tauC);
        Require.positive("window", window);
        double tc = tauC / 1000.0;
        double tw = window / 1000.0;
        double s = gain * amplitude * nuX;
        return s * s * 2 * tc * tc * (tw / tc - 1 + Math.exp(-tw / tc));
    }

    /** Naive correlation {@code S / (F_0 nu_E T_w + S)}. */
    public static double naiveCorrelation(double shared, double fano, double nuE, double window) {
        return shared / (fano * nuE * window / 1000.0 + shared);
    }
}
