package org.neurotheory.relu.theory;

import org.ejml.data.DMatrixRMaj;
import org.neurotheory.core.Require;
import org.neurotheory.core.ode.GradientDescent;
import org.neurotheory.core.ode.Trajectory;
import org.neurotheory.relu.model.BiasFreeNetwork;
import org.neurotheory.relu.model.NetworkGradientFlow;
import org.neurotheory.relu.model.RegressionData;

/**
 * The linear network a leaky-ReLU network is compared with: its architecture, its initial weights
 * and its gradient-descent step. The one definition every figure of the module uses.
 *
 * <p>{@link #of}: the exactly equivalent linear network of Theorem A (the paper's equivalence of
 * learning dynamics, abstract claim 2). A two-layer pair-initialised network of width H with slope
 * alpha on mirrored data computes {@code f_ReLU,alpha(x; t) = f_lin(x; c t)}, {@code c = (1+alpha)/2},
 * where {@code f_lin} is the width-H/2 linear network started from {@code sqrt(1+alpha)} times the
 * first H/2 units; for gradient descent, step {@code eta} on the ReLU network equals step
 * {@code c eta} on the linear one, step by step.
 *
 * <p>{@link #sameWeights}: where no exact equivalent exists (an i.i.d. initialisation, a deep
 * network), the reference is the same network with slope 1 from the same weights, trained with the
 * step scaled by a chosen factor (the ReLU's odd part passes a hidden layer with gain c); it is a
 * comparison, not an equivalence.
 *
 * @param network           the linear network (slope 1)
 * @param initialParameters its initial parameters, packed in {@code network}'s layout
 * @param learningRate      its gradient-descent step
 * @param timeFactor        linear steps per ReLU step: the ReLU network's step k compares with the
 *                          linear network's step k at {@code learningRate}, i.e. linear time
 *                          {@code timeFactor} k at the ReLU network's step
 * @param exact             true for Theorem A's equivalent network, false for a same-weights reference
 */
public record EquivalentLinearNetwork(BiasFreeNetwork network, double[] initialParameters, double learningRate,
                                      double timeFactor, boolean exact) {
    public EquivalentLinearNetwork {
        Require.nonNull("network", network);
        Require.that(network.slope() == 1, "network.slope", network.slope(), "must be 1 (a linear network)");
        Require.length("initialParameters", Require.allFinite("initialParameters", initialParameters),
                network.parameterCount());
        Require.positive("learningRate", learningRate);
        Require.positive("timeFactor", timeFactor);
    }

    /** Theorem A's time-rescaling factor {@code c = (1+alpha)/2} (ReLU: 1/2, i.e. half speed). */
    public static double timeFactor(double slope) {
        Require.inRange("slope", slope, 0.0, 1.0);
        return 0.5 * (1 + slope);
    }

    /**
     * Theorem A: the width-H/2 linear network started from {@code sqrt(1+alpha)} times the first H/2
     * units of the pair network, with step {@code c reluLearningRate}.
     *
     * @param pairNet          two-layer network of even hidden width H
     * @param pairParameters   its (pair-initialised) parameters
     * @param reluLearningRate the ReLU network's gradient-descent step
     */
    public static EquivalentLinearNetwork of(BiasFreeNetwork pairNet, double[] pairParameters, double reluLearningRate) {
        Require.positive("reluLearningRate", reluLearningRate);
        double c = timeFactor(Require.nonNull("pairNet", pairNet).slope());
        return new EquivalentLinearNetwork(halfWidth(pairNet), halfWidthParameters(pairNet, pairParameters),
                c * reluLearningRate, c, true);
    }

    /**
     * The same network with slope 1 from the same parameters, step {@code timeFactor reluLearningRate}:
     * the reference where Theorem A does not apply.
     */
    public static EquivalentLinearNetwork sameWeights(BiasFreeNetwork net, double[] parameters, double reluLearningRate,
                                                      double timeFactor) {
        Require.nonNull("net", net);
        Require.nonNull("parameters", parameters);
        Require.positive("reluLearningRate", reluLearningRate);
        Require.positive("timeFactor", timeFactor);
        return new EquivalentLinearNetwork(net.withSlope(1), parameters.clone(), timeFactor * reluLearningRate,
                timeFactor, false);
    }

    /** Theorem A's linear architecture for a pair network: widths (D, H/2, O), slope 1. */
    static BiasFreeNetwork halfWidth(BiasFreeNetwork pairNet) {
        requirePairable(pairNet);
        return BiasFreeNetwork.twoLayer(pairNet.inputs(), pairNet.width(1) / 2, pairNet.outputs(), 1);
    }

    /** Theorem A's linear parameters: {@code sqrt(1+alpha)} times the first H/2 units (layout of {@link #halfWidth}). */
    static double[] halfWidthParameters(BiasFreeNetwork pairNet, double[] params) {
        requirePairable(pairNet);
        Require.nonNull("pairParameters", params);
        DMatrixRMaj w = pairNet.layer(params, 1);
        DMatrixRMaj a = pairNet.layer(params, 2);
        int half = pairNet.width(1) / 2;
        double k = Math.sqrt(1 + pairNet.slope());
        DMatrixRMaj w0 = new DMatrixRMaj(half, w.numCols);
        DMatrixRMaj a0 = new DMatrixRMaj(a.numRows, half);
        for (int h = 0; h < half; h++) {
            for (int j = 0; j < w.numCols; j++) {
                w0.set(h, j, k * w.get(h, j));
            }
            for (int i = 0; i < a.numRows; i++) {
                a0.set(i, h, k * a.get(i, h));
            }
        }
        return halfWidth(pairNet).pack(w0, a0);
    }

    private static void requirePairable(BiasFreeNetwork net) {
        Require.nonNull("pairNet", net);
        Require.that(net.depth() == 2, "pairNet.depth", net.depth(), "must be 2");
        Require.that(net.width(1) % 2 == 0, "hidden width", net.width(1), "must be even");
    }

    /** Trains the linear network by full-batch gradient descent on {@code data} (recorded every {@code recordEvery} steps). */
    public Trajectory train(RegressionData data, long steps, long recordEvery) {
        return new GradientDescent(learningRate).trajectory(new NetworkGradientFlow(network, data, 1), initialParameters,
                steps, recordEvery);
    }

    /** The linear network's time (steps at the ReLU network's step size) matching ReLU step {@code reluStep}: c k. */
    public static double[] linearSteps(double slope, double[] reluSteps) {
        double c = timeFactor(slope);
        double[] x = new double[Require.nonNull("reluSteps", reluSteps).length];
        for (int k = 0; k < x.length; k++) {
            x[k] = c * reluSteps[k];
        }
        return x;
    }
}
