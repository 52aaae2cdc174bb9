package org.neurotheory.gridcells.model;

import org.neurotheory.core.Require;

/**
 * Everything an optimisation of an over-parametrised code of a finite periodic space needs
 * (Section 2.5 of the paper; the official circle and torus scripts).
 *
 * @param neurons       N
 * @param dim           1 (circle) or 2 (torus)
 * @param candidates    number of candidate frequencies ({@link IntegerFrequencies})
 * @param objective     losses and sample sizes
 * @param positivity    GECO schedule of lambda_p
 * @param equivariance  GECO schedule of lambda_eq
 * @param steps         gradient steps
 * @param resampleEvery steps between fresh samples (10 in the official code)
 * @param eps           Adam step size of W and B (0.01 in the official code)
 * @param recordEvery   steps between recorded losses
 */
public record FiniteOptimiserParams(int neurons, int dim, int candidates, FiniteObjectiveParams objective,
                                    GecoSchedule positivity, GecoSchedule equivariance, int steps, int resampleEvery,
                                    double eps, int recordEvery) {
    public FiniteOptimiserParams {
        Require.that(neurons >= 3, "neurons", neurons, "must be >= 3");
        Require.inRange("dim", dim, 1, 2);
        Require.positive("candidates", candidates);
        Require.nonNull("objective", objective);
        Require.nonNull("positivity", positivity);
        Require.nonNull("equivariance", equivariance);
        Require.positive("steps", steps);
        Require.positive("resampleEvery", resampleEvery);
        Require.positive("eps", eps);
        Require.positive("recordEvery", recordEvery);
    }

    /**
     * The official circle script with the equivariance loss: N = 21, frequencies 1..100, Euclidean
     * loss, positivity lambda_0 = 1 (k_p = -9, gamma = 1e-4), equivariance lambda_0 = 1e-4
     * (k_eq = -5, gamma = 1e-4), 50 000 steps.
     */
    public static FiniteOptimiserParams circle() {
        return new FiniteOptimiserParams(21, 1, 100, FiniteObjectiveParams.circleEuclidean(),
                new GecoSchedule(1, -9, 0.9, 1e-4, true), new GecoSchedule(1e-4, -5, 0.9, 1e-4, false),
                50000, 10, 0.01, 50);
    }

    /**
     * The official torus script: N = 20, the 200 shortest half-plane integer frequencies, kernel loss
     * with chi (sigma^2 = 1, l = 1), positivity lambda_0 = 0.1, equivariance lambda_0 = 0.01, 100 000 steps.
     */
    public static FiniteOptimiserParams torus() {
        return new FiniteOptimiserParams(20, 2, 200, FiniteObjectiveParams.torusKernelChi(),
                new GecoSchedule(0.1, -9, 0.9, 1e-4, true), new GecoSchedule(0.01, -5, 0.9, 1e-4, false),
                100000, 10, 0.01, 100);
    }

    /** The candidate frequencies, D x dim row-major. */
    public double[] frequencies() {
        return dim == 1 ? IntegerFrequencies.circle(candidates) : IntegerFrequencies.torus(candidates);
    }

    public FiniteOptimiserParams withSteps(int v) {
        return new FiniteOptimiserParams(neurons, dim, candidates, objective, positivity, equivariance, v, resampleEvery,
                eps, Math.min(recordEvery, v));
    }

    public FiniteOptimiserParams withCandidates(int v) {
        return new FiniteOptimiserParams(neurons, dim, v, objective, positivity, equivariance, steps, resampleEvery, eps,
                recordEvery);
    }

    public FiniteOptimiserParams withObjective(FiniteObjectiveParams v) {
        return new FiniteOptimiserParams(neurons, dim, candidates, v, positivity, equivariance, steps, resampleEvery, eps,
                recordEvery);
    }

    public FiniteOptimiserParams withSchedules(GecoSchedule pos, GecoSchedule eq) {
        return new FiniteOptimiserParams(neurons, dim, candidates, objective, pos, eq, steps, resampleEvery, eps,
                recordEvery);
    }

    public FiniteOptimiserParams withNeurons(int v) {
        return new FiniteOptimiserParams(v, dim, candidates, objective, positivity, equivariance, steps, resampleEvery, eps,
                recordEvery);
    }
}
