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
 * {@code b = Sigma_0^{-1} f'}. Each step moves L along the normalised gradient; the step length
 * starts at {@code stepLength} and adapts (bold driver: x1.2 after an accepted step, halved until
 * the objective does not decrease), because a fixed length stalls near the optimum.
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

    /** The card's reference settings: 4000 steps, initial length 0.05, ridge 1e-6. */
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
        Workspace w = new Workspace(n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                w.l.set(i, j, rng.nextGaussian());
            }
        }
        double[] trace = new double[steps + 1];
        double current = w.evaluate(signal, effectiveNoise, targetIx, w.l);
        trace[0] = current;
        double length = stepLength;
        for (int step = 1; step <= steps; step++) {
            double norm = w.gradient(targetIx);
            if (norm == 0) {
                java.util.Arrays.fill(trace, step, steps + 1, current);
                break;
            }
            double next = Double.NEGATIVE_INFINITY;
            // bold driver: shrink the step until the objective does not decrease, then grow it
            for (int tries = 0; tries < 60; tries++) {
                w.trial.setTo(w.l);
                double scale = length / norm;
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j <= i; j++) {
                        w.trial.add(i, j, scale * w.grad.get(i, j));
                    }
                }
                next = w.evaluateTrial(signal, effectiveNoise, targetIx);
                if (next >= current) {
                    break;
                }
                length *= 0.5;
            }
            if (next >= current) {
                w.l.setTo(w.trial);
                current = w.evaluate(signal, effectiveNoise, targetIx, w.l);
                length *= 1.2;
            }
            trace[step] = current;
        }
        DMatrixRMaj cov = w.covariance(signal, targetIx, w.l);
        return new Result(cov, trace, PropagationBound.decoderCosine(signal, cov, effectiveNoise));
    }

    /** Preallocated matrices of one run, so the steps allocate nothing. */
    private final class Workspace {
        final int n;
        final DMatrixRMaj l;
        final DMatrixRMaj trial;
        final DMatrixRMaj base;
        final DMatrixRMaj g;
        final DMatrixRMaj grad;
        final double[] a;
        final double[] b;
        final FisherSolver solver;
        double scaleC;

        Workspace(int n) {
            this.n = n;
            l = new DMatrixRMaj(n, n);
            trial = new DMatrixRMaj(n, n);
            base = new DMatrixRMaj(n, n);
            g = new DMatrixRMaj(n, n);
            grad = new DMatrixRMaj(n, n);
            a = new double[n];
            b = new double[n];
            solver = new FisherSolver(n);
        }

        /** Sigma_0 = L L^T + ridge I into base; returns I_x(Sigma_0) and stores b = Sigma_0^{-1} f'. */
        private double baseInformation(double[] signal, DMatrixRMaj factor) {
            CommonOps_DDRM.multTransB(factor, factor, base);
            for (int i = 0; i < n; i++) {
                base.add(i, i, ridge);
            }
            return solver.information(signal, base);
        }

        /** I_y at the constrained covariance of {@code factor}; leaves a, b, c, Sigma_0 for the gradient. */
        double evaluate(double[] signal, DMatrixRMaj sy, double targetIx, DMatrixRMaj factor) {
            double i0 = baseInformation(signal, factor);
            solver.lastDecoder(b);
            scaleC = i0 / targetIx;
            CommonOps_DDRM.scale(scaleC, base);
            double iy = solver.information(signal, base, sy);
            solver.lastDecoder(a);
            CommonOps_DDRM.scale(1 / scaleC, base);
            return iy;
        }

        /** I_y at {@code trial} without disturbing the gradient state. */
        double evaluateTrial(double[] signal, DMatrixRMaj sy, double targetIx) {
            double c = baseInformation(signal, trial) / targetIx;
            CommonOps_DDRM.scale(c, base);
            return solver.information(signal, base, sy);
        }

        /** Gradient 2 G L (lower triangle) into grad; returns its Frobenius norm. */
        double gradient(double targetIx) {
            double aSa = quadratic(base, a);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    g.set(i, j, aSa / targetIx * b[i] * b[j] - scaleC * a[i] * a[j]);
                }
            }
            CommonOps_DDRM.mult(g, l, grad);
            double norm = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j <= i; j++) {
                    norm += grad.get(i, j) * grad.get(i, j);
                }
            }
            return Math.sqrt(norm);
        }

        DMatrixRMaj covariance(double[] signal, double targetIx, DMatrixRMaj factor) {
            double c = baseInformation(signal, factor) / targetIx;
            DMatrixRMaj out = base.copy();
            CommonOps_DDRM.scale(c, out);
            return out;
        }
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
