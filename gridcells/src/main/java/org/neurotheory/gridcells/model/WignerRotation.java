package org.neurotheory.gridcells.model;

import org.neurotheory.core.Require;

/**
 * How a rotation R of the sphere acts on real spherical harmonics ({@link SphericalHarmonics}):
 * {@code Y_l(R x) = D^l(R) Y_l(x)} with real Wigner-D blocks {@code D^l} of size {@code 2l+1},
 * built by the Ivanic-Ruedenberg recursion (J. Phys. Chem. 100, 6342 (1996); erratum 102, 9099
 * (1998)) from {@code D^1}, which is R with its axes in the order (y, z, x). The sphere code's group
 * action is {@code G(R) = blockdiag(1, D^1, ..., D^L)}.
 *
 * <p>Storage: the blocks of degrees {@code 1..L} one after another, block l row-major, from offset
 * {@link #offset(int)}; {@link #length(int)} numbers in all. Allocates nothing.
 */
public final class WignerRotation {
    private WignerRotation() {
    }

    /** Offset of block l ({@code l >= 1}) in the storage: {@code sum_{j<l} (2j+1)^2}. */
    public static int offset(int l) {
        int s = 0;
        for (int j = 1; j < l; j++) {
            s += (2 * j + 1) * (2 * j + 1);
        }
        return s;
    }

    /** Numbers needed for degrees {@code 1..maxDegree}. */
    public static int length(int maxDegree) {
        return offset(maxDegree + 1);
    }

    /**
     * Writes {@code D^1..D^L} of the rotation {@code r} (3 x 3 row-major, from {@code rOff}) into
     * {@code out} from {@code outOff}.
     */
    public static void blocks(double[] r, int rOff, int maxDegree, double[] out, int outOff) {
        Require.nonNegative("maxDegree", maxDegree);
        if (maxDegree == 0) {
            return;
        }
        int[] perm = {1, 2, 0};
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                out[outOff + i * 3 + j] = r[rOff + perm[i] * 3 + perm[j]];
            }
        }
        int one = outOff;
        for (int l = 2; l <= maxDegree; l++) {
            int prev = outOff + offset(l - 1);
            int cur = outOff + offset(l);
            int size = 2 * l + 1;
            for (int m = -l; m <= l; m++) {
                for (int n = -l; n <= l; n++) {
                    double d = m == 0 ? 1 : 0;
                    double denom = Math.abs(n) == l ? 2.0 * l * (2 * l - 1) : (double) (l + n) * (l - n);
                    double u = Math.sqrt((l + m) * (double) (l - m) / denom);
                    double v = 0.5 * Math.sqrt((1 + d) * (l + Math.abs(m) - 1.0) * (l + Math.abs(m)) / denom) * (1 - 2 * d);
                    double w = -0.5 * Math.sqrt((l - Math.abs(m) - 1.0) * (l - Math.abs(m)) / denom) * (1 - d);
                    double value = 0;
                    if (u != 0) {
                        value += u * p(out, one, prev, l, 0, m, n);
                    }
                    if (v != 0) {
                        value += v * vTerm(out, one, prev, l, m, n);
                    }
                    if (w != 0) {
                        value += w * wTerm(out, one, prev, l, m, n);
                    }
                    out[cur + (m + l) * size + n + l] = value;
                }
            }
        }
    }

    private static double vTerm(double[] o, int one, int prev, int l, int m, int n) {
        if (m == 0) {
            return p(o, one, prev, l, 1, 1, n) + p(o, one, prev, l, -1, -1, n);
        }
        if (m > 0) {
            double d1 = m == 1 ? 1 : 0;
            return p(o, one, prev, l, 1, m - 1, n) * Math.sqrt(1 + d1) - p(o, one, prev, l, -1, -m + 1, n) * (1 - d1);
        }
        double d1 = m == -1 ? 1 : 0;
        return p(o, one, prev, l, 1, m + 1, n) * (1 - d1) + p(o, one, prev, l, -1, -m - 1, n) * Math.sqrt(1 + d1);
    }

    private static double wTerm(double[] o, int one, int prev, int l, int m, int n) {
        if (m > 0) {
            return p(o, one, prev, l, 1, m + 1, n) + p(o, one, prev, l, -1, -m - 1, n);
        }
        return p(o, one, prev, l, 1, m - 1, n) - p(o, one, prev, l, -1, -m + 1, n);
    }

    private static double p(double[] o, int one, int prev, int l, int i, int a, int b) {
        int ps = 2 * l - 1;
        int pc = l - 1;
        double ri1 = o[one + (i + 1) * 3 + 2];
        double rim1 = o[one + (i + 1) * 3];
        if (b == l) {
            return ri1 * o[prev + (a + pc) * ps + (l - 1) + pc] - rim1 * o[prev + (a + pc) * ps + (-l + 1) + pc];
        }
        if (b == -l) {
            return ri1 * o[prev + (a + pc) * ps + (-l + 1) + pc] + rim1 * o[prev + (a + pc) * ps + (l - 1) + pc];
        }
        return o[one + (i + 1) * 3 + 1] * o[prev + (a + pc) * ps + b + pc];
    }
}
