package org.neurotheory.multimodal.model;

import org.neurotheory.core.Require;
import org.neurotheory.core.dln.LinearRegressionMoments;

/**
 * The loss of a <em>linear</em> fusion network written through the data moments (paper Eq. (3)):
 * {@code L = 1/2 E[y^2] - W^tot Sigma_yx^T + 1/2 W^tot Sigma W^tot^T}, with
 * {@code -dL/dW^tot = e = Sigma_yx - W^tot Sigma}. With the empirical moments of P samples this
 * is exactly full-batch gradient descent on them, at a cost per step that does not grow with P.
 * Not thread-safe (preallocated buffers); one instance per run.
 */
public final class MomentObjective implements FusionObjective {
    private final FusionNetwork net;
    private final double[] sigma;
    private final double[] sigmaYX;
    private final double eyy;
    private final LinearPasses passes;
    private final double[] e;
    private final double[] scratchTotals;
    private final double[] scratchDir;

    /**
     * @param net     a linear network (leakySlope 1)
     * @param moments moments with D = d_A + d_B inputs and one output
     */
    public MomentObjective(FusionNetwork net, LinearRegressionMoments moments) {
        Require.nonNull("net", net);
        Require.nonNull("moments", moments);
        Require.that(net.architecture().isLinear(), "leakySlope", net.architecture().leakySlope(),
                "must be 1 (linear) for the moment objective; use SampleObjective");
        int d = net.architecture().inputs();
        Require.that(moments.inputs() == d, "moments.inputs", moments.inputs(), "must equal d_A + d_B = " + d);
        Require.that(moments.outputs() == 1, "moments.outputs", moments.outputs(), "must be 1");
        this.net = net;
        this.sigma = moments.sigmaX().data.clone();
        this.sigmaYX = moments.sigmaYX().data.clone();
        this.eyy = moments.traceYY();
        this.passes = new LinearPasses(net);
        this.e = new double[d];
        this.scratchTotals = new double[d];
        this.scratchDir = new double[net.size()];
    }

    @Override
    public FusionNetwork network() {
        return net;
    }

    @Override
    public double evaluate(double[] theta, double[] dir, double[] totals) {
        passes.totals(theta, totals);
        double loss = lossAndError(totals);
        passes.descent(theta, e, dir);
        return loss;
    }

    /** Fills e = Sigma_yx - w Sigma and returns the loss of w. */
    private double lossAndError(double[] w) {
        int d = w.length;
        double cross = 0;
        double quad = 0;
        for (int i = 0; i < d; i++) {
            double ws = 0;
            for (int j = 0; j < d; j++) {
                ws += w[j] * sigma[j * d + i];
            }
            e[i] = sigmaYX[i] - ws;
            cross += w[i] * sigmaYX[i];
            quad += ws * w[i];
        }
        return 0.5 * eyy - cross + 0.5 * quad;
    }

    @Override
    public void derivative(double t, double[] y, double[] yDot) {
        evaluate(y, yDot, scratchTotals);
    }

    @Override
    public double loss(double[] y) {
        return evaluate(y, scratchDir, scratchTotals);
    }
}
