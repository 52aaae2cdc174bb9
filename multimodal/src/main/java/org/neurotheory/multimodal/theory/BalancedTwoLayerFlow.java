package org.neurotheory.multimodal.theory;

import org.neurotheory.core.Require;
import org.neurotheory.core.dln.LinearRegressionMoments;
import org.neurotheory.core.ode.OdeSystem;

/**
 * The reduced dynamics of the end-to-end weights of a balanced two-layer linear block (paper
 * Sec. 3.1; Eq. E1): {@code dw/dt = |w| e + (e . w) w / |w|} with {@code e} the block's error
 * correlation. Early fusion is one block on {@code [x_A; x_B]} with {@code e = Sigma_yx - w Sigma};
 * late fusion is one block per modality, each with its own restriction of e. For scalar inputs a
 * block reduces to {@code dw/dt = 2 |w| e}. The state is {@code w = [W_A^tot, W_B^tot]}; these are
 * the equations of the official phase portraits ({@code vis_theo.ipynb}).
 */
public final class BalancedTwoLayerFlow implements OdeSystem {
    private final double[] sigma;
    private final double[] sigmaYX;
    private final int d;
    private final int dimA;
    private final boolean late;
    private final double[] e;

    /**
     * @param moments moments with one output
     * @param dimA    d_A
     * @param late    true for late fusion (one block per modality), false for early
     */
    public BalancedTwoLayerFlow(LinearRegressionMoments moments, int dimA, boolean late) {
        Require.nonNull("moments", moments);
        Require.that(moments.outputs() == 1, "moments.outputs", moments.outputs(), "must be 1");
        Require.that(dimA > 0 && dimA < moments.inputs(), "dimA", dimA, "must be in [1, " + (moments.inputs() - 1) + "]");
        this.sigma = moments.sigmaX().data.clone();
        this.sigmaYX = moments.sigmaYX().data.clone();
        this.d = moments.inputs();
        this.dimA = dimA;
        this.late = late;
        this.e = new double[d];
    }

    @Override
    public int dimension() {
        return d;
    }

    @Override
    public void derivative(double t, double[] w, double[] wDot) {
        for (int i = 0; i < d; i++) {
            double s = sigmaYX[i];
            for (int j = 0; j < d; j++) {
                s -= w[j] * sigma[j * d + i];
            }
            e[i] = s;
        }
        if (late) {
            block(w, wDot, 0, dimA);
            block(w, wDot, dimA, d);
        } else {
            block(w, wDot, 0, d);
        }
    }

    private void block(double[] w, double[] wDot, int from, int to) {
        double norm2 = 0;
        double ew = 0;
        for (int i = from; i < to; i++) {
            norm2 += w[i] * w[i];
            ew += e[i] * w[i];
        }
        double norm = Math.sqrt(norm2);
        for (int i = from; i < to; i++) {
            wDot[i] = norm == 0 ? 0 : norm * e[i] + ew * w[i] / norm;
        }
    }
}
