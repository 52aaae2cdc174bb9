package org.neurotheory.relu.model;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.neurotheory.core.Require;

/**
 * Block-symmetric weights of a deep bias-free network: every hidden layer has
 * {@code 2m} units split into two blocks, and
 * <pre>  W_1 = [A_1; -A_1],   W_l = [[A_l, B_l], [B_l, A_l]] (1 < l < L),   W_L = [A_L, -A_L].</pre>
 * This is the fixed-point set of the symmetry "negate W_1 and W_L, swap the blocks", invariant
 * under gradient flow on symmetric data. On the sub-manifold {@code B_l = -A_l} the network is
 * exactly linear, {@code f(x) = (1+alpha)^{L-1} A_L ... A_1 x}.
 */
public final class BlockSymmetricInitialisation {
    private BlockSymmetricInitialisation() {
    }

    /**
     * Builds the parameters from the blocks.
     *
     * @param net a network with every hidden width {@code 2m}
     * @param a   blocks {@code A_1 (m x D), A_l (m x m), A_L (O x m)}, length L
     * @param b   middle blocks {@code B_l (m x m)} for {@code l = 2..L-1} at index l-1; entries 0 and L-1 are ignored
     */
    public static double[] fromBlocks(BiasFreeNetwork net, DMatrixRMaj[] a, DMatrixRMaj[] b) {
        int depth = net.depth();
        Require.that(depth >= 2, "net.depth", depth, "must be >= 2");
        Require.that(a.length == depth && b.length == depth, "blocks length", a.length + "/" + b.length,
                "must equal depth " + depth);
        int m = net.width(1) / 2;
        for (int l = 1; l < depth; l++) {
            Require.that(net.width(l) == 2 * m, "widths[" + l + "]", net.width(l), "must be 2m = " + 2 * m);
        }
        DMatrixRMaj[] layers = new DMatrixRMaj[depth];
        DMatrixRMaj first = new DMatrixRMaj(2 * m, net.inputs());
        requireShape("a[0]", a[0], m, net.inputs());
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < net.inputs(); j++) {
                first.set(i, j, a[0].get(i, j));
                first.set(i + m, j, -a[0].get(i, j));
            }
        }
        layers[0] = first;
        for (int l = 1; l < depth - 1; l++) {
            requireShape("a[" + l + "]", a[l], m, m);
            requireShape("b[" + l + "]", b[l], m, m);
            DMatrixRMaj w = new DMatrixRMaj(2 * m, 2 * m);
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    w.set(i, j, a[l].get(i, j));
                    w.set(i + m, j + m, a[l].get(i, j));
                    w.set(i, j + m, b[l].get(i, j));
                    w.set(i + m, j, b[l].get(i, j));
                }
            }
            layers[l] = w;
        }
        DMatrixRMaj last = new DMatrixRMaj(net.outputs(), 2 * m);
        requireShape("a[" + (depth - 1) + "]", a[depth - 1], net.outputs(), m);
        for (int i = 0; i < net.outputs(); i++) {
            for (int j = 0; j < m; j++) {
                last.set(i, j, a[depth - 1].get(i, j));
                last.set(i, j + m, -a[depth - 1].get(i, j));
            }
        }
        layers[depth - 1] = last;
        return net.pack(layers);
    }

    /** The linear sub-manifold {@code B_l = -A_l} with i.i.d. {@code N(0, std^2)} blocks A_l; the blocks go to {@code blocksOut}. */
    public static double[] linearSubmanifold(BiasFreeNetwork net, double std, SplittableRandom rng, DMatrixRMaj[] blocksOut) {
        Require.positive("std", std);
        int depth = net.depth();
        Require.that(blocksOut != null && blocksOut.length == depth, "blocksOut", blocksOut == null ? null : blocksOut.length,
                "must be an array of length depth " + depth);
        int m = net.width(1) / 2;
        DMatrixRMaj[] b = new DMatrixRMaj[depth];
        for (int l = 0; l < depth; l++) {
            int rows = l == depth - 1 ? net.outputs() : m;
            int cols = l == 0 ? net.inputs() : m;
            DMatrixRMaj a = new DMatrixRMaj(rows, cols);
            for (int i = 0; i < a.data.length; i++) {
                a.data[i] = std * rng.nextGaussian();
            }
            blocksOut[l] = a;
            if (l > 0 && l < depth - 1) {
                b[l] = a.copy();
                CommonOps_DDRM.scale(-1, b[l]);
            }
        }
        return fromBlocks(net, blocksOut, b);
    }

    private static void requireShape(String name, DMatrixRMaj m, int rows, int cols) {
        Require.nonNull(name, m);
        Require.that(m.numRows == rows && m.numCols == cols, name + " shape", m.numRows + "x" + m.numCols,
                "must be " + rows + "x" + cols);
    }
}
