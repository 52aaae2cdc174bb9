package org.neurotheory.bioplausible.hsic.theory;

import org.neurotheory.core.Require;

/**
 * Closed forms derived from the definitions of the paper's estimators and kernels, in plain double
 * arithmetic (independent of the batched ND4J code, which the tests compare against them).
 *
 * <ul>
 *   <li>label kernel on centred one-hot labels: {@code K^y_ij = 1} for a same-class pair and
 *       {@code -1/(C-1)} otherwise; its mean over a batch with class counts {@code n_c};</li>
 *   <li>pHSIC {@code = mean(A o B) - mean(A) mean(B)}, biased HSIC {@code = tr(KHLH)/m^2} and their
 *       difference {@code HSIC - pHSIC = 2 (mean K mean L - mean_j a_j b_j)};</li>
 *   <li>for balanced batches ({@code mean K^y = 0}):
 *       {@code pHSIC(Y, Z) = (sum_same K - sum_diff K / (C-1)) / m^2};</li>
 *   <li>divisive normalisation: {@code sum_{a in g} r_a^2 = (n_g v - delta) / v^(2p)};</li>
 *   <li>Hebbian identity: {@code d(v^q)/dz_a = (2q / n_g) r_a} when {@code q = 1 - p}.</li>
 * </ul>
 */
public final class HsicClosedForms {
    private HsicClosedForms() {
    }

    /** {@code K^y_ij}: 1 for the same class, {@code -1/(C-1)} otherwise. */
    public static double labelKernelEntry(boolean sameClass, int classes) {
        Require.that(classes >= 2, "classes", classes, "must be >= 2");
        return sameClass ? 1.0 : -1.0 / (classes - 1);
    }

    /** The label kernel matrix of a batch from the closed form. */
    public static double[][] labelKernel(int[] labels, int classes) {
        Require.nonNull("labels", labels);
        double[][] k = new double[labels.length][labels.length];
        for (int i = 0; i < labels.length; i++) {
            for (int j = 0; j < labels.length; j++) {
                k[i][j] = labelKernelEntry(labels[i] == labels[j], classes);
            }
        }
        return k;
    }

    /**
     * {@code mean K^y = (S - (m^2 - S)/(C-1)) / m^2} with {@code S = sum_c n_c^2}; zero for a
     * perfectly balanced batch.
     *
     * @param classCounts n_c for every class (length C)
     */
    public static double labelKernelMean(int[] classCounts) {
        Require.nonNull("classCounts", classCounts);
        int classes = classCounts.length;
        Require.that(classes >= 2, "classCounts.length", classes, "must be >= 2");
        double m = 0;
        double s = 0;
        for (int n : classCounts) {
            Require.nonNegative("classCounts[i]", n);
            m += n;
            s += (double) n * n;
        }
        Require.positive("batch size", m);
        return (s - (m * m - s) / (classes - 1)) / (m * m);
    }

    /** pHSIC {@code mean(A o B) - mean(A) mean(B)}. */
    public static double plausibleHsic(double[][] a, double[][] b) {
        int m = square("a", a);
        requireSize("b", b, m);
        double ab = 0;
        double sa = 0;
        double sb = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                ab += a[i][j] * b[i][j];
                sa += a[i][j];
                sb += b[i][j];
            }
        }
        double mm = (double) m * m;
        return ab / mm - (sa / mm) * (sb / mm);
    }

    /** Biased HSIC as {@code tr(K H L H) / m^2} with {@code H = I - 11^T/m}. */
    public static double biasedHsicTrace(double[][] k, double[][] l) {
        int m = square("k", k);
        requireSize("l", l, m);
        double[][] hk = centreBoth(k);
        double[][] hl = centreBoth(l);
        double tr = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                tr += hk[i][j] * hl[j][i];
            }
        }
        return tr / ((double) m * m);
    }

    /** {@code HSIC - pHSIC = 2 (mean K mean L - mean_j a_j b_j)}, column means a, b. */
    public static double hsicMinusPlausible(double[][] k, double[][] l) {
        int m = square("k", k);
        requireSize("l", l, m);
        double sk = 0;
        double sl = 0;
        double ab = 0;
        for (int j = 0; j < m; j++) {
            double a = 0;
            double b = 0;
            for (int i = 0; i < m; i++) {
                a += k[i][j] / m;
                b += l[i][j] / m;
            }
            sk += a / m;
            sl += b / m;
            ab += a * b / m;
        }
        return 2 * (sk * sl - ab);
    }

    /** pHSIC(Y, Z) for a batch whose label-kernel mean is zero: {@code (sum_same K - sum_diff K/(C-1)) / m^2}. */
    public static double balancedLabelDependence(double[][] kz, int[] labels, int classes) {
        int m = square("kz", kz);
        Require.that(labels.length == m, "labels.length", labels.length, "must equal " + m);
        double same = 0;
        double diff = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                if (labels[i] == labels[j]) {
                    same += kz[i][j];
                } else {
                    diff += kz[i][j];
                }
            }
        }
        return (same - diff / (classes - 1)) / ((double) m * m);
    }

    /** Sum of squared divisive-normalisation outputs over a group: {@code (n_g v - delta) / v^(2p)}. */
    public static double divisiveNormSumOfSquares(int groupSize, double variance, double delta, double power) {
        Require.positive("groupSize", groupSize);
        Require.positive("variance", variance);
        Require.nonNegative("delta", delta);
        return (groupSize * variance - delta) / Math.pow(variance, 2 * power);
    }

    /**
     * The factor of the Hebbian identity: {@code d(v^q)/dz_a = (2q / n_g) r_a} for
     * {@code r_a = (z_a - zbar) / v^(1-q)}.
     */
    public static double hebbianGroupingFactor(double power, int groupSize) {
        Require.positive("power", power);
        Require.positive("groupSize", groupSize);
        return 2 * power / groupSize;
    }

    private static double[][] centreBoth(double[][] k) {
        int m = k.length;
        double[] row = new double[m];
        double[] col = new double[m];
        double all = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                row[i] += k[i][j] / m;
                col[j] += k[i][j] / m;
                all += k[i][j] / ((double) m * m);
            }
        }
        double[][] out = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                out[i][j] = k[i][j] - row[i] - col[j] + all;
            }
        }
        return out;
    }

    private static int square(String name, double[][] a) {
        Require.nonNull(name, a);
        Require.positive(name + ".length", a.length);
        requireSize(name, a, a.length);
        return a.length;
    }

    private static void requireSize(String name, double[][] a, int m) {
        Require.nonNull(name, a);
        Require.that(a.length == m, name + ".length", a.length, "must equal " + m);
        for (double[] row : a) {
            Require.that(row.length == m, name + " row length", row.length, "must equal " + m);
        }
    }
}
