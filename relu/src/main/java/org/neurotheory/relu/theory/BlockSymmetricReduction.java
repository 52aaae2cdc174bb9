package org.neurotheory.relu.theory;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.neurotheory.core.Require;
import org.neurotheory.relu.model.BiasFreeNetwork;

/**
 * Deep bias-free networks with block-symmetric weights (see
 * {@link org.neurotheory.relu.model.BlockSymmetricInitialisation}). On the sub-manifold
 * {@code B_l = -A_l} the network is linear, {@code f = (1+alpha)^{L-1} A_L ... A_1 x}, and gradient
 * descent with step {@code eta} moves {@code A_l} like a deep linear network with per-layer rate
 * factors {@code r = (1/2, 1/4, ..., 1/4, 1/2)}. With {@code A_l = sqrt(r_l) kappa Ahat_l},
 * {@code kappa = G^{-1/L}}, {@code G = c^{L-1}}, {@code c = (1+alpha)/2}, the {@code Ahat_l} follow an
 * ordinary deep linear network ({@link org.neurotheory.core.dln.DeepLinearFlow}) with step
 * {@code eta G^{2/L}}. The sub-manifold is invariant for {@code alpha = 1} (and for L = 2, Theorem A);
 * for L >= 3 and alpha < 1 the "even channel" {@code A_l + B_l} grows away from zero, measured by
 * {@link #evenChannelRatio}.
 */
public final class BlockSymmetricReduction {
    private BlockSymmetricReduction() {
    }

    /** Block width m (half of every hidden width). */
    public static int blockWidth(BiasFreeNetwork net) {
        Require.that(net.depth() >= 2 && net.width(1) % 2 == 0, "net", net, "must have depth >= 2 and even hidden widths");
        return net.width(1) / 2;
    }

    /** Per-layer rate factor {@code r_l}: 1/2 for the first and last layer, 1/4 in between (l is 1-based). */
    public static double rateFactor(int l, int depth) {
        Require.inRange("l", l, 1, depth);
        return l == 1 || l == depth ? 0.5 : 0.25;
    }

    /** The step of the equivalent unit-gain deep linear network, {@code eta c^{2(L-1)/L}}. */
    public static double reducedStep(double eta, double slope, int depth) {
        Require.positive("eta", eta);
        Require.positive("depth", depth);
        double c = PairEquivalence.timeFactor(slope);
        return eta * Math.pow(c, 2.0 * (depth - 1) / depth);
    }

    /** The reduced deep-linear state {@code (Ahat_1, ..., Ahat_L)}, packed for {@code DeepLinearFlow} with hidden widths m. */
    public static double[] reducedState(BiasFreeNetwork net, double[] params) {
        int depth = net.depth();
        int m = blockWidth(net);
        double c = PairEquivalence.timeFactor(net.slope());
        double kappa = Math.pow(Math.pow(c, depth - 1), -1.0 / depth);
        DMatrixRMaj[] hat = new DMatrixRMaj[depth];
        for (int l = 1; l <= depth; l++) {
            DMatrixRMaj a = blockA(net, params, l, m);
            CommonOps_DDRM.scale(1 / (Math.sqrt(rateFactor(l, depth)) * kappa), a);
            hat[l - 1] = a;
        }
        BiasFreeNetwork reduced = reducedNetwork(net);
        return reduced.pack(hat);
    }

    /** The reduced linear architecture: widths (D, m, ..., m, O), slope 1. */
    public static BiasFreeNetwork reducedNetwork(BiasFreeNetwork net) {
        int m = blockWidth(net);
        int[] w = net.widths();
        for (int l = 1; l < w.length - 1; l++) {
            w[l] = m;
        }
        return new BiasFreeNetwork(w, 1);
    }

    /** {@code |A_l + B_l|_F / |A_l|_F} for a middle layer {@code 1 < l < L}: 0 on the linear sub-manifold. */
    public static double evenChannelRatio(BiasFreeNetwork net, double[] params, int l) {
        Require.inRange("l", l, 2, net.depth() - 1);
        int m = blockWidth(net);
        DMatrixRMaj w = net.layer(params, l);
        double sum = 0;
        double norm = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                double a = w.get(i, j);
                double s = a + w.get(i, j + m);
                sum += s * s;
                norm += a * a;
            }
        }
        return Math.sqrt(sum / norm);
    }

    /** {@code |A_1 + A_1'|_F / |A_1|_F} where {@code W_1 = [A_1; A_1']}: 0 while the first layer stays antisymmetric. */
    public static double firstLayerAntisymmetry(BiasFreeNetwork net, double[] params) {
        int m = blockWidth(net);
        DMatrixRMaj w = net.layer(params, 1);
        double sum = 0;
        double norm = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < w.numCols; j++) {
                double s = w.get(i, j) + w.get(i + m, j);
                sum += s * s;
                norm += w.get(i, j) * w.get(i, j);
            }
        }
        return Math.sqrt(sum / norm);
    }

    /** The block {@code A_l}: top-left m x m (middle), top m rows (first), left m columns (last). */
    private static DMatrixRMaj blockA(BiasFreeNetwork net, double[] params, int l, int m) {
        DMatrixRMaj w = net.layer(params, l);
        int rows = l == net.depth() ? w.numRows : m;
        int cols = l == 1 ? w.numCols : m;
        DMatrixRMaj a = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                a.set(i, j, w.get(i, j));
            }
        }
        return a;
    }
}
