package org.neurotheory.relu.theory;

import org.ejml.data.DMatrixRMaj;
import org.neurotheory.core.Require;
import org.neurotheory.core.dln.LinearRegressionMoments;
import org.neurotheory.core.dln.SaxeModeSolution;
import org.neurotheory.relu.model.RegressionData;

/**
 * Closed-form loss time course of a two-layer bias-free leaky-ReLU network (Saxe et
 * al. 2014 Eq. (6) + Theorem A): symmetric data with whitened inputs, scalar output, pair
 * initialisation. With {@code g = E[y x]}, {@code s = |g|}, the mode strength and loss are
 * <pre>  u_alpha(t) = u(c t),  u(t) = s e^{2st/tau} / (e^{2st/tau} - 1 + s/u0),
 *  L(t) = 1/2 (s - u_alpha(t))^2 + L_res,</pre>
 * with {@code c = (1+alpha)/2} and the best-linear residual {@code L_res = 1/2 E[(y - g^T x)^2]}. The
 * plateau is {@code ~ tau/(2 c s) ln(s/u0)} long: ReLU is twice as slow as linear.
 *
 * @param s            singular value {@code |E[y x]|}, > 0
 * @param u0           initial mode strength, in (0, s)
 * @param residualLoss {@code L_res}, >= 0
 * @param slope        alpha in [0, 1]
 * @param tau          time constant, > 0
 */
public record ReluTimeCourse(double s, double u0, double residualLoss, double slope, double tau) {
    public ReluTimeCourse {
        Require.positive("s", s);
        Require.openRange("u0", u0, 0, s);
        Require.nonNegative("residualLoss", residualLoss);
        Require.inRange("slope", slope, 0.0, 1.0);
        Require.positive("tau", tau);
    }

    /**
     * The time course for whitened data and a pair network built from base weights
     * {@code (W0, a0)} of the equivalent linear network ({@code u0 = |a0 + W0 g_hat|^2 / 4}).
     *
     * @param data  whitened ({@code E[x x^T] = I} to 1e-9), scalar targets
     * @param w0    linear-network first layer, H/2 x D
     * @param a0    linear-network second layer, 1 x H/2
     * @param slope alpha
     * @param tau   time constant (1 for gradient descent with time = steps x lr)
     */
    public static ReluTimeCourse fromWhitenedData(RegressionData data, DMatrixRMaj w0, DMatrixRMaj a0,
                                                  double slope, double tau) {
        Require.nonNull("data", data);
        Require.that(data.outputDimension() == 1, "data.outputDimension", data.outputDimension(), "must be 1");
        LinearRegressionMoments m = data.moments();
        int d = m.inputs();
        double offIdentity = 0;
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                offIdentity = Math.max(offIdentity, Math.abs(m.sigmaX().get(i, j) - (i == j ? 1 : 0)));
            }
        }
        Require.that(offIdentity < 1e-9, "data (max |E[xx^T] - I|)", offIdentity, "must be whitened (< 1e-9)");
        Require.that(w0.numCols == d && a0.numRows == 1 && a0.numCols == w0.numRows, "w0/a0 shapes",
                w0.numRows + "x" + w0.numCols + " / " + a0.numRows + "x" + a0.numCols, "must be m x D and 1 x m");
        double[] g = m.sigmaYX().data;
        double s2 = 0;
        for (double v : g) {
            s2 += v * v;
        }
        double s = Math.sqrt(s2);
        double u0 = 0;
        for (int h = 0; h < w0.numRows; h++) {
            double v = a0.get(0, h);
            for (int j = 0; j < d; j++) {
                v += w0.get(h, j) * g[j] / s;
            }
            u0 += v * v;
        }
        u0 /= 4;
        double residual = 0.5 * m.traceYY() - 0.5 * s2;
        return new ReluTimeCourse(s, u0, Math.max(residual, 0), slope, tau);
    }

    /**
     * One singular mode of a multi-output target ("staircases"): with
     * {@code Sigma_yx = sum_k s_k u_k v_k^T} and balanced aligned pair initialisation, mode k of the
     * leaky-ReLU network has strength {@code u(c t)} with Saxe's sigmoid for {@code (s_k, u0_k)}, so the
     * modes are learned one after the other at times {@code ~ tau/(2 c s_k) ln(s_k/u0_k)}.
     */
    public static double modeStrength(double s, double u0, double slope, double tau, double t) {
        Require.inRange("slope", slope, 0.0, 1.0);
        return SaxeModeSolution.strength(s, u0, tau, 0.5 * (1 + slope) * t);
    }

    /** The time-rescaling factor {@code c = (1+alpha)/2}. */
    public double timeFactor() {
        return EquivalentLinearNetwork.timeFactor(slope);
    }

    /** Mode strength {@code u_alpha(t)}. */
    public double strength(double t) {
        return SaxeModeSolution.strength(s, u0, tau, timeFactor() * t);
    }

    /** Loss {@code L(t)}. */
    public double loss(double t) {
        double gap = s - strength(t);
        return 0.5 * gap * gap + residualLoss;
    }

    /** Loss curve at the given times. */
    public double[] losses(double[] times) {
        double[] out = new double[times.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = loss(times[i]);
        }
        return out;
    }

    /**
     * The time at which the loss is halfway between {@code L(0)} and {@code L_res}: the mode reaches
     * {@code u* = s - (s - u0)/sqrt 2}, at {@code SaxeModeSolution.timeToReach(s, u0, u*) / c}.
     */
    public double halfDropTime() {
        double target = s - (s - u0) / Math.sqrt(2);
        return SaxeModeSolution.timeToReach(s, u0, target, tau) / timeFactor();
    }
}
