package org.neurotheory.bioplausible.hsic.model;

import org.neurotheory.core.Require;

/**
 * The update of a fully connected layer {@code z = phi(W x)}, {@code phi} = LeakyReLU, under the
 * local loss (E1), written as a 3-factor Hebbian rule (E3): a sum over pairs of inputs of
 * pre-synaptic rate x post-synaptic term x third factor. It equals gradient descent,
 * {@code Delta W = -eta dL/dW}, exactly; the batch code path ({@link LocalHsicLoss}) computes the
 * same number with matrix products.
 *
 * <p>Kernel on the raw activity (mode "none"):
 * <pre>  Delta W_ab = (2 eta / m^2) sum_ij M_ij . dk(z_i, z_j)/dz_ia phi'(u_ia) . x_ib</pre>
 * For the Gaussian kernel the middle factor is {@code -K_ij (z_ia - z_ja) phi'(u_ia) / sigma^2}: the
 * change of the neuron's own activity between the two inputs (Fig. 2 of the paper).
 *
 * <p>Kernel on grouped, centred activity with grouping power {@code q}: with
 * {@code r_ia = (z_ia - zbar_ig) / v_ig^(1-q)} (the divisive-normalisation output of power
 * {@code p = 1 - q}),
 * <pre>  Delta W_ab = (4 q eta / (m^2 n_g)) sum_i Phi_ig(a) . r_ia phi'(u_ia) . x_ib
 *   Phi_ig = sum_j M_ij [dk(h_i, h_j)/dh_ig - mean_c' dk(h_i, h_j)/dh_ic']</pre>
 * The post-synaptic factor is the cell's own normalised output rate when the layer applies divisive
 * normalisation with {@code p = 1 - q} (mode "grp+div": p = 0.2, q = 0.8). {@code M} is the third
 * factor of {@link ThirdFactor}.
 *
 * <p>Plain double loops, O(m^2 n): the explicit form for checks and small demonstrations.
 */
public final class HebbianRule {
    private HebbianRule() {
    }

    /**
     * Update of mode "none".
     *
     * @param x     pre-synaptic rates, m x n_in
     * @param u     pre-activations {@code W x}, m x n
     * @param slope LeakyReLU negative slope in [0, 1]
     * @param m     third factor M, m x m, symmetric
     * @param eta   learning rate {@code >= 0}
     * @return {@code Delta W}, n x n_in
     */
    public static double[][] ungrouped(double[][] x, double[][] u, double slope, double[][] m, Kernel kernel, double eta) {
        int batch = checkShapes(x, u, m, slope, eta);
        Require.nonNull("kernel", kernel);
        int n = u[0].length;
        double[][] z = activate(u, slope);
        double[][] post = new double[batch][n];
        for (int i = 0; i < batch; i++) {
            for (int j = 0; j < batch; j++) {
                double[] d = kernel.firstArgumentGradient(z[i], z[j]);
                for (int a = 0; a < n; a++) {
                    post[i][a] += m[i][j] * d[a];
                }
            }
            for (int a = 0; a < n; a++) {
                post[i][a] *= gain(u[i][a], slope);
            }
        }
        return outer(post, x, 2 * eta / ((double) batch * batch));
    }

    /**
     * Update of modes "grp" and "grp+div".
     *
     * @param grouping groups c, grouping power q, smoothing delta
     * @see #ungrouped
     */
    public static double[][] grouped(double[][] x, double[][] u, double slope, double[][] m, Kernel kernel,
                                     Grouping grouping, double eta) {
        int batch = checkShapes(x, u, m, slope, eta);
        Require.nonNull("kernel", kernel);
        Require.nonNull("grouping", grouping);
        int n = u[0].length;
        int c = grouping.groups();
        GroupStatistics.requireDivides(c, n);
        int ng = n / c;
        double q = grouping.power();
        double[][] z = activate(u, slope);
        double[][] r = new double[batch][n];
        double[][] h = new double[batch][c];
        for (int i = 0; i < batch; i++) {
            double hMean = 0;
            for (int g = 0; g < c; g++) {
                double mean = 0;
                for (int a = g * ng; a < (g + 1) * ng; a++) {
                    mean += z[i][a];
                }
                mean /= ng;
                double ss = 0;
                for (int a = g * ng; a < (g + 1) * ng; a++) {
                    ss += (z[i][a] - mean) * (z[i][a] - mean);
                }
                double v = (ss + grouping.delta()) / ng;
                for (int a = g * ng; a < (g + 1) * ng; a++) {
                    r[i][a] = (z[i][a] - mean) / Math.pow(v, 1 - q);
                }
                h[i][g] = Math.pow(v, q);
                hMean += h[i][g];
            }
            for (int g = 0; g < c; g++) {
                h[i][g] -= hMean / c;
            }
        }
        double[][] post = new double[batch][n];
        for (int i = 0; i < batch; i++) {
            double[] phi = new double[c];
            for (int j = 0; j < batch; j++) {
                double[] d = kernel.firstArgumentGradient(h[i], h[j]);
                double dMean = 0;
                for (double v : d) {
                    dMean += v / c;
                }
                for (int g = 0; g < c; g++) {
                    phi[g] += m[i][j] * (d[g] - dMean);
                }
            }
            for (int a = 0; a < n; a++) {
                post[i][a] = phi[a / ng] * r[i][a] * gain(u[i][a], slope);
            }
        }
        return outer(post, x, 4 * q * eta / ((double) batch * batch * ng));
    }

    private static int checkShapes(double[][] x, double[][] u, double[][] m, double slope, double eta) {
        Require.nonNull("x", x);
        Require.nonNull("u", u);
        Require.nonNull("m", m);
        Require.probability("slope", slope);
        Require.nonNegative("eta", eta);
        Require.positive("x.length", x.length);
        Require.that(u.length == x.length, "u.length", u.length, "must equal x.length = " + x.length);
        Require.that(m.length == x.length && m[0].length == x.length, "m.shape", m.length + " x " + m[0].length,
                "must be " + x.length + " x " + x.length);
        return x.length;
    }

    private static double[][] activate(double[][] u, double slope) {
        double[][] z = new double[u.length][];
        for (int i = 0; i < u.length; i++) {
            z[i] = new double[u[i].length];
            for (int a = 0; a < z[i].length; a++) {
                z[i][a] = u[i][a] > 0 ? u[i][a] : slope * u[i][a];
            }
        }
        return z;
    }

    private static double gain(double u, double slope) {
        return u > 0 ? 1.0 : slope;
    }

    /** {@code scale * post^T x}: sum over samples of post-synaptic term times pre-synaptic rate. */
    private static double[][] outer(double[][] post, double[][] x, double scale) {
        int n = post[0].length;
        int nIn = x[0].length;
        double[][] dw = new double[n][nIn];
        for (int i = 0; i < post.length; i++) {
            for (int a = 0; a < n; a++) {
                double p = scale * post[i][a];
                for (int b = 0; b < nIn; b++) {
                    dw[a][b] += p * x[i][b];
                }
            }
        }
        return dw;
    }
}
