package org.neurotheory.gridcells.theory;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.special.Erf;
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
    private final double[][] frequencies;
    private final double repulsion;

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
        this.repulsion = repulsion;
        double kMax = Math.sqrt(2 * Math.log(1e8)) / fieldWidth + 4 * repulsion;
        frequencies = lattice(spacing, fieldWidth, kMax);
        density = new double[bins];
        int radial = 400;
        double dk = kMax / radial;
        for (double[] f : frequencies) {
            double kx = f[0];
            double ky = f[1];
            double a = f[2];
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

    /**
     * The non-zero points of the hexagonal lattice of shortest vector {@code kappa = 4 pi / (sqrt 3 nu)}
     * within {@code kMax}'s index range whose envelope {@code A(k)} is at least 1e-12, as rows
     * {@code {k_x, k_y, A(k)}}.
     */
    private static double[][] lattice(double spacing, double fieldWidth, double kMax) {
        double kappa = 4 * Math.PI / (Math.sqrt(3) * spacing);
        double[][] b = LatticePacking.hexagonal(kappa);
        int range = (int) Math.ceil(kMax / kappa * 1.2) + 1;
        List<double[]> points = new ArrayList<>();
        for (int i = -range; i <= range; i++) {
            for (int j = -range; j <= range; j++) {
                if (i == 0 && j == 0) {
                    continue;
                }
                double kx = i * b[0][0] + j * b[1][0];
                double ky = i * b[0][1] + j * b[1][1];
                double a = Math.exp(-(kx * kx + ky * ky) * fieldWidth * fieldWidth / 2);
                if (a >= 1e-12) {
                    points.add(new double[] {kx, ky, a});
                }
            }
        }
        return points.toArray(double[][]::new);
    }

    /**
     * The module's frequencies rotated by {@code rotation} (radians) about the origin: rows
     * {@code {k_x, k_y, A(k)}} of every lattice point with envelope {@code A(k) >= 1e-12}, the set
     * {@link #density} sums over (at {@code rotation = 0}).
     */
    public double[][] frequencies(double rotation) {
        Require.finite("rotation", rotation);
        double c = Math.cos(rotation);
        double s = Math.sin(rotation);
        double[][] out = new double[frequencies.length][];
        for (int j = 0; j < frequencies.length; j++) {
            double[] f = frequencies[j];
            out[j] = new double[] {c * f[0] - s * f[1], s * f[0] + c * f[1], f[2]};
        }
        return out;
    }

    /** The repulsion width s the densities are smoothed with. */
    public double repulsion() {
        return repulsion;
    }

    /**
     * The angular density of any set of frequencies at angle {@code psi} (radians), with the radial
     * integral in closed form: writing {@code k_j = a u_psi + b u_perp},
     * {@code int_0^inf exp(-|k u_psi - k_j|^2 / (2 s^2)) dk = s sqrt(pi / 2) exp(-b^2 / (2 s^2)) (1 + erf(a / (sqrt 2 s)))}.
     * For this module's {@link #frequencies} it is {@link #density} at any angle (which tabulates the
     * same integral by the midpoint rule on the bins); terms with {@code |b| > 9 s} (below e^-40) are dropped.
     *
     * @param frequencies rows {@code {k_x, k_y, A}}
     * @param repulsion   s
     * @param psi         angle in radians
     */
    public static double angularDensity(double[][] frequencies, double repulsion, double psi) {
        Require.positive("repulsion", repulsion);
        Require.finite("psi", psi);
        double ux = Math.cos(psi);
        double uy = Math.sin(psi);
        double cut = 9 * repulsion;
        double radial = repulsion * Math.sqrt(Math.PI / 2);
        double sum = 0;
        for (double[] f : frequencies) {
            double b = -f[0] * uy + f[1] * ux;
            if (Math.abs(b) > cut) {
                continue;
            }
            double z = (f[0] * ux + f[1] * uy) / (Math.sqrt(2) * repulsion);
            // 1 + erf(z) = erfc(-z), accurate for z far below 0; above z = 6 it is 2 to double precision
            double halfLine = z > 6 ? 2 : Erf.erfc(-z);
            sum += f[2] * radial * Math.exp(-b * b / (2 * repulsion * repulsion)) * halfLine;
        }
        return sum;
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
