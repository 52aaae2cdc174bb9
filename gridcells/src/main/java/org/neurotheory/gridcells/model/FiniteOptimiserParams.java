package org.neurotheory.gridcells.model;

import org.neurotheory.core.Require;

/**
 * Everything an optimisation of an over-parametrised code of a finite space needs
 * (Section 2.5 of the paper; the official circle, torus, 3-torus and sphere scripts).
 *
 * @param neurons       N
 * @param space         the space and its candidate irreps ({@link PeriodicSpace}: circle, torus,
 *                      3-torus with integer frequencies; {@link Sphere}: spherical harmonics)
 * @param objective     losses and sample sizes
 * @param positivity    GECO schedule of lambda_p
 * @param equivariance  GECO schedule of lambda_eq
 * @param steps         gradient steps
 * @param resampleEvery steps between fresh samples (10 in the official code)
 * @param eps           Adam step size of W and B (0.01 in the official code)
 * @param recordEvery   steps between recorded losses
 */
public record FiniteOptimiserParams(int neurons, FiniteSpace space, FiniteObjectiveParams objective,
                                    GecoSchedule positivity, GecoSchedule equivariance, int steps, int resampleEvery,
                                    double eps, int recordEvery) {
    public FiniteOptimiserParams {
        Require.that(neurons >= 3, "neurons", neurons, "must be >= 3");
        Require.nonNull("space", space);
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
        return new FiniteOptimiserParams(21, new PeriodicSpace(1, 100), FiniteObjectiveParams.circleEuclidean(),
                new GecoSchedule(1, -9, 0.9, 1e-4, true), new GecoSchedule(1e-4, -5, 0.9, 1e-4, false),
                50000, 10, 0.01, 50);
    }

    /**
     * The official torus script: N = 20, the 200 shortest half-plane integer frequencies, kernel loss
     * with chi (sigma^2 = 1, l = 1), positivity lambda_0 = 0.1, equivariance lambda_0 = 0.01, 100 000 steps.
     */
    public static FiniteOptimiserParams torus() {
        return new FiniteOptimiserParams(20, new PeriodicSpace(2, 200), FiniteObjectiveParams.torusKernelChi(),
                new GecoSchedule(0.1, -9, 0.9, 1e-4, true), new GecoSchedule(0.01, -5, 0.9, 1e-4, false),
                100000, 10, 0.01, 100);
    }

    /**
     * The official sphere script ({@code Sphere.py}): N = 9, harmonics of degree up to 10 (121 basis
     * functions), kernel loss with chi on the great-circle distance (sigma^2 = 1, l = 0.1), M = P = 75
     * points and 4 random rotations per resample, resampled every 12 steps, positivity lambda_0 = 0.5
     * (k_p = -6, gamma = 1e-4), equivariance lambda_0 = 0.25 (k_eq = -5, alpha = 0.95, gamma = 1e-4),
     * Adam step 0.01, 30 000 steps.
     */
    public static FiniteOptimiserParams sphere() {
        return new FiniteOptimiserParams(9, new Sphere(10),
                new FiniteObjectiveParams(SeparationLoss.KERNEL, 1, 0.1, 1, 75, 75, 4),
                new GecoSchedule(0.5, -6, 0.9, 1e-4, true), new GecoSchedule(0.25, -5, 0.95, 1e-4, false),
                30000, 12, 0.01, 100);
    }

    /** Coordinates per point of the space (1 circle, 2 torus, 3 3-torus and sphere). */
    public int dim() {
        return space.dim();
    }

    public FiniteOptimiserParams withSteps(int v) {
        return new FiniteOptimiserParams(neurons, space, objective, positivity, equivariance, v, resampleEvery,
                eps, Math.min(recordEvery, v));
    }

    /** The same periodic space with {@code v} candidate frequencies. */
    public FiniteOptimiserParams withCandidates(int v) {
        Require.that(space instanceof PeriodicSpace, "space", space, "must be periodic to set candidate frequencies");
        return withSpace(new PeriodicSpace(space.dim(), v));
    }

    public FiniteOptimiserParams withSpace(FiniteSpace v) {
        return new FiniteOptimiserParams(neurons, v, objective, positivity, equivariance, steps, resampleEvery, eps,
                recordEvery);
    }

    public FiniteOptimiserParams withObjective(FiniteObjectiveParams v) {
        return new FiniteOptimiserParams(neurons, space, v, positivity, equivariance, steps, resampleEvery, eps,
                recordEvery);
    }

    public FiniteOptimiserParams withSchedules(GecoSchedule pos, GecoSchedule eq) {
        return new FiniteOptimiserParams(neurons, space, objective, pos, eq, steps, resampleEvery, eps,
                recordEvery);
    }

    public FiniteOptimiserParams withNeurons(int v) {
        return new FiniteOptimiserParams(v, space, objective, positivity, equivariance, steps, resampleEvery, eps,
                recordEvery);
    }
}
