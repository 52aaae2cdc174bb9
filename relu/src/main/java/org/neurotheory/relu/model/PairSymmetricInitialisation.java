package org.neurotheory.relu.model;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.neurotheory.core.Require;

/**
 * The antisymmetric-pair initialisation of a two-layer network (Theorem A):
 * hidden units {@code h} and {@code h + H/2} carry {@code (w_h, a_h)} and {@code (-w_h, -a_h)}.
 * With symmetric (odd) data the pairing is preserved by gradient descent and the network computes
 * the linear function {@code (1 + alpha) sum_{h < H/2} a_h w_h^T x}.
 *
 * <p>{@link #fromBase} builds the pair network from the weights {@code (W0, A0)} of a width-H/2
 * linear network, divided by {@code sqrt(1 + alpha)} so that every slope maps onto that same
 * linear network.
 */
public final class PairSymmetricInitialisation {
    private PairSymmetricInitialisation() {
    }

    /**
     * Pair network {@code W = [W0; -W0] / sqrt(1+alpha)}, {@code A = [A0, -A0] / sqrt(1+alpha)}.
     *
     * @param net two-layer network with hidden width {@code 2 * W0.numRows}
     * @param w0  first-layer base weights, H/2 x D
     * @param a0  second-layer base weights, O x H/2
     */
    public static double[] fromBase(BiasFreeNetwork net, DMatrixRMaj w0, DMatrixRMaj a0) {
        Require.nonNull("net", net);
        Require.that(net.depth() == 2, "net.depth", net.depth(), "must be 2 (two-layer network)");
        int half = net.width(1) / 2;
        Require.that(net.width(1) % 2 == 0, "hidden width", net.width(1), "must be even");
        Require.that(w0.numRows == half && w0.numCols == net.inputs(), "w0 shape", w0.numRows + "x" + w0.numCols,
                "must be " + half + "x" + net.inputs());
        Require.that(a0.numRows == net.outputs() && a0.numCols == half, "a0 shape", a0.numRows + "x" + a0.numCols,
                "must be " + net.outputs() + "x" + half);
        double k = 1 / Math.sqrt(1 + net.slope());
        int d = net.inputs();
        DMatrixRMaj w = new DMatrixRMaj(2 * half, d);
        for (int h = 0; h < half; h++) {
            for (int j = 0; j < d; j++) {
                w.set(h, j, k * w0.get(h, j));
                w.set(h + half, j, -k * w0.get(h, j));
            }
        }
        DMatrixRMaj a = new DMatrixRMaj(net.outputs(), 2 * half);
        for (int i = 0; i < net.outputs(); i++) {
            for (int h = 0; h < half; h++) {
                a.set(i, h, k * a0.get(i, h));
                a.set(i, h + half, -k * a0.get(i, h));
            }
        }
        return net.pack(w, a);
    }

    /** Base weights with i.i.d. {@code N(0, std^2)} entries, then {@link #fromBase}. Returns {W0, A0} in {@code base}. */
    public static double[] gaussian(BiasFreeNetwork net, double std, SplittableRandom rng, DMatrixRMaj[] base) {
        Require.positive("std", std);
        Require.that(base != null && base.length == 2, "base", base == null ? null : base.length,
                "must be an array of length 2 to receive {W0, A0}");
        int half = net.width(1) / 2;
        DMatrixRMaj w0 = new DMatrixRMaj(half, net.inputs());
        DMatrixRMaj a0 = new DMatrixRMaj(net.outputs(), half);
        for (int i = 0; i < w0.data.length; i++) {
            w0.data[i] = std * rng.nextGaussian();
        }
        for (int i = 0; i < a0.data.length; i++) {
            a0.data[i] = std * rng.nextGaussian();
        }
        base[0] = w0;
        base[1] = a0;
        return fromBase(net, w0, a0);
    }
}
