package org.neurotheory.popcodes.theory;

import org.ejml.data.DMatrixRMaj;
import org.neurotheory.core.linalg.Vectors;
import org.neurotheory.core.Require;

/**
 * The propagation bound (R2, Eq. E7): for every first-layer covariance
 * {@code 1/I_y >= 1/I_x + 1/J}, i.e. {@code I_y <= I_x J / (I_x + J)}, where {@code J} is the
 * information layer 2 would carry with a noiseless layer 1 (E6). Equality holds exactly when one
 * linear read-out is optimal for both noise sources (R3, Eq. E8):
 * {@code Sigma_xi^{-1} f'} parallel to {@code Sigma_y^{-1} f'}.
 */
public final class PropagationBound {
    private PropagationBound() {
    }

    /** Eq. E7: the largest output information compatible with input information {@code ix} and noiseless-layer-1 information {@code j}. */
    public static double bound(double ix, double j) {
        Require.positive("ix", ix);
        Require.positive("j", j);
        return ix * j / (ix + j);
    }

    /** Eq. E7 as a gap: {@code 1/I_y - 1/I_x - 1/J}, zero on the optimal family and never negative. */
    public static double reciprocalGap(double ix, double iy, double j) {
        Require.positive("ix", ix);
        Require.positive("iy", iy);
        Require.positive("j", j);
        return 1.0 / iy - 1.0 / ix - 1.0 / j;
    }

    /** Eq. E6 (square case): {@code J = f'^T Sigma_y^{-1} f'}. */
    public static double noiselessInformation(double[] signal, DMatrixRMaj effectiveNoise) {
        return FisherSolver.of(signal, effectiveNoise);
    }

    /**
     * Eq. E8: cosine between the optimal decoders {@code Sigma_xi^{-1} f'} and
     * {@code Sigma_y^{-1} f'}; it is 1 exactly on the optimal family.
     */
    public static double decoderCosine(double[] signal, DMatrixRMaj inputCovariance, DMatrixRMaj effectiveNoise) {
        Require.nonNull("signal", signal);
        FisherSolver solver = new FisherSolver(signal.length);
        solver.information(signal, inputCovariance);
        double[] a = solver.lastDecoder(new double[signal.length]);
        solver.information(signal, effectiveNoise);
        double[] b = solver.lastDecoder(new double[signal.length]);
        return Vectors.cosine(a, b);
    }
}
