package org.neurotheory.popcodes.theory;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.neurotheory.core.Require;
import org.neurotheory.core.random.Seeds;

/**
 * Numerical search over first-layer covariances (card §2.5, recipe S3): maximise
 * {@code I_y = f'^T (Sigma_xi + Sigma_y)^{-1} f'} over {@code Sigma_xi = c (L L^T + ridge I)} with
 * L lower-triangular and free, where the scale {@code c = I_x(L L^T + ridge I) / I_x*} enforces
 * the constraint {@code I_x = I_x*} exactly (information scales as 1/c). The gradient is
 * {@code dI_y/dL = 2 G L} with
 * {@code G = (a^T Sigma_0 a / I_x*) b b^T - c a a^T}, {@code a = (Sigma_xi + Sigma_y)^{-1} f'},
 * {@code b = Sigma_0^{-1} f'}; each step moves L by a fixed length along the normalised gradient.
 * Theory (R2-R4) predicts convergence to the bound of Eq. E7 and decoder alignment (Eq. E8).
 *
 * @param steps      number of ascent steps, {@code > 0}
 * @param stepLength Frobenius length of each step, {@code > 0}
 * @param ridge      ridge added to {@code L L^T} to keep it positive definite, {@code > 0}
 */
public record CovarianceOptimiser(int steps, double stepLength, double ridge) {
    public CovarianceOptimiser {
        Require.positive("steps", steps);
        Require.positive("stepLength", stepLength);
        Require.positive("ridge", ridge);
    }

    /** The card's reference settings: 4000 steps of length 0.05, ridge 1e-6. */
    public static CovarianceOptimiser reference() {
        return new CovarianceOptimiser(4000, 0.05, 1e-6);
    }

    /**
     * Result of a run.
     *
     * @param covariance  the final {@code Sigma_xi} (with I_x = I_x*)
     * @param outputTrace I_y after each step (length steps + 1, first entry the random start)
     * @param cosine      decoder alignment of Eq. E8 at the end
     */
    public record Result(DMatrixRMaj covariance, double[] outputTrace, double cosine) {
        /** The final output information. */
        public double finalOutput() {
            return outputTrace[outputTrace.length - 1];
        }
    }

    /** Runs the ascent from a random lower-triangular L drawn with {@code seed}. */
    public Result maximise(double[] signal, DMatrixRMaj effectiveNoise, double targetIx, long seed) {
        Require.allFinite("signal", signal);
        Require.positive("targetIx", targetIx);
        int n = signal.length;
        Require.that(effectiveNoise.numRows == n && effectiveNoise.numCols == n, "effectiveNoise shape",
                effectiveNoise.numRows + "x" + effectiveNoise.numCols, "must be " + n + "x" + n);
        SplittableRandom rng = Seeds.stream(seed);
        DMatrixRMaj l = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                l.set(i, j, rng.nextGaussian());
            }
        }
        DMatrixRMaj base = new DMatrixRMaj(n, n);
        DMatrixRMaj g = new DMatrixRMaj(n, n);
        DMatrixRMaj grad = new DMatrixRMaj(n, n);
        double[] a = new double[n];
        double[] b = new double[n];
        double[] trace = new double[steps + 1];
        FisherSolver solver = new FisherSolver(n);
        for (int step = 0; step <= steps; step++) {
            CommonOps_DDRM.multTransB(l, l, base);
            for (int i = 0; i < n; i++) {
                base.add(i, i, ridge);
            }
            double baseIx = solver.information(signal, base);
            solver.lastDecoder(b);
            double c = baseIx / targetIx;
            CommonOps_DDRM.scale(c, base);
            trace[step] = solver.information(signal, base, effectiveNoise);
            solver.lastDecoder(a);
            CommonOps_DDRM.scale(1 / c, base);
            if (step == steps) {
                break;
            }
            double aSa = quadratic(base, a);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    g.set(i, j, aSa / targetIx * b[i] * b[j] - c * a[i] * a[j]);
                }
            }
            CommonOps_DDRM.mult(g, l, grad);
            double norm = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j <= i; j++) {
                    norm += grad.get(i, j) * grad.get(i, j);
                }
            }
            if (norm == 0) {
                java.util.Arrays.fill(trace, step + 1, steps + 1, trace[step]);
                break;
            }
            double scale = stepLength / Math.sqrt(norm);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j <= i; j++) {
                    l.add(i, j, scale * grad.get(i, j));
                }
            }
        }
        CommonOps_DDRM.multTransB(l, l, base);
        for (int i = 0; i < n; i++) {
            base.add(i, i, ridge);
        }
        CommonOps_DDRM.scale(solver.information(signal, base) / targetIx, base);
        return new Result(base, trace, PropagationBound.decoderCosine(signal, base, effectiveNoise));
    }

    private static double quadratic(DMatrixRMaj m, double[] v) {
        int n = v.length;
        double s = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                s += v[i] * m.get(i, j) * v[j];
            }
        }
        return s;
    }
}
