package org.neurotheory.gridcells.theory;

import org.neurotheory.core.Require;

/**
 * Field width, lattice spacing and module size (Section 4.1, Appendix J of the paper). A module's
 * tuning curve is approximated by a Dirac comb of spacing nu convolved with a Gaussian field of
 * width mu; its spectrum is the reciprocal lattice under the envelope {@code exp(-w^2 mu^2 / 2)}.
 * Counting the frequencies whose envelope is at least a fraction tau of its peak
 * ({@code |w| <= w* = sqrt(2 ln(1/tau)) / mu}), one frequency per +-w pair, gives the frequencies D a
 * module needs, hence its neurons {@code N = 2D + 1} (the budget). In 1-D
 * {@code D ~ w* nu / (2 pi)} (proportional to nu/mu); on a hexagonal lattice in 2-D
 * {@code D ~ (pi w*^2 / 2) / A_cell = sqrt(3) ln(1/tau) / (8 pi) (nu/mu)^2}. So modules with sharper
 * fields (smaller mu/nu) need more neurons, and adding neurons to a module sharpens its fields.
 */
public final class ModuleSize {
    private ModuleSize() {
    }

    /** Exact count in 1-D: frequencies {@code 2 pi n / nu}, n >= 1, within the cutoff; width and spacing as mu/nu. */
    public static int frequencies1d(double widthOverSpacing, double threshold) {
        double cutoff = cutoff(widthOverSpacing, threshold);
        return (int) Math.floor(cutoff / (2 * Math.PI));
    }

    /** The continuum estimate {@code w* nu / (2 pi)} in 1-D. */
    public static double approxFrequencies1d(double widthOverSpacing, double threshold) {
        return cutoff(widthOverSpacing, threshold) / (2 * Math.PI);
    }

    /** Exact count in 2-D: points of the hexagonal frequency lattice of a grid of spacing 1 within the cutoff, halved. */
    public static int frequencies2d(double widthOverSpacing, double threshold) {
        double cutoff = cutoff(widthOverSpacing, threshold);
        double[][] b = LatticePacking.hexagonal(4 * Math.PI / Math.sqrt(3));
        return LatticePacking.annulusCount(b[0], b[1], 0, cutoff) / 2;
    }

    /** The continuum estimate {@code sqrt(3) ln(1/tau) / (8 pi) (nu/mu)^2} in 2-D. */
    public static double approxFrequencies2d(double widthOverSpacing, double threshold) {
        Require.positive("widthOverSpacing", widthOverSpacing);
        return Math.sqrt(3) * Math.log(1 / Require.openRange("threshold", threshold, 0, 1)) / (8 * Math.PI)
                / (widthOverSpacing * widthOverSpacing);
    }

    /** Envelope cutoff {@code sqrt(2 ln(1/tau)) / mu} for spacing 1. */
    private static double cutoff(double widthOverSpacing, double threshold) {
        Require.positive("widthOverSpacing", widthOverSpacing);
        Require.openRange("threshold", threshold, 0, 1);
        return Math.sqrt(2 * Math.log(1 / threshold)) / widthOverSpacing;
    }
}
