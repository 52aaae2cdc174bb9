package org.neurotheory.relu.theory;

import org.ejml.data.DMatrixRMaj;
import org.neurotheory.core.Require;
import org.neurotheory.relu.model.BiasFreeNetwork;

/**
 * Theorem A (the paper's equivalence of learning dynamics, abstract claim 2):
 * with symmetric data ({@code (x, y)} and {@code (-x, -y)} both present) and an antisymmetric-pair
 * initialisation, a two-layer leaky-ReLU network of width H stays paired, computes
 * {@code f(x) = (1+alpha) sum_{h < H/2} a_h w_h^T x}, and
 * <pre>  f_ReLU,alpha(x; t) = f_lin(x; c t),   c = (1 + alpha)/2,</pre>
 * where {@code f_lin} is the width-H/2 linear network started from {@code sqrt(1+alpha)} times the
 * first H/2 units ({@link EquivalentLinearNetwork#of}, where that network is defined). For gradient
 * descent this is exact step by step: step {@code eta} on the pair network equals step {@code c eta}
 * on the linear one. This class measures how far a network is from the pair manifold.
 */
public final class PairEquivalence {
    private PairEquivalence() {
    }

    /** The time-rescaling factor {@code c = (1+alpha)/2}: {@link EquivalentLinearNetwork#timeFactor}. */
    public static double timeFactor(double slope) {
        return EquivalentLinearNetwork.timeFactor(slope);
    }

    /** The equivalent linear network's architecture, widths (D, H/2, O), slope 1: that of {@link EquivalentLinearNetwork#of}. */
    public static BiasFreeNetwork linearNetwork(BiasFreeNetwork pairNet) {
        return EquivalentLinearNetwork.halfWidth(pairNet);
    }

    /** The equivalent linear network's parameters, {@code sqrt(1+alpha)} times the first H/2 units: those of {@link EquivalentLinearNetwork#of}. */
    public static double[] linearParameters(BiasFreeNetwork pairNet, double[] params) {
        return EquivalentLinearNetwork.halfWidthParameters(pairNet, params);
    }

    /**
     * The relative pairing error {@code max(|W_top + W_bottom| / |W_top|, |A_left + A_right| / |A_left|)}
     * (Frobenius norms): 0 for an exactly paired network. The maximum of {@link #pairingErrors}.
     */
    public static double pairingError(BiasFreeNetwork pairNet, double[] params) {
        double[] e = pairingErrors(pairNet, params);
        return Math.max(e[0], e[1]);
    }

    /**
     * The relative pairing error of each layer: element 0 is {@code |W_top + W_bottom| / |W_top|}
     * (first layer, rows {@code h} and {@code h + H/2}), element 1 is
     * {@code |A_left + A_right| / |A_left|} (readout, columns {@code h} and {@code h + H/2});
     * Frobenius norms, 0 for an exactly paired network.
     */
    public static double[] pairingErrors(BiasFreeNetwork pairNet, double[] params) {
        requirePairable(pairNet);
        DMatrixRMaj w = pairNet.layer(params, 1);
        DMatrixRMaj a = pairNet.layer(params, 2);
        int half = pairNet.width(1) / 2;
        double sumW = 0;
        double normW = 0;
        for (int h = 0; h < half; h++) {
            for (int j = 0; j < w.numCols; j++) {
                double s = w.get(h, j) + w.get(h + half, j);
                sumW += s * s;
                normW += w.get(h, j) * w.get(h, j);
            }
        }
        double sumA = 0;
        double normA = 0;
        for (int i = 0; i < a.numRows; i++) {
            for (int h = 0; h < half; h++) {
                double s = a.get(i, h) + a.get(i, h + half);
                sumA += s * s;
                normA += a.get(i, h) * a.get(i, h);
            }
        }
        return new double[] {Math.sqrt(sumW / normW), Math.sqrt(sumA / normA)};
    }

    private static void requirePairable(BiasFreeNetwork net) {
        Require.nonNull("pairNet", net);
        Require.that(net.depth() == 2, "pairNet.depth", net.depth(), "must be 2");
        Require.that(net.width(1) % 2 == 0, "hidden width", net.width(1), "must be even");
    }
}
