package org.neurotheory.multimodal.model;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.neurotheory.core.Require;

/**
 * The square loss {@code 1/2 (1/P) sum_mu (y_mu - f(x_mu))^2} of a fusion network with the
 * activation {@code LeakyReLU(leakySlope)} (paper Sec. 5, §3.7), by forward and backward passes
 * over the P samples (plain arrays, one sample at a time, no allocation). Use it for ReLU networks;
 * for linear ones {@link MomentObjective} gives the same numbers at a cost independent of P.
 * Not thread-safe; one instance per run.
 */
public final class SampleObjective implements FusionObjective {
    private final FusionNetwork net;
    private final FusionArchitecture arch;
    private final double[] x;
    private final double[] y;
    private final int p;
    private final double slope;
    private final LinearPasses passes;
    /** pre[m][l] / act[m][l]: branch m, layer l (act[m][0] is the input). */
    private final double[][][] pre;
    private final double[][][] act;
    /** Shared layers L_f..L (index L_f is the fusion layer output). */
    private final double[][] preShared;
    private final double[][] actShared;
    private final double[][] deltaShared;
    private final double[][][] deltaBranch;
    private final double[] scratchTotals;
    private final double[] scratchDir;

    /**
     * @param net  the network (any leakySlope)
     * @param x    P x D inputs {@code [x_A, x_B]}
     * @param y    P x 1 targets
     */
    public SampleObjective(FusionNetwork net, DMatrixRMaj x, DMatrixRMaj y) {
        Require.nonNull("net", net);
        Require.nonNull("x", x);
        Require.nonNull("y", y);
        this.net = net;
        this.arch = net.architecture();
        Require.that(x.numCols == arch.inputs(), "x.numCols", x.numCols, "must equal d_A + d_B = " + arch.inputs());
        Require.that(y.numCols == 1 && y.numRows == x.numRows, "y shape", y.numRows + "x" + y.numCols,
                "must be " + x.numRows + "x1");
        this.x = x.data.clone();
        this.y = y.data.clone();
        this.p = x.numRows;
        this.slope = arch.leakySlope();
        this.passes = new LinearPasses(net);
        int lf = arch.fusion();
        pre = new double[2][lf + 1][];
        act = new double[2][lf + 1][];
        deltaBranch = new double[2][lf + 1][];
        for (int m = 0; m < 2; m++) {
            act[m][0] = new double[net.dim(m)];
            for (int l = 1; l < lf; l++) {
                pre[m][l] = new double[arch.hidden()];
                act[m][l] = new double[arch.hidden()];
                deltaBranch[m][l] = new double[arch.hidden()];
            }
        }
        preShared = new double[arch.depth() + 1][];
        actShared = new double[arch.depth() + 1][];
        deltaShared = new double[arch.depth() + 1][];
        for (int l = lf; l <= arch.depth(); l++) {
            preShared[l] = new double[arch.outputsOf(l)];
            actShared[l] = new double[arch.outputsOf(l)];
            deltaShared[l] = new double[arch.outputsOf(l)];
        }
        scratchTotals = new double[arch.inputs()];
        scratchDir = new double[net.size()];
    }

    @Override
    public FusionNetwork network() {
        return net;
    }

    private double activate(double z) {
        return z >= 0 ? z : slope * z;
    }

    private double slopeAt(double z) {
        return z >= 0 ? 1 : slope;
    }

    @Override
    public double evaluate(double[] theta, double[] dir, double[] totals) {
        passes.totals(theta, totals);
        Arrays.fill(dir, 0);
        int lf = arch.fusion();
        int depth = arch.depth();
        int dIn = arch.inputs();
        double loss = 0;
        for (int mu = 0; mu < p; mu++) {
            System.arraycopy(x, mu * dIn, act[0][0], 0, arch.dimA());
            System.arraycopy(x, mu * dIn + arch.dimA(), act[1][0], 0, arch.dimB());
            for (int m = 0; m < 2; m++) {
                for (int l = 1; l < lf; l++) {
                    times(theta, net.branchOffset(m, l), act[m][l - 1], pre[m][l], false);
                    for (int i = 0; i < pre[m][l].length; i++) {
                        act[m][l][i] = activate(pre[m][l][i]);
                    }
                }
            }
            times(theta, net.branchOffset(0, lf), act[0][lf - 1], preShared[lf], false);
            times(theta, net.branchOffset(1, lf), act[1][lf - 1], preShared[lf], true);
            for (int l = lf; l <= depth; l++) {
                if (l > lf) {
                    times(theta, net.sharedOffset(l), actShared[l - 1], preShared[l], false);
                }
                for (int i = 0; i < preShared[l].length; i++) {
                    actShared[l][i] = l == depth ? preShared[l][i] : activate(preShared[l][i]);
                }
            }
            double residual = actShared[depth][0] - y[mu];
            loss += 0.5 * residual * residual / p;
            deltaShared[depth][0] = residual / p;
            for (int l = depth; l > lf; l--) {
                int off = net.sharedOffset(l);
                accumulate(dir, off, deltaShared[l], actShared[l - 1]);
                backTimes(theta, off, deltaShared[l], preShared[l - 1], deltaShared[l - 1]);
            }
            for (int m = 0; m < 2; m++) {
                double[] delta = deltaShared[lf];
                for (int l = lf; l >= 1; l--) {
                    int off = net.branchOffset(m, l);
                    accumulate(dir, off, delta, act[m][l - 1]);
                    if (l > 1) {
                        backTimes(theta, off, delta, pre[m][l - 1], deltaBranch[m][l - 1]);
                        delta = deltaBranch[m][l - 1];
                    }
                }
            }
        }
        return loss;
    }

    /** out (+)= M in, M at theta[off..] of shape out.length x in.length. */
    private static void times(double[] theta, int off, double[] in, double[] out, boolean add) {
        int cols = in.length;
        for (int i = 0; i < out.length; i++) {
            double s = add ? out[i] : 0;
            int row = off + i * cols;
            for (int j = 0; j < cols; j++) {
                s += theta[row + j] * in[j];
            }
            out[i] = s;
        }
    }

    /** dir[off..] -= delta h^T (descent direction). */
    private static void accumulate(double[] dir, int off, double[] delta, double[] h) {
        int cols = h.length;
        for (int i = 0; i < delta.length; i++) {
            double di = delta[i];
            int row = off + i * cols;
            for (int j = 0; j < cols; j++) {
                dir[row + j] -= di * h[j];
            }
        }
    }

    /** out = (M^T delta) * act'(preBelow). */
    private void backTimes(double[] theta, int off, double[] delta, double[] preBelow, double[] out) {
        int cols = out.length;
        Arrays.fill(out, 0);
        for (int i = 0; i < delta.length; i++) {
            double di = delta[i];
            int row = off + i * cols;
            for (int j = 0; j < cols; j++) {
                out[j] += theta[row + j] * di;
            }
        }
        for (int j = 0; j < cols; j++) {
            out[j] *= slopeAt(preBelow[j]);
        }
    }

    @Override
    public void derivative(double t, double[] yState, double[] yDot) {
        evaluate(yState, yDot, scratchTotals);
    }

    @Override
    public double loss(double[] yState) {
        return evaluate(yState, scratchDir, scratchTotals);
    }
}
