package org.neurotheory.popcodes.theory;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.apache.commons.math3.exception.TooManyIterationsException;
import org.apache.commons.math3.optim.ConvergenceChecker;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunctionGradient;
import org.apache.commons.math3.optim.nonlinear.scalar.gradient.NonLinearConjugateGradientOptimizer;
import org.ejml.dense.row.CommonOps_DDRM;
import org.neurotheory.core.Require;
import org.neurotheory.core.random.Seeds;

/**
 * Numerical search over first-layer covariances (§2.5, recipe S3): maximise
 * {@code I_y = f'^T (Sigma_xi + Sigma_y)^{-1} f'} over {@code Sigma_xi = c (L L^T + ridge I)} with
 * L lower-triangular and free, where the scale {@code c = I_x(L L^T + ridge I) / I_x*} enforces
 * the constraint {@code I_x = I_x*} exactly (information scales as 1/c). The gradient is
 * {@code dI_y/dL = 2 G L} with
 * {@code G = (a^T Sigma_0 a / I_x*) b b^T - c a a^T}, {@code a = (Sigma_xi + Sigma_y)^{-1} f'},
 * {@code b = Sigma_0^{-1} f'}. The ascent is nonlinear conjugate gradient (Polak-Ribiere, Commons
 * Math) on the packed entries of L, with {@code stepLength} as the initial line-search bracket:
 * the reference plain normalised gradient ascent with a fixed step converges only like a power law
 * on poorly conditioned problems (still 1e-4 to 5e-4 below the bound after 4000 steps for N = 5).
 * Theory (R2-R4) predicts convergence to the bound of Eq. E7 and decoder alignment (Eq. E8).
 *
 * @param steps      maximum number of conjugate-gradient iterations, {@code > 0}
 * @param stepLength initial line-search bracket, {@code > 0}
 * @param ridge      ridge added to {@code L L^T} to keep it positive definite, {@code > 0}
 */
public record CovarianceOptimiser(int steps, double stepLength, double ridge) {
    public CovarianceOptimiser {
        Require.positive("steps", steps);
        Require.positive("stepLength", stepLength);
        Require.positive("ridge", ridge);
    }

    /** The reference budget: 4000 iterations, initial bracket 0.05, ridge 1e-6. */
    public static CovarianceOptimiser reference() {
        return new CovarianceOptimiser(4000, 0.05, 1e-6);
    }

    /**
     * Result of a run.
     *
     * @param covariance  the final {@code Sigma_xi} (with I_x = I_x*)
     * @param outputTrace I_y at the random start, after each iteration (stops at convergence), and
     *                    finally the best value seen, which {@link #finalOutput()} returns
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
        double[] start = new double[n * (n + 1) / 2];
        for (int k = 0; k < start.length; k++) {
            start[k] = rng.nextGaussian();
        }
        DoubleArrayList trace = new DoubleArrayList(steps + 1);
        trace.add(w.value(start, signal, effectiveNoise, targetIx));
        ConvergenceChecker<PointValuePair> recorder = (iteration, previous, current) -> {
            trace.add(current.getValue());
            double change = Math.abs(current.getValue() - previous.getValue());
            return change <= 1e-15 * Math.abs(current.getValue());
        };
        NonLinearConjugateGradientOptimizer cg = new NonLinearConjugateGradientOptimizer(
                NonLinearConjugateGradientOptimizer.Formula.POLAK_RIBIERE, recorder, 1e-10, 1e-14, stepLength);
        try {
            cg.optimize(new MaxIter(steps), new MaxEval(Integer.MAX_VALUE), GoalType.MAXIMIZE,
                    new InitialGuess(start),
                    new ObjectiveFunction(x -> w.value(x, signal, effectiveNoise, targetIx)),
                    new ObjectiveFunctionGradient(x -> w.gradient(x, signal, effectiveNoise, targetIx)));
        } catch (TooManyIterationsException e) {
            // budget exhausted: keep the best point seen, reported through the trace and checks
        }
        w.unpack(w.bestPoint);
        DMatrixRMaj cov = w.covariance(signal, targetIx, w.l);
        trace.add(w.bestValue);
        return new Result(cov, trace.toArray(), PropagationBound.decoderCosine(signal, cov, effectiveNoise));
    }

    /** A growable list of doubles (the trace length depends on when the ascent converges). */
    private static final class DoubleArrayList {
        private double[] values;
        private int size;

        DoubleArrayList(int capacity) {
            values = new double[Math.max(capacity, 1)];
        }

        void add(double v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, 2 * size);
            }
            values[size++] = v;
        }

        double[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    /** Preallocated matrices of one run (the Commons Math optimiser allocates its own small vectors per iteration). */
    private final class Workspace {
        final int n;
        final DMatrixRMaj l;
        final DMatrixRMaj base;
        final DMatrixRMaj g;
        final DMatrixRMaj grad;
        final double[] a;
        final double[] b;
        final FisherSolver solver;
        double scaleC;
        double[] bestPoint;
        double bestValue = Double.NEGATIVE_INFINITY;

        Workspace(int n) {
            this.n = n;
            l = new DMatrixRMaj(n, n);
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

        /** Copies the packed lower triangle {@code x} into L. */
        void unpack(double[] x) {
            int k = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j <= i; j++) {
                    l.set(i, j, x[k++]);
                }
            }
        }

        double value(double[] x, double[] signal, DMatrixRMaj sy, double targetIx) {
            unpack(x);
            double v = evaluate(signal, sy, targetIx, l);
            if (v > bestValue) {
                bestValue = v;
                bestPoint = x.clone();
            }
            return v;
        }

        /** Gradient {@code 2 G L} restricted to the lower triangle, packed like x. */
        double[] gradient(double[] x, double[] signal, DMatrixRMaj sy, double targetIx) {
            unpack(x);
            evaluate(signal, sy, targetIx, l);
            double aSa = quadratic(base, a);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    g.set(i, j, aSa / targetIx * b[i] * b[j] - scaleC * a[i] * a[j]);
                }
            }
            CommonOps_DDRM.mult(g, l, grad);
            double[] out = new double[x.length];
            int k = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j <= i; j++) {
                    out[k++] = 2 * grad.get(i, j);
                }
            }
            return out;
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
