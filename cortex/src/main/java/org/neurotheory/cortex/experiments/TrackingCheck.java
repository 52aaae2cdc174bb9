package org.neurotheory.cortex.experiments;

import java.util.Locale;
import org.neurotheory.core.figure.Check;
import org.neurotheory.cortex.theory.InputTracking;

/**
 * The check of a simulated mean pair covariance (100 ms counts) against the linear tracking formula
 * of §3.5, with a tolerance from two sources: the theory's own accuracy (the reference
 * reference simulations agree to about 25 %) and three standard errors of the estimate from the
 * run's windows ({@link InputTracking#covarianceRelativeError}: ~18 % for an 8 s run, ~11 % for 20 s).
 */
final class TrackingCheck {
    /** Accuracy of linear tracking at a = 0.6 in the reference simulation (+-25 %, §3.5). */
    static final double MODEL_ERROR = 0.25;
    private static final double WINDOW_MS = 100;

    private TrackingCheck() {
    }

    /**
     * @param name       check name
     * @param predicted  S(100 ms) from the formula
     * @param simulated  measured mean pair covariance
     * @param tauC       OU correlation time (ms)
     * @param durationMs run length including the burn-in (ms)
     * @param modelError relative accuracy granted to the theory itself
     */
    static Check of(String name, double predicted, double simulated, double tauC, double durationMs, double modelError) {
        int windows = (int) ((durationMs - StateRuns.BURN_IN) / WINDOW_MS);
        double tolerance = modelError + 3 * InputTracking.covarianceRelativeError(tauC, WINDOW_MS, windows);
        return Check.relative(name + String.format(Locale.ROOT, " (tol %.0f%% = %.0f%% theory + 3 s.e.)",
                100 * tolerance, 100 * modelError), predicted, simulated, tolerance);
    }
}
