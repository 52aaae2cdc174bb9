package org.neurotheory.bioplausible.hsic.model;

import org.neurotheory.core.Require;

/**
 * The online two-point form of the 3-factor rule (Fig. 2 of the paper): inputs arrive one at a
 * time and the synapse uses only the current input {@code t} and the previous one {@code t-1}
 * (whose activity it has memorised), instead of all pairs of a batch. For a layer
 * {@code z = phi(W x)} with kernel k,
 * <pre>  Delta W_ab = eta M_t [dk(z_t, z_t-1)/dz_ta phi'(u_ta) x_tb + dk(z_t-1, z_t)/dz_t-1,a phi'(u_t-1,a) x_t-1,b]
 *   M_t = gamma (K^y_t,t-1 - Kbar^y) - 2 (K^z_t,t-1 - Kbar^z)</pre>
 * with the batch means of (E2) replaced by running averages {@code Kbar <- Kbar + rate (K - Kbar)}.
 * For the Gaussian kernel the post-synaptic factor is {@code -K (z_ta - z_t-1,a) / sigma^2}: the
 * change of the neuron's activity when the input switches. Averaged over all ordered pairs of a
 * batch (with the batch means in place of the running ones) it is the batch update of
 * {@link HebbianRule#ungrouped} up to the factor {@code m / (m - 1)} of the diagonal pairs, which
 * contribute nothing for the Gaussian kernel. The paper's reported simulations use full batches.
 */
public final class TwoPointRule {
    private final Kernel kernel;
    private final double gamma;
    private final double slope;
    private final double rate;
    private double meanKz;
    private double meanKy;
    private boolean started;

    /**
     * @param kernel activity kernel (mode "none")
     * @param gamma  trade-off {@code >= 0}
     * @param slope  LeakyReLU negative slope in [0, 1]
     * @param rate   running-average rate in (0, 1]
     */
    public TwoPointRule(Kernel kernel, double gamma, double slope, double rate) {
        this.kernel = Require.nonNull("kernel", kernel);
        this.gamma = Require.nonNegative("gamma", gamma);
        this.slope = Require.probability("slope", slope);
        this.rate = Require.inRange("rate", rate, Double.MIN_NORMAL, 1.0);
    }

    /**
     * The third factor for one pair, given the pair's kernel values and the means to compare them
     * with (running averages online; batch means in the batch identity).
     */
    public double thirdFactor(double kz, double ky, double meanKz, double meanKy) {
        return gamma * (ky - meanKy) - 2 * (kz - meanKz);
    }

    /**
     * Adds to {@code dw} (n x n_in) the update of the pair (current, previous) with third factor
     * {@code m}: {@code eta m [dk(z, z')/dz phi'(u) x + dk(z', z)/dz' phi'(u') x']}.
     */
    public void accumulate(double[][] dw, double[] x, double[] u, double[] xPrev, double[] uPrev, double m, double eta) {
        double[] z = activate(u);
        double[] zPrev = activate(uPrev);
        double[] d = kernel.firstArgumentGradient(z, zPrev);
        double[] dPrev = kernel.firstArgumentGradient(zPrev, z);
        for (int a = 0; a < dw.length; a++) {
            double post = eta * m * d[a] * gain(u[a]);
            double postPrev = eta * m * dPrev[a] * gain(uPrev[a]);
            double[] row = dw[a];
            for (int b = 0; b < row.length; b++) {
                row[b] += post * x[b] + postPrev * xPrev[b];
            }
        }
    }

    /**
     * One online step: updates the running means with the pair's kernel values and applies the
     * update to {@code w} (n x n_in) in place.
     *
     * @param sameClass whether the two inputs share a label
     * @param classes   number of classes C (the label kernel is 1 or -1/(C-1))
     */
    public void step(double[][] w, double[] x, double[] xPrev, boolean sameClass, int classes, double eta) {
        double[] u = multiply(w, x);
        double[] uPrev = multiply(w, xPrev);
        double kz = kernel.value(activate(u), activate(uPrev));
        double ky = sameClass ? 1.0 : -1.0 / (classes - 1);
        if (!started) {
            meanKz = kz;
            meanKy = ky;
            started = true;
        } else {
            meanKz += rate * (kz - meanKz);
            meanKy += rate * (ky - meanKy);
        }
        accumulate(w, x, u, xPrev, uPrev, thirdFactor(kz, ky, meanKz, meanKy), eta);
    }

    /** Current running average of the activity kernel. */
    public double meanActivityKernel() {
        return meanKz;
    }

    private double[] activate(double[] u) {
        double[] z = new double[u.length];
        for (int a = 0; a < u.length; a++) {
            z[a] = u[a] > 0 ? u[a] : slope * u[a];
        }
        return z;
    }

    private double gain(double u) {
        return u > 0 ? 1.0 : slope;
    }

    /** {@code W x}. */
    public static double[] multiply(double[][] w, double[] x) {
        double[] u = new double[w.length];
        for (int a = 0; a < w.length; a++) {
            double s = 0;
            for (int b = 0; b < x.length; b++) {
                s += w[a][b] * x[b];
            }
            u[a] = s;
        }
        return u;
    }
}
