package org.neurotheory.gridcells.model;

import org.neurotheory.core.Require;

/**
 * Real spherical harmonics up to degree {@code L} on the unit sphere: the irreducible
 * representations of the rotation group SO(3) that the paper's sphere code mixes (Section 2.5,
 * Appendix M). Orthonormal over the sphere's area ({@code int Y_lm Y_l'm' dOmega = delta}, the
 * scaling of SciPy's {@code sph_harm} that the official code converts), without the Condon-Shortley
 * phase, so that degree 1 is {@code sqrt(3 / (4 pi)) (y, z, x)} for {@code m = -1, 0, 1}:
 * <pre>
 * Y_l0 = N_l0 P_l(z),  Y_lm = sqrt(2) N_lm Q_lm(z) Re (x + i y)^m,  Y_l,-m = sqrt(2) N_lm Q_lm(z) Im (x + i y)^m
 * </pre>
 * with {@code P_l^m(z) = (1 - z^2)^(m/2) Q_lm(z)} and {@code N_lm = sqrt((2l+1)/(4 pi) (l-m)!/(l+m)!)}.
 * Basis index of {@code (l, m)}: {@code l^2 + l + m}; size {@code (L+1)^2}. Polynomial in (x, y, z),
 * so exact at the poles.
 */
public final class SphericalHarmonics {
    private final int maxDegree;
    private final double[] norm;
    private final double[] q;

    /** Tables for degrees {@code 0..maxDegree}. Not thread-safe (one scratch row). */
    public SphericalHarmonics(int maxDegree) {
        this.maxDegree = Require.inRange("maxDegree", maxDegree, 0, 40);
        int n = maxDegree + 1;
        norm = new double[n * n];
        q = new double[n * n];
        for (int l = 0; l <= maxDegree; l++) {
            for (int m = 0; m <= l; m++) {
                double ratio = 1;
                for (int j = l - m + 1; j <= l + m; j++) {
                    ratio /= j;
                }
                norm[l * n + m] = Math.sqrt((2 * l + 1) / (4 * Math.PI) * ratio) * (m == 0 ? 1 : Math.sqrt(2));
            }
        }
    }

    /** Number of basis functions {@code (L+1)^2}. */
    public static int size(int maxDegree) {
        return (maxDegree + 1) * (maxDegree + 1);
    }

    public int maxDegree() {
        return maxDegree;
    }

    /**
     * Writes the basis at the unit vector {@code (x, y, z)} into column {@code col} of
     * {@code out} ({@code (L+1)^2 x stride} row-major). Allocates nothing.
     */
    public void at(double x, double y, double z, double[] out, int col, int stride) {
        int n = maxDegree + 1;
        // Q_lm(z) by the three-term recurrence in l (no Condon-Shortley phase)
        double qmm = 1;
        for (int m = 0; m <= maxDegree; m++) {
            if (m > 0) {
                qmm *= 2 * m - 1;
            }
            q[m * n + m] = qmm;
            if (m + 1 <= maxDegree) {
                q[(m + 1) * n + m] = z * (2 * m + 1) * qmm;
            }
            for (int l = m + 2; l <= maxDegree; l++) {
                q[l * n + m] = ((2 * l - 1) * z * q[(l - 1) * n + m] - (l + m - 1) * q[(l - 2) * n + m]) / (l - m);
            }
        }
        double re = 1;
        double im = 0;
        for (int m = 0; m <= maxDegree; m++) {
            if (m > 0) {
                double r = re * x - im * y;
                im = re * y + im * x;
                re = r;
            }
            for (int l = m; l <= maxDegree; l++) {
                double c = norm[l * n + m] * q[l * n + m];
                int centre = l * l + l;
                if (m == 0) {
                    out[centre * stride + col] = c;
                } else {
                    out[(centre + m) * stride + col] = c * re;
                    out[(centre - m) * stride + col] = c * im;
                }
            }
        }
    }

    /** The basis at one unit vector as a new array of length {@code (L+1)^2}. */
    public double[] at(double x, double y, double z) {
        double[] out = new double[size(maxDegree)];
        at(x, y, z, out, 0, 1);
        return out;
    }
}
