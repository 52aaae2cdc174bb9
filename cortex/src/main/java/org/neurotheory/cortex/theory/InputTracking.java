package org.neurotheory.cortex.theory;

import org.neurotheory.core.Require;

/**
 * Linear tracking of shared slow input fluctuations (§3.5): with
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

    /**
     * Relative standard error of a count covariance estimated from {@code windows} consecutive
     * windows of a process tracking the OU input: the estimate is a sample variance of the
     * window-integrated OU process, so (Gaussian, Bartlett) its relative variance is
     * {@code (2 / n) (1 + 2 sum_{k>=1} rho_k^2)} with the window-to-window correlation
     * {@code rho_k = (1 - e^{-T_w/tau_c})^2 e^{-(k-1) T_w/tau_c} / (2 (T_w/tau_c - 1 + e^{-T_w/tau_c}))}.
     * Private spiking noise is left out (it adds ~N F nu T_w to a population variance ~N^2 S).
     *
     * @param tauC    OU correlation time (ms), > 0
     * @param window  count window T_w (ms), > 0
     * @param windows number of windows n, >= 2
     * @return the relative standard error of the estimated covariance
     */
    public static double covarianceRelativeError(double tauC, double window, int windows) {
        Require.positive("tauC", tauC);
        Require.positive("window", window);
        Require.that(windows >= 2, "windows", windows, "must be >= 2");
        double x = window / tauC;
        double e = Math.exp(-x);
        double rho1 = (1 - e) * (1 - e) / (2 * (x - 1 + e));
        // sum_k rho_1^2 e^{-2(k-1)x} = rho_1^2 / (1 - e^{-2x})
        double sumSquares = rho1 * rho1 / (1 - e * e);
        return Math.sqrt(2.0 / windows * (1 + 2 * sumSquares));
    }

    /** Naive correlation {@code S / (F_0 nu_E T_w + S)}. */
    public static double naiveCorrelation(double shared, double fano, double nuE, double window) {
        return shared / (fano * nuE * window / 1000.0 + shared);
    }
}
