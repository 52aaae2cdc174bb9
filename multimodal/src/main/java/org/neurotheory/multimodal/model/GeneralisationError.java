package org.neurotheory.multimodal.model;

import org.ejml.data.DMatrixRMaj;
import org.neurotheory.core.Require;

/**
 * The generalisation error {@code E_g(W) = 1/2 (W - w*) Sigma (W - w*)^T} with the population
 * covariance and no noise term (§2.5, the official {@code train}).
 */
public final class GeneralisationError {
    private final double[] sigma;
    private final double[] target;

    /**
     * @param sigma  population covariance, D x D
     * @param target w*, length D
     */
    public GeneralisationError(DMatrixRMaj sigma, double[] target) {
        Require.nonNull("sigma", sigma);
        Require.allFinite("target", target);
        Require.that(sigma.numRows == target.length && sigma.numCols == target.length, "sigma shape",
                sigma.numRows + "x" + sigma.numCols, "must be " + target.length + " square");
        this.sigma = sigma.data.clone();
        this.target = target.clone();
    }

    /** E_g of end-to-end weights w (length D). Allocates nothing. */
    public double of(double[] w) {
        int d = target.length;
        double s = 0;
        for (int i = 0; i < d; i++) {
            double di = w[i] - target[i];
            for (int j = 0; j < d; j++) {
                s += di * sigma[i * d + j] * (w[j] - target[j]);
            }
        }
        return 0.5 * s;
    }
}
