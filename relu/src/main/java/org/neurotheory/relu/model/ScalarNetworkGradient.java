package org.neurotheory.relu.model;

import java.util.Arrays;
import org.neurotheory.core.linalg.Vectors;

/**
 * The scalar pass of {@link NetworkGradientFlow}: the square-loss gradient sum of a
 * {@link BiasFreeNetwork} of any depth, computed sample by sample (forward, back-propagation,
 * accumulation) with every product written as a contiguous multiply-add over the wider layer, so
 * nothing of size P x H is stored. On {@link RegressionData#mirrored() mirrored} data the first-layer
 * pre-activations of {@code -x} are minus those of {@code x}, and the first-layer gradient of the
 * pair is {@code (delta(x) - delta(-x)) x^T}: both first-layer products are done once per pair.
 *
 * <p>The reference the Vector API kernel ({@link org.neurotheory.relu.model.kernel.VectorTwoLayerGradient})
 * is tested against, and the pass for deeper networks or JVMs without the Vector API module.
 * Not thread-safe; allocates nothing per call.
 */
final class ScalarNetworkGradient implements GradientSum {
    /** Samples whose first-layer gradients are added in one pass (one load/store of the gradient per 4). */
    private static final int BLOCK = 4;
    private final BiasFreeNetwork net;
    private final double[] x;
    private final double[] y;
    private final int samples;
    private final boolean mirrored;
    private final int depth;
    private final int[] w;
    private final double slope;
    private final double[][] transposed;
    private final boolean[] wide;
    private final double[][] z;
    private final double[][] act;
    private final double[][] delta;
    private final double[][] zMirror;
    private final double[][] actMirror;
    private final double[][] deltaMirror;
    private final double[] gradT;
    private final double[] blockDelta;
    private final double[] blockInput;
    private int blockCount;
    /** The gradient sum being accumulated (the caller's array, set per call). */
    private double[] grad;

    /**
     * @param network the architecture
     * @param data    samples; dimensions already checked against the network
     */
    ScalarNetworkGradient(BiasFreeNetwork network, RegressionData data) {
        this.net = network;
        this.x = data.inputs().data.clone();
        this.y = data.targets().data.clone();
        this.samples = data.size();
        this.mirrored = data.mirrored();
        this.depth = network.depth();
        this.w = network.widths();
        this.slope = network.slope();
        transposed = new double[depth + 1][];
        wide = new boolean[depth + 1];
        z = new double[depth + 1][];
        act = new double[depth + 1][];
        delta = new double[depth + 1][];
        zMirror = new double[depth + 1][];
        actMirror = new double[depth + 1][];
        deltaMirror = new double[depth + 1][];
        int maxLayer = 0;
        for (int l = 1; l <= depth; l++) {
            int size = w[l] * w[l - 1];
            maxLayer = Math.max(maxLayer, size);
            transposed[l] = new double[size];
            wide[l] = w[l] >= 4;
            z[l] = new double[w[l]];
            act[l] = new double[w[l]];
            delta[l] = new double[w[l]];
            zMirror[l] = new double[w[l]];
            actMirror[l] = new double[w[l]];
            deltaMirror[l] = new double[w[l]];
        }
        act[0] = new double[w[0]];
        actMirror[0] = new double[w[0]];
        gradT = new double[maxLayer];
        blockDelta = new double[BLOCK * w[1]];
        blockInput = new double[BLOCK * w[0]];
    }

    /**
     * Sum over samples of {@code |r|^2 / 2} and, when {@code withGradient}, the negative gradient
     * sum {@code sum_mu delta_l a_{l-1}^T} into {@code grad}.
     */
    @Override
    public double accumulate(double[] params, double[] grad, boolean withGradient) {
        this.grad = grad;
        for (int l = 1; l <= depth; l++) {
            transpose(params, net.offset(l), w[l], w[l - 1], transposed[l]);
        }
        if (withGradient) {
            Arrays.fill(grad, 0);
        }
        double loss = 0;
        int d = w[0];
        int o = w[depth];
        if (mirrored) {
            int half = samples / 2;
            for (int mu = 0; mu < half; mu++) {
                System.arraycopy(x, mu * d, act[0], 0, d);
                layerForward(params, 1, act[0], z[1]);
                double[] zm = zMirror[1];
                double[] zp = z[1];
                for (int j = 0; j < zp.length; j++) {
                    zm[j] = -zp[j];
                }
                loss += forwardRest(params, z, act, y, mu * o);
                loss += forwardRest(params, zMirror, actMirror, y, (mu + half) * o);
                if (withGradient) {
                    backward(params, z, act, delta);
                    backward(params, zMirror, actMirror, deltaMirror);
                    double[] dp = delta[1];
                    double[] dm = deltaMirror[1];
                    for (int j = 0; j < dp.length; j++) {
                        dp[j] -= dm[j];
                    }
                    pushFirstLayer(delta[1], act[0]);
                }
            }
        } else {
            for (int mu = 0; mu < samples; mu++) {
                System.arraycopy(x, mu * d, act[0], 0, d);
                layerForward(params, 1, act[0], z[1]);
                loss += forwardRest(params, z, act, y, mu * o);
                if (withGradient) {
                    backward(params, z, act, delta);
                    pushFirstLayer(delta[1], act[0]);
                }
            }
        }
        if (withGradient) {
            flushFirstLayer();
        }
        if (withGradient) {
            for (int l = 1; l <= depth; l++) {
                if (wide[l]) {
                    // wide layers were accumulated transposed (n_{l-1} x n_l) in their slice: restore row-major
                    int off = net.offset(l);
                    int size = w[l] * w[l - 1];
                    System.arraycopy(grad, off, gradT, 0, size);
                    transposeInto(gradT, w[l - 1], w[l], grad, off);
                }
            }
        }
        return 0.5 * loss;
    }

    /** From the first pre-activation {@code zz[1]} to the output; returns the squared residual. */
    private double forwardRest(double[] params, double[][] zz, double[][] aa, double[] targets, int yOffset) {
        for (int l = 1; l < depth; l++) {
            double[] zl = zz[l];
            double[] al = aa[l];
            for (int j = 0; j < zl.length; j++) {
                double v = zl[j];
                al[j] = Math.max(v, slope * v); // = sigma_alpha(v) for alpha <= 1, branch-free
            }
            layerForward(params, l + 1, al, zz[l + 1]);
        }
        double[] out = zz[depth];
        double sq = 0;
        for (int j = 0; j < out.length; j++) {
            double r = targets[yOffset + j] - out[j];
            out[j] = r; // the output pre-activation is not needed again: keep the residual in its place
            sq += r * r;
        }
        return sq;
    }

    /** Back-propagates the residual held in {@code zz[depth]}; accumulates layers 2..L. */
    private void backward(double[] params, double[][] zz, double[][] aa, double[][] dd) {
        System.arraycopy(zz[depth], 0, dd[depth], 0, dd[depth].length);
        for (int l = depth; l >= 2; l--) {
            double[] dl = dd[l];
            accumulateLayer(l, dl, aa[l - 1]);
            double[] prev = dd[l - 1];
            Arrays.fill(prev, 0);
            int n = w[l - 1];
            int off = net.offset(l);
            for (int j = 0; j < dl.length; j++) {
                double s = dl[j];
                if (s != 0) {
                    int row = off + j * n;
                    for (int k = 0; k < n; k++) {
                        prev[k] += s * params[row + k];
                    }
                }
            }
            double[] zp = zz[l - 1];
            for (int k = 0; k < n; k++) {
                // sigma'(z) = 1 for z > 0, alpha otherwise, as a select (conditional move): hidden signs
                // are random, so a branch here would mispredict half the time
                prev[k] *= zp[k] > 0 ? 1.0 : slope;
            }
        }
    }

    /** {@code out = W_l in}: multiply-adds over the output width for wide layers, dot products otherwise. */
    private void layerForward(double[] params, int l, double[] in, double[] out) {
        int nOut = w[l];
        int nIn = w[l - 1];
        if (wide[l]) {
            double[] t = transposed[l];
            Arrays.fill(out, 0);
            int k = 0;
            // four inputs per pass: one load/store of out per four multiply-adds (~20% faster than one)
            for (; k + 3 < nIn; k += 4) {
                double s0 = in[k];
                double s1 = in[k + 1];
                double s2 = in[k + 2];
                double s3 = in[k + 3];
                int r0 = k * nOut;
                int r1 = r0 + nOut;
                int r2 = r1 + nOut;
                int r3 = r2 + nOut;
                for (int j = 0; j < nOut; j++) {
                    out[j] += s0 * t[r0 + j] + s1 * t[r1 + j] + s2 * t[r2 + j] + s3 * t[r3 + j];
                }
            }
            for (; k < nIn; k++) {
                double s = in[k];
                int row = k * nOut;
                for (int j = 0; j < nOut; j++) {
                    out[j] += s * t[row + j];
                }
            }
        } else {
            int off = net.offset(l);
            for (int j = 0; j < nOut; j++) {
                out[j] = Vectors.dotSlices(params, off + j * nIn, in, 0, nIn);
            }
        }
    }

    /** Queues one sample's first-layer term {@code delta_1 x^T}; adds a full block of them at once. */
    private void pushFirstLayer(double[] d1, double[] x0) {
        if (!wide[1]) {
            accumulateLayer(1, d1, x0);
            return;
        }
        System.arraycopy(d1, 0, blockDelta, blockCount * w[1], w[1]);
        System.arraycopy(x0, 0, blockInput, blockCount * w[0], w[0]);
        if (++blockCount == BLOCK) {
            flushFirstLayer();
        }
    }

    /** Adds the queued first-layer terms (transposed layout, see {@link #accumulateLayer}). */
    private void flushFirstLayer() {
        int nOut = w[1];
        int nIn = w[0];
        int base = net.offset(1);
        if (blockCount == BLOCK) {
            double[] bd = blockDelta;
            for (int k = 0; k < nIn; k++) {
                double s0 = blockInput[k];
                double s1 = blockInput[nIn + k];
                double s2 = blockInput[2 * nIn + k];
                double s3 = blockInput[3 * nIn + k];
                int row = base + k * nOut;
                for (int j = 0; j < nOut; j++) {
                    grad[row + j] += s0 * bd[j] + s1 * bd[nOut + j] + s2 * bd[2 * nOut + j] + s3 * bd[3 * nOut + j];
                }
            }
        } else {
            double[] d1 = delta[1];
            double[] x0 = act[0];
            for (int b = 0; b < blockCount; b++) {
                System.arraycopy(blockDelta, b * nOut, d1, 0, nOut);
                System.arraycopy(blockInput, b * nIn, x0, 0, nIn);
                accumulateLayer(1, d1, x0);
            }
        }
        blockCount = 0;
    }

    /** Adds {@code delta a^T} to the negative gradient of layer l. */
    private void accumulateLayer(int l, double[] dl, double[] aPrev) {
        int nOut = w[l];
        int nIn = w[l - 1];
        if (wide[l]) {
            // transposed accumulation (contiguous over the wide output width); restored in accumulate()
            int base = net.offset(l);
            for (int k = 0; k < nIn; k++) {
                double s = aPrev[k];
                if (s != 0) {
                    int row = base + k * nOut;
                    for (int j = 0; j < nOut; j++) {
                        grad[row + j] += s * dl[j];
                    }
                }
            }
        } else {
            int base = net.offset(l);
            for (int j = 0; j < nOut; j++) {
                double s = dl[j];
                if (s != 0) {
                    int row = base + j * nIn;
                    for (int k = 0; k < nIn; k++) {
                        grad[row + k] += s * aPrev[k];
                    }
                }
            }
        }
    }

    private static void transpose(double[] src, int off, int rows, int cols, double[] dst) {
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                dst[j * rows + i] = src[off + i * cols + j];
            }
        }
    }

    /** Writes the transpose of {@code src} (rows x cols) into {@code dst} from {@code off}. */
    private static void transposeInto(double[] src, int rows, int cols, double[] dst, int off) {
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                dst[off + j * rows + i] = src[i * cols + j];
            }
        }
    }
}
