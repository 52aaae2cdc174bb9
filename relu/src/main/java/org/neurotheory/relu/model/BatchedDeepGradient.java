package org.neurotheory.relu.model;

import java.lang.ref.Reference;
import java.nio.DoubleBuffer;
import org.bytedeco.javacpp.DoublePointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurotheory.core.nn.Gemm;

/**
 * The square-loss gradient sum of a {@link BiasFreeNetwork} of depth three or more over the whole batch
 * at once: each layer's forward product {@code Z_l = A_{l-1} W_l^T}, each back-propagated error
 * {@code D_l W_l} and each gradient {@code D_l^T A_{l-1}} is one matrix product of P rows
 * (core's {@link Gemm}: OpenBLAS on one thread, so the bytes do not depend on the machine's cores).
 * On {@link RegressionData#mirrored() mirrored} data the first layer is computed for the first half of
 * the samples only ({@code Z_1(-x) = -Z_1(x)}), and its gradient is
 * {@code (D_1(x) - D_1(-x))^T x} over that half, as in {@link ScalarNetworkGradient}.
 *
 * <p>Stores P x n_l activations per layer (P = 2000, n = 100: 1.6 MB each), which the scalar pass
 * avoids; in exchange the products run at BLAS speed. Agrees with the scalar pass to rounding
 * (relative 1e-12 in the tests), not bit for bit. Not thread-safe; allocates nothing per call.
 */
final class BatchedDeepGradient implements GradientSum {
    private final BiasFreeNetwork net;
    private final int samples;
    private final boolean mirrored;
    private final int depth;
    private final int[] w;
    private final double slope;
    private final double[] y;
    /** The inputs ({@code P} rows, or the first {@code P/2} when mirrored). */
    private final INDArray x;
    private final INDArray[] weights;
    /** {@code z[l]}: pre-activations of layer l (P x n_l); {@code z[1]} has P/2 rows when mirrored. */
    private final INDArray[] z;
    /** {@code a[l]}: activations of layer l (P x n_l), {@code a[0]} unused (the inputs are {@link #x}). */
    private final INDArray[] a;
    /** {@code d[l]}: back-propagated error of layer l (P x n_l). */
    private final INDArray[] d;
    private final INDArray[] grads;
    /** {@code D_1(x) - D_1(-x)} over the first half (mirrored data only). */
    private final INDArray firstDelta;
    /** Views of the matrices' memory, made once (a view per call would allocate). */
    private final DoubleBuffer[] zb;
    private final DoubleBuffer[] ab;
    private final DoubleBuffer[] db;
    private final DoubleBuffer[] wb;
    private final DoubleBuffer[] gb;
    private final DoubleBuffer fb;
    /** The matrices' memory for BLAS, looked up once (a lookup per call would allocate). */
    private final DoublePointer xp;
    private final DoublePointer[] zp;
    private final DoublePointer[] ap;
    private final DoublePointer[] dp;
    private final DoublePointer[] wp;
    private final DoublePointer[] gp;
    private final DoublePointer fp;

    /**
     * @param network the architecture, depth at least 3 (checked by the caller)
     * @param data    samples; dimensions already checked against the network
     */
    BatchedDeepGradient(BiasFreeNetwork network, RegressionData data) {
        this.net = network;
        this.samples = data.size();
        this.mirrored = data.mirrored();
        this.depth = network.depth();
        this.w = network.widths();
        this.slope = network.slope();
        this.y = data.targets().data.clone();
        int rows = mirrored ? samples / 2 : samples;
        x = matrix(rows, w[0]);
        x.data().asNioDouble().put(0, data.inputs().data, 0, rows * w[0]);
        weights = new INDArray[depth + 1];
        grads = new INDArray[depth + 1];
        z = new INDArray[depth + 1];
        a = new INDArray[depth + 1];
        d = new INDArray[depth + 1];
        for (int l = 1; l <= depth; l++) {
            weights[l] = matrix(w[l], w[l - 1]);
            grads[l] = matrix(w[l], w[l - 1]);
            z[l] = matrix(l == 1 ? rows : samples, w[l]);
            d[l] = matrix(samples, w[l]);
            if (l < depth) {
                a[l] = matrix(samples, w[l]);
            }
        }
        firstDelta = mirrored ? matrix(rows, w[1]) : null;
        zb = views(z);
        ab = views(a);
        db = views(d);
        wb = views(weights);
        gb = views(grads);
        fb = mirrored ? firstDelta.data().asNioDouble() : null;
        xp = pointer(x);
        zp = pointers(z);
        ap = pointers(a);
        dp = pointers(d);
        wp = pointers(weights);
        gp = pointers(grads);
        fp = mirrored ? pointer(firstDelta) : null;
    }

    private static DoublePointer pointer(INDArray m) {
        return (DoublePointer) m.data().addressPointer();
    }

    private static DoublePointer[] pointers(INDArray[] m) {
        DoublePointer[] p = new DoublePointer[m.length];
        for (int l = 0; l < m.length; l++) {
            p[l] = m[l] == null ? null : pointer(m[l]);
        }
        return p;
    }

    private static DoubleBuffer[] views(INDArray[] m) {
        DoubleBuffer[] v = new DoubleBuffer[m.length];
        for (int l = 0; l < m.length; l++) {
            v[l] = m[l] == null ? null : m[l].data().asNioDouble();
        }
        return v;
    }

    private static INDArray matrix(int rows, int cols) {
        return Nd4j.create(DataType.DOUBLE, new long[] {rows, cols}, 'c');
    }

    @Override
    public double accumulate(double[] params, double[] grad, boolean withGradient) {
        for (int l = 1; l <= depth; l++) {
            wb[l].put(0, params, net.offset(l), w[l] * w[l - 1]);
        }
        // forward: Z_1 = X W_1^T, A_l = sigma(Z_l), Z_{l+1} = A_l W_{l+1}^T
        int rows = mirrored ? samples / 2 : samples;
        Gemm.dgemm(xp, w[0], false, wp[1], w[0], true, zp[1], rows, w[1], w[0], 1, 0);
        activateFirst();
        for (int l = 2; l <= depth; l++) {
            Gemm.dgemm(ap[l - 1], w[l - 1], false, wp[l], w[l - 1], true, zp[l], samples, w[l], w[l - 1], 1, 0);
            if (l < depth) {
                activate(l);
            }
        }
        // residual r = y - f(x) into D_L, and the loss
        DoubleBuffer out = zb[depth];
        DoubleBuffer res = db[depth];
        double sq = 0;
        for (int i = 0, n = samples * w[depth]; i < n; i++) {
            double r = y[i] - out.get(i);
            res.put(i, r);
            sq += r * r;
        }
        if (!withGradient) {
            return 0.5 * sq;
        }
        // backward: G_l = D_l^T A_{l-1}, D_{l-1} = (D_l W_l) * sigma'(Z_{l-1})
        for (int l = depth; l >= 2; l--) {
            Gemm.dgemm(dp[l], w[l], true, ap[l - 1], w[l - 1], false, gp[l], w[l], w[l - 1], samples, 1, 0);
            Gemm.dgemm(dp[l], w[l], false, wp[l], w[l - 1], false, dp[l - 1], samples, w[l - 1], w[l], 1, 0);
            if (l - 1 == 1) {
                maskFirst();
            } else {
                mask(l - 1);
            }
        }
        Gemm.dgemm(mirrored ? fp : dp[1], w[1], true, xp, w[0], false, gp[1], w[1], w[0], rows, 1, 0);
        for (int l = 1; l <= depth; l++) {
            gb[l].get(0, grad, net.offset(l), w[l] * w[l - 1]);
        }
        // BLAS and the views work on raw memory: keep the arrays that own it reachable to the end
        Reference.reachabilityFence(this);
        return 0.5 * sq;
    }

    /** {@code A_1 = sigma(Z_1)}, with the mirrored half's {@code sigma(-Z_1)}. */
    private void activateFirst() {
        DoubleBuffer zz = zb[1];
        DoubleBuffer aa = ab[1];
        int n = (mirrored ? samples / 2 : samples) * w[1];
        for (int i = 0; i < n; i++) {
            double v = zz.get(i);
            aa.put(i, Math.max(v, slope * v));
        }
        if (mirrored) {
            for (int i = 0; i < n; i++) {
                double v = -zz.get(i);
                aa.put(n + i, Math.max(v, slope * v));
            }
        }
    }

    /** {@code A_l = sigma(Z_l)}. */
    private void activate(int l) {
        DoubleBuffer zz = zb[l];
        DoubleBuffer aa = ab[l];
        for (int i = 0, n = samples * w[l]; i < n; i++) {
            double v = zz.get(i);
            aa.put(i, Math.max(v, slope * v));
        }
    }

    /** {@code D_l *= sigma'(Z_l)}. */
    private void mask(int l) {
        DoubleBuffer zz = zb[l];
        DoubleBuffer dd = db[l];
        for (int i = 0, n = samples * w[l]; i < n; i++) {
            if (!(zz.get(i) > 0)) {
                dd.put(i, dd.get(i) * slope);
            }
        }
    }

    /**
     * {@code D_1 *= sigma'(Z_1)}; for mirrored data the second half's pre-activations are {@code -Z_1},
     * and the pair's error {@code D_1(x) - D_1(-x)} goes to {@link #firstDelta}.
     */
    private void maskFirst() {
        if (!mirrored) {
            mask(1);
            return;
        }
        DoubleBuffer zz = zb[1];
        DoubleBuffer dd = db[1];
        DoubleBuffer fd = fb;
        int n = samples / 2 * w[1];
        for (int i = 0; i < n; i++) {
            double v = zz.get(i);
            double plus = dd.get(i) * (v > 0 ? 1.0 : slope);
            double minus = dd.get(n + i) * (-v > 0 ? 1.0 : slope);
            fd.put(i, plus - minus);
        }
    }
}
