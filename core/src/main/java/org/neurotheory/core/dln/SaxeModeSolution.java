package org.neurotheory.core.dln;

import org.ejml.data.DMatrixRMaj;
import org.neurotheory.core.Require;
import org.neurotheory.core.linalg.Matrices;

/**
 * Exact solution of two-layer linear network learning from small balanced, aligned initial
 * conditions on whitened input (Saxe, McClelland and Ganguli 2014, Eq. (6)): each singular mode
 * of {@code Sigma_yx} with singular value s evolves independently as
 * <pre>  a(t) = s e^{2st/tau} / (e^{2st/tau} - 1 + s/a0)</pre>
 * a sigmoid from {@code a0} to {@code s}, learned around {@code t = tau/(2s) ln(s/a0 - 1)}.
 */
public final class SaxeModeSolution {
    private SaxeModeSolution() {
    }

    /** Mode strength a(t) for singular value {@code s > 0} and initial strength {@code 0 < a0}. */
    public static double strength(double s, double a0, double tau, double t) {
        Require.positive("s", s);
        Require.positive("a0", a0);
        Require.positive("tau", tau);
        double e = Math.exp(-2 * s * t / tau);
        return s / (1 - e + e * s / a0);
    }

    /** The time at which the mode reaches half its final value, {@code tau/(2s) ln(s/a0 - 1)} (a0 < s/2). */
    public static double halfTime(double s, double a0, double tau) {
        Require.positive("s", s);
        Require.openRange("a0", a0, 0, s / 2);
        Require.positive("tau", tau);
        return tau / (2 * s) * Math.log(s / a0 - 1);
    }

    /** The time at which the mode reaches {@code a} ({@code a0 < a < s}). */
    public static double timeToReach(double s, double a0, double a, double tau) {
        Require.positive("s", s);
        Require.openRange("a0", a0, 0, s);
        Require.openRange("a", a, a0, s);
        return tau / (2 * s) * Math.log(a * (s - a0) / (a0 * (s - a)));
    }

    /**
     * Balanced initial weights aligned with the SVD {@code Sigma_yx = U S V^T}: mode i starts with
     * strength {@code a0[i]}, {@code W1 = sqrt(a0) V^T} (rows) and {@code W2 = U sqrt(a0)} (columns),
     * remaining hidden units zero. Returns {W1, W2}.
     */
    public static DMatrixRMaj[] alignedInit(DMatrixRMaj sigmaYX, int hidden, double[] a0) {
        Require.positive("hidden", hidden);
        Matrices.Svd svd = Matrices.svd(sigmaYX);
        int modes = Math.min(hidden, svd.s().length);
        Require.that(a0.length >= modes, "a0.length", a0.length, "must be >= number of modes " + modes);
        DMatrixRMaj w1 = new DMatrixRMaj(hidden, sigmaYX.numCols);
        DMatrixRMaj w2 = new DMatrixRMaj(sigmaYX.numRows, hidden);
        for (int i = 0; i < modes; i++) {
            double r = Math.sqrt(Require.positive("a0[" + i + "]", a0[i]));
            for (int j = 0; j < sigmaYX.numCols; j++) {
                w1.set(i, j, r * svd.v().get(j, i));
            }
            for (int j = 0; j < sigmaYX.numRows; j++) {
                w2.set(j, i, r * svd.u().get(j, i));
            }
        }
        return new DMatrixRMaj[] {w1, w2};
    }
}
