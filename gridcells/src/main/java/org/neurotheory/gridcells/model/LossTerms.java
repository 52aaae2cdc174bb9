package org.neurotheory.gridcells.model;

/**
 * The loss terms both objectives share ({@link OpenSpaceObjective} on very large spaces,
 * {@link FiniteSpaceObjective} on finite ones), each with its hand-derived gradient. Codes are
 * N x M row-major blocks (neuron-major), gradients are written into an N-row block of any row
 * stride. Allocation-free.
 * <ul>
 * <li>the chi-weighted separation loss over pairs of samples, eq. (1) (kernel) and eq. (7)
 *     (Euclidean) of the paper: {@code L = c sum_ij chi_ij f(|g_i - g_j|^2)};</li>
 * <li>the non-negativity loss, the mean of {@code max(0, -g)} (Section 2.3), optionally through a
 *     per-neuron normalisation;</li>
 * <li>normalisation of rows to unit length, {@code u = x / |x|}, and the back-propagation through
 *     it (the unit-norm neurons of eq. (1) on very large spaces, the row-normalised W of Section
 *     2.5 on finite ones).</li>
 * </ul>
 */
final class LossTerms {
    private LossTerms() {
    }

    /**
     * The separation loss {@code sum_ij scale chi_ij f(delta_ij)} with
     * {@code delta_ij = G_ii + G_jj - 2 G_ij} from the M x M Gram matrix {@code gram} of the codes of
     * M samples, {@code f(d) = exp(-d / (2 sigma^2))} ({@link SeparationLoss#KERNEL}) or {@code -d}
     * ({@link SeparationLoss#EUCLIDEAN}). Writes the pair weights {@code A_ij = dL/d delta_ij} into
     * {@code pair} and their row sums into {@code rowSum} for {@link #addSeparationGradient}.
     */
    static double separation(SeparationLoss loss, double[] gram, double[] chi, int m, double scale, double sigmaSq,
                             double[] pair, double[] rowSum) {
        boolean kernel = loss == SeparationLoss.KERNEL;
        double inv2s = 1 / (2 * sigmaSq);
        double total = 0;
        for (int i = 0; i < m; i++) {
            double row = 0;
            for (int j = 0; j < m; j++) {
                double delta = gram[i * m + i] + gram[j * m + j] - 2 * gram[i * m + j];
                double a;
                if (kernel) {
                    double e = scale * chi[i * m + j] * Math.exp(-delta * inv2s);
                    total += e;
                    a = -e * inv2s;
                } else {
                    total -= scale * chi[i * m + j] * delta;
                    a = -scale * chi[i * m + j];
                }
                pair[i * m + j] = a;
                row += a;
            }
            rowSum[i] = row;
        }
        return total;
    }

    /**
     * The gradient of the separation loss with respect to the codes {@code g} (N x M):
     * {@code dL/dg_i = 4 sum_j A_ij (g_i - g_j)} (A symmetric), written to
     * {@code out[n * stride + i]}; {@code product} (N x M) is scratch and may be {@code out} when
     * {@code stride == M}.
     */
    static void separationGradient(double[] g, int n, int m, double[] pair, double[] rowSum, double[] product,
                                   double[] out, int stride) {
        Gemm.rowsTimes(g, n, m, pair, m, product);
        for (int i = 0; i < n; i++) {
            for (int q = 0; q < m; q++) {
                out[i * stride + q] = 4 * (g[i * m + q] * rowSum[q] - product[i * m + q]);
            }
        }
    }

    /** {@code acc + sum max(0, -g)} over {@code g[from, from + count)}. */
    static double negativePart(double[] g, int from, int count, double acc) {
        double total = acc;
        for (int q = from; q < from + count; q++) {
            double v = g[q];
            if (v < 0) {
                total -= v;
            }
        }
        return total;
    }

    /**
     * Adds {@code f (-1[g < 0] - g proj)} to {@code grad[from, from + count)}: the gradient of
     * {@code f sum max(0, -g)} ({@code proj = 0}), or of {@code f |g| sum max(0, -g^)} through the
     * normalisation {@code g^ = g / |g|} ({@code proj = sum max(0, -g) / |g|^2}).
     */
    static void addNegativePartGradient(double[] g, int from, int count, double f, double proj, double[] grad) {
        for (int q = from; q < from + count; q++) {
            double v = g[q];
            grad[q] += f * ((v < 0 ? -1 : 0) - v * proj);
        }
    }

    /**
     * Normalises the first {@code cols} entries of each of {@code rows} rows of {@code x} (row
     * stride {@code stride}) to unit length, {@code unit (rows x cols) = x / |x|}, and writes the
     * lengths into {@code norms}.
     */
    static void normalise(double[] x, int stride, int rows, int cols, double[] unit, double[] norms) {
        for (int i = 0; i < rows; i++) {
            double s = 0;
            int r = i * stride;
            for (int j = 0; j < cols; j++) {
                s += x[r + j] * x[r + j];
            }
            double inv = 1 / Math.sqrt(s);
            norms[i] = Math.sqrt(s);
            for (int j = 0; j < cols; j++) {
                unit[i * cols + j] = x[r + j] * inv;
            }
        }
    }

    /** A copy of {@code x} (rows x cols) with unit-length rows. */
    static double[] normalised(double[] x, int rows, int cols) {
        double[] out = new double[x.length];
        normalise(x, cols, rows, cols, out, new double[rows]);
        return out;
    }

    /**
     * Back-propagation through {@code u = x / |x|} row by row:
     * {@code dL/dx = (dL/du - u (u . dL/du)) / |x|}, written to {@code out[i * stride + j]}.
     */
    static void normaliseGradient(double[] unit, double[] gradUnit, double[] norms, int rows, int cols, double[] out,
                                  int stride) {
        for (int i = 0; i < rows; i++) {
            int u = i * cols;
            double dot = 0;
            for (int j = 0; j < cols; j++) {
                dot += gradUnit[u + j] * unit[u + j];
            }
            double inv = 1 / norms[i];
            for (int j = 0; j < cols; j++) {
                out[i * stride + j] = (gradUnit[u + j] - unit[u + j] * dot) * inv;
            }
        }
    }
}
