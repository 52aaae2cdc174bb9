package org.neurotheory.gridcells.theory;

import org.neurotheory.core.Require;

/**
 * Relative orientation of two modules (Section 4.2, Appendix K of the paper; the paper's
 * parameters are not all given, so this follows its described method): the angular frequency
 * density of one hexagonal module
 * {@code rho(psi) = int_0^inf dk sum_j A(k_j) exp(-|k u_psi - k_j|^2 / (2 s^2))}, lattice spacing
 * {@code kappa = 4 pi / (sqrt 3 nu)}, envelope {@code A(k) = exp(-|k|^2 mu^2 / 2)}, repulsion width s;
 * and the overlap {@code O(dpsi) = int rho(psi) rho(psi + dpsi) dpsi}. Aligned modules (0 degrees)
 * overlap most; the least overlap sits at a small non-zero angle.
 */
public final class ModuleOrientation {
    private final double[] density;

    /**
     * @param spacing   nu, real-space grid spacing
     * @param fieldWidth mu, field width (sets the spectral envelope)
     * @param repulsion s, width of each frequency's repulsion
     * @param bins      angular bins over [0, 2 pi)
     */
    public ModuleOrientation(double spacing, double fieldWidth, double repulsion, int bins) {
        Require.positive("spacing", spacing);
        Require.positive("fieldWidth", fieldWidth);
        Require.positive("repulsion", repulsion);
        Require.that(bins >= 36, "bins", bins, "must be >= 36");
        double kappa = 4 * Math.PI / (Math.sqrt(3) * spacing);
        double[][] b = LatticePacking.hexagonal(kappa);
        double kMax = Math.sqrt(2 * Math.log(1e8)) / fieldWidth + 4 * repulsion;
        int range = (int) Math.ceil(kMax / kappa * 1.2) + 1;
        density = new double[bins];
        int radial = 400;
        double dk = kMax / radial;
        for (int i = -range; i <= range; i++) {
            for (int j = -range; j <= range; j++) {
                if (i == 0 && j == 0) {
                    continue;
                }
                double kx = i * b[0][0] + j * b[1][0];
                double ky = i * b[0][1] + j * b[1][1];
                double a = Math.exp(-(kx * kx + ky * ky) * fieldWidth * fieldWidth / 2);
                if (a < 1e-12) {
                    continue;
                }
                // only radii within 6 s of |k_j| and angles within 6 s / |k_j| contribute (e^-18 cut-off)
                double kn = Math.hypot(kx, ky);
                double ang = Math.atan2(ky, kx);
                double halfWidth = kn > 6 * repulsion ? Math.asin(6 * repulsion / kn) : Math.PI;
                int pLo = (int) Math.floor((ang - halfWidth) / (2 * Math.PI) * bins);
                int pHi = (int) Math.ceil((ang + halfWidth) / (2 * Math.PI) * bins);
                if (pHi - pLo >= bins) {
                    pLo = 0;
                    pHi = bins - 1;
                }
                int rLo = Math.max(0, (int) Math.floor((kn - 6 * repulsion) / dk));
                int rHi = Math.min(radial - 1, (int) Math.ceil((kn + 6 * repulsion) / dk));
                for (int pp = pLo; pp <= pHi; pp++) {
                    int p = Math.floorMod(pp, bins);
                    double psi = 2 * Math.PI * p / bins;
                    double ux = Math.cos(psi);
                    double uy = Math.sin(psi);
                    double s = 0;
                    for (int r = rLo; r <= rHi; r++) {
                        double k = (r + 0.5) * dk;
                        double ex = k * ux - kx;
                        double ey = k * uy - ky;
                        s += Math.exp(-(ex * ex + ey * ey) / (2 * repulsion * repulsion));
                    }
                    density[p] += a * s * dk;
                }
            }
        }
    }

    /** Angular density rho at bin p (angle {@code 2 pi p / bins}). */
    public double density(int p) {
        return density[p];
    }

    /** Number of angular bins. */
    public int bins() {
        return density.length;
    }

    /** Overlap {@code O(shift bins)}, normalised by {@code O(0)}. */
    public double overlap(int shift) {
        int n = density.length;
        double s = 0;
        double s0 = 0;
        for (int p = 0; p < n; p++) {
            s += density[p] * density[Math.floorMod(p + shift, n)];
            s0 += density[p] * density[p];
        }
        return s / s0;
    }

    /**
     * Overlap of three modules rotated by {@code a} and {@code b} bins against the first,
     * {@code sum_psi rho(psi) rho(psi + a) rho(psi + b)}, normalised by its value at {@code a = b = 0}
     * (Appendix K, the three-module version of {@link #overlap}).
     */
    public double tripleOverlap(int a, int b) {
        int n = density.length;
        double s = 0;
        double s0 = 0;
        for (int p = 0; p < n; p++) {
            double d = density[p];
            s += d * density[Math.floorMod(p + a, n)] * density[Math.floorMod(p + b, n)];
            s0 += d * d * d;
        }
        return s / s0;
    }

    /** The angle in degrees of least overlap in (0, 30]. */
    public double leastOverlapDegrees() {
        int n = density.length;
        int best = 1;
        for (int s = 1; s <= n / 12; s++) {
            if (overlap(s) < overlap(best)) {
                best = s;
            }
        }
        return 360.0 * best / n;
    }
}
