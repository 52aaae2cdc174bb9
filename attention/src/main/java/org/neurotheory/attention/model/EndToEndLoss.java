package org.neurotheory.attention.model;

import org.ejml.data.DMatrixRMaj;
import org.neurotheory.core.Require;
import org.neurotheory.core.linalg.Matrices;

/**
 * Mean squared query error as a quadratic form in the folded end-to-end tensor g:
 * {@code L(g) = E[(y_q - g.phi)^2] = c - 2 b.g + g^T M g} with {@code M = E[phi phi^T]},
 * {@code b = E[y_q phi]}, {@code c = E[y_q^2]} (loss of Sec. 2.5, no 1/2, as {@code nn.MSELoss}).
 * The expectation is either the empirical mean over a fixed training set (exact full-batch loss of
 * the official code, built by {@link org.neurotheory.attention.data.TokenMoments}) or the population
 * mean of Sec. 3.1-3.2 (built by {@link org.neurotheory.attention.theory.PopulationMoments}).
 * One evaluation costs {@code O(m^2)}, independent of the number of prompts.
 */
public final class EndToEndLoss {
    private final FeatureSpace space;
    private final double[] m;
    private final double[] b;
    private final double c;
    private final double[] mg;

    /**
     * @param space features
     * @param moment {@code M}, row-major, size {@code m x m}, symmetric
     * @param cross  {@code b}, length m
     * @param targetPower {@code c = E[y_q^2] >= 0}
     */
    public EndToEndLoss(FeatureSpace space, double[] moment, double[] cross, double targetPower) {
        this.space = Require.nonNull("space", space);
        int n = space.foldedSize();
        Require.that(moment != null && moment.length == n * n, "moment length",
                moment == null ? null : moment.length, "must be " + n * n);
        Require.length("cross", cross, n);
        Require.allFinite("moment", moment);
        Require.allFinite("cross", cross);
        this.c = Require.nonNegative("targetPower", targetPower);
        this.m = moment.clone();
        this.b = cross.clone();
        this.mg = new double[n];
    }

    public FeatureSpace space() {
        return space;
    }

    /** {@code E[y_q^2]}, the loss at g = 0. */
    public double targetPower() {
        return c;
    }

    /** Copy of {@code M}. */
    public double[] moment() {
        return m.clone();
    }

    /** Copy of {@code b}. */
    public double[] cross() {
        return b.clone();
    }

    /**
     * The smallest loss over all g, {@code c - b^T M^{-1} b} (least squares on the features; Cholesky solve).
     * For a training set this is the exact finite-sample minimum that a model able to express every g reaches.
     */
    public double minimumValue() {
        int n = b.length;
        DMatrixRMaj mm = new DMatrixRMaj(n, n, true, m);
        DMatrixRMaj g = Matrices.solveSpd(mm,
                new DMatrixRMaj(n, 1, true, b));
        double s = 0;
        for (int r = 0; r < n; r++) {
            s += b[r] * g.data[r];
        }
        return c - s;
    }

    /** {@code L(g)}. Not thread-safe (uses an internal buffer). */
    public double value(double[] g) {
        return valueAndGradient(g, null);
    }

    /**
     * {@code L(g)}, and {@code dL/dg = 2 (M g - b)} into {@code gradient} when it is not null.
     * Not thread-safe (uses an internal buffer); allocates nothing.
     */
    public double valueAndGradient(double[] g, double[] gradient) {
        int n = b.length;
        double quad = 0;
        double lin = 0;
        for (int r = 0; r < n; r++) {
            double s = 0;
            int off = r * n;
            for (int k = 0; k < n; k++) {
                s += m[off + k] * g[k];
            }
            mg[r] = s;
            quad += g[r] * s;
            lin += b[r] * g[r];
        }
        if (gradient != null) {
            for (int r = 0; r < n; r++) {
                gradient[r] = 2 * (mg[r] - b[r]);
            }
        }
        return c - 2 * lin + quad;
    }
}
