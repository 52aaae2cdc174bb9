package org.neurotheory.cortex.theory;

/**
 * A mean-field operating point (§3.2): rates (Hz) and the mean and s.d. of the
 * free membrane-potential drive (mV) of the E and I populations.
 */
public record MeanFieldState(double nuX, double nuE, double nuI, double muE, double sigmaE, double muI,
                             double sigmaI, int iterations) {
}
