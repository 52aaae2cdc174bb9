package org.neurotheory.gridcells.model;

import org.neurotheory.core.Require;

/**
 * The irreducible-representation basis of the translation group, paper eq. (A):
 * {@code r(x) = [1, cos(k_1.x), sin(k_1.x), ..., cos(k_D.x), sin(k_D.x)]} and its group action
 * {@code G(dx) = blockdiag(1, R(k_1.dx), ..., R(k_D.dx))} with {@code G(dx) r(x) = r(x + dx)}.
 *
 * <p>Layouts: frequencies {@code k} are {@code D x dim} row-major; a point set of P points is
 * stored transposed, coordinate-major ({@code xt[j * P + p]}); the basis on P points is
 * {@code (2D+1) x P} row-major so every row is contiguous over points.
 */
public final class IrrepBasis {
    private IrrepBasis() {
    }

    /** Basis size {@code 2D + 1}. */
    public static int size(int frequencies) {
        return 2 * frequencies + 1;
    }

    /** Writes {@code r(x)} for one point {@code x} (length dim) into {@code out} (length 2D+1) and returns it. */
    public static double[] at(double[] k, int dim, double[] x, double[] out) {
        Require.length("x", x, dim);
        int d = k.length / dim;
        Require.length("out", out, size(d));
        out[0] = 1;
        for (int f = 0; f < d; f++) {
            double ph = 0;
            for (int j = 0; j < dim; j++) {
                ph += k[f * dim + j] * x[j];
            }
            out[2 * f + 1] = Math.cos(ph);
            out[2 * f + 2] = Math.sin(ph);
        }
        return out;
    }

    /**
     * Writes the basis on P points ({@code xt} coordinate-major, length dim * P) into
     * {@code out} ({@code (2D+1) x P} row-major). Allocates nothing.
     */
    public static void onPoints(double[] k, int dim, double[] xt, int points, double[] out) {
        int d = k.length / dim;
        for (int p = 0; p < points; p++) {
            out[p] = 1;
        }
        for (int f = 0; f < d; f++) {
            int cRow = (2 * f + 1) * points;
            int sRow = cRow + points;
            for (int p = 0; p < points; p++) {
                double ph = 0;
                for (int j = 0; j < dim; j++) {
                    ph += k[f * dim + j] * xt[j * points + p];
                }
                out[cRow + p] = Math.cos(ph);
                out[sRow + p] = Math.sin(ph);
            }
        }
    }

    /**
     * The group action {@code G(dx)}, a {@code (2D+1) x (2D+1)} row-major block-diagonal matrix
     * with blocks {@code 1, R(k_1.dx), ..., R(k_D.dx)}, {@code R(a) = [[cos a, -sin a], [sin a, cos a]]}.
     */
    public static double[] action(double[] k, int dim, double[] dx) {
        Require.length("dx", dx, dim);
        int d = k.length / dim;
        int b = size(d);
        double[] g = new double[b * b];
        g[0] = 1;
        for (int f = 0; f < d; f++) {
            double ph = 0;
            for (int j = 0; j < dim; j++) {
                ph += k[f * dim + j] * dx[j];
            }
            int i = 2 * f + 1;
            double c = Math.cos(ph);
            double s = Math.sin(ph);
            g[i * b + i] = c;
            g[i * b + i + 1] = -s;
            g[(i + 1) * b + i] = s;
            g[(i + 1) * b + i + 1] = c;
        }
        return g;
    }
}
