package org.neurotheory.relu.theory;

import org.ejml.data.DMatrixRMaj;
import org.neurotheory.core.linalg.Matrices;
import org.neurotheory.relu.model.BiasFreeNetwork;

/**
 * An explicit three-layer bias-free ReLU network computing an odd nonlinear function (our
 * example; the paper's own is unknown):
 * <pre>  g(x1, x2) = ReLU(x1 - |x2|) - ReLU(-x1 - |x2|),  |x2| = ReLU(x2) + ReLU(-x2).</pre>
 * g is odd and positively homogeneous but not linear ({@code g(1,0) = 1, g(0,1) = 0, g(1,1) = 0}),
 * which no two-layer bias-free network can express: depth separation.
 */
public final class DepthSeparationNetwork {
    private DepthSeparationNetwork() {
    }

    /** The architecture: widths {2, 4, 2, 1}, ReLU. */
    public static BiasFreeNetwork architecture() {
        return new BiasFreeNetwork(new int[] {2, 4, 2, 1}, 0);
    }

    /** The weights: layer 1 {@code r = ReLU([x1, -x1, x2, -x2])}, layer 2 {@code h = ReLU([r1-r2-r3-r4, r2-r1-r3-r4])}, output {@code h1 - h2}. */
    public static double[] parameters() {
        DMatrixRMaj w1 = Matrices.of(new double[][] {{1, 0}, {-1, 0}, {0, 1}, {0, -1}});
        DMatrixRMaj w2 = Matrices.of(new double[][] {{1, -1, -1, -1}, {-1, 1, -1, -1}});
        DMatrixRMaj w3 = Matrices.of(new double[][] {{1, -1}});
        return architecture().pack(w1, w2, w3);
    }

    /** The target function itself, for comparison. */
    public static double value(double x1, double x2) {
        double ax2 = Math.abs(x2);
        return Math.max(x1 - ax2, 0) - Math.max(-x1 - ax2, 0);
    }
}
