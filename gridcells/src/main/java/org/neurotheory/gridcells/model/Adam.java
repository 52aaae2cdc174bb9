package org.neurotheory.gridcells.model;

import org.neurotheory.core.Require;

/**
 * Adam as the paper's official code writes it: {@code m <- b1 m + (1-b1) g},
 * {@code v <- b2 v + (1-b2) g^2}, bias correction with {@code t = step + 1}, and the regulariser
 * inside the square root: {@code theta <- theta - eps mhat / sqrt(vhat + eta)}. The official
 * values are {@code b1 = 0.9, b2 = 0.9, eta = 1e-8}. Holds its moment buffers; allocation-free.
 */
public final class Adam {
    private final double eps;
    private final double beta1;
    private final double beta2;
    private final double eta;
    private final double[] m;
    private final double[] v;

    /** Moments for {@code size} parameters with step size {@code eps}. */
    public Adam(int size, double eps, double beta1, double beta2, double eta) {
        Require.positive("size", size);
        this.eps = Require.positive("eps", eps);
        this.beta1 = Require.inRange("beta1", beta1, 0, 0.999999);
        this.beta2 = Require.inRange("beta2", beta2, 0, 0.999999);
        this.eta = Require.positive("eta", eta);
        m = new double[size];
        v = new double[size];
    }

    /** The official values {@code b1 = b2 = 0.9, eta = 1e-8}. */
    public static Adam official(int size, double eps) {
        return new Adam(size, eps, 0.9, 0.9, 1e-8);
    }

    /** One update of {@code theta} in place with gradient {@code grad} at step {@code step} (0-based). */
    public void step(double[] theta, double[] grad, long step) {
        double c1 = 1 - Math.pow(beta1, step + 1);
        double c2 = 1 - Math.pow(beta2, step + 1);
        for (int i = 0; i < theta.length; i++) {
            double g = grad[i];
            m[i] = beta1 * m[i] + (1 - beta1) * g;
            v[i] = beta2 * v[i] + (1 - beta2) * g * g;
            theta[i] -= eps * (m[i] / c1) / Math.sqrt(v[i] / c2 + eta);
        }
    }

    /** The first-moment buffer (checkpointing; not a copy). */
    double[] firstMoment() {
        return m;
    }

    /** The second-moment buffer (checkpointing; not a copy). */
    double[] secondMoment() {
        return v;
    }
}
