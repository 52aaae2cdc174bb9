package org.neurotheory.gridcells.model;

import org.neurotheory.core.Require;

/**
 * Everything an optimisation of an actionable code in a very large space needs (Section 2.4 and
 * Table B.3 of the paper).
 *
 * @param neurons       N
 * @param dim           1 (line), 2 (plane), 3 (volume)
 * @param frequencies   D, at most {@code floor((N-1)/2)} (the official code uses exactly that)
 * @param objective     losses and sample sizes
 * @param schedule      GECO schedules of the two constraints
 * @param steps         T, gradient steps
 * @param resampleEvery steps between fresh sample sets (5 in the official code)
 * @param epsW          Adam step size of W
 * @param epsK          Adam step size of the frequencies
 * @param kInit         initial frequencies {@code ~ Uniform[0, kInit)^dim} (2 in the plane script)
 * @param recordEvery   steps between recorded loss values
 */
public record OptimiserParams(int neurons, int dim, int frequencies, ObjectiveParams objective,
                              ConstraintSchedule schedule, int steps, int resampleEvery, double epsW,
                              double epsK, double kInit, int recordEvery) {
    public OptimiserParams {
        Require.positive("neurons", neurons);
        Require.inRange("dim", dim, 1, 3);
        FrequencyBudget.require(neurons, frequencies);
        Require.nonNull("objective", objective);
        Require.nonNull("schedule", schedule);
        Require.positive("steps", steps);
        Require.positive("resampleEvery", resampleEvery);
        Require.positive("epsW", epsW);
        Require.positive("epsK", epsK);
        Require.positive("kInit", kInit);
        Require.positive("recordEvery", recordEvery);
    }

    /**
     * One hexagonal module on the plane: the official plane script's sizes (N = 25, D = 12,
     * sigma^2 = 0.4, l = 0.5, S = 5, raw norm loss with k_b = 6) with the fast positivity schedule
     * and 20 000 steps.
     */
    public static OptimiserParams planeOneModule() {
        return new OptimiserParams(25, 2, 12, ObjectiveParams.planeOneModule(), ConstraintSchedule.fast(6),
                20000, 5, 0.1, 0.1, 2, 50);
    }

    /**
     * {@link #planeOneModule} with the bounded-activity constraint as the paper's text describes it
     * ({@link NormLossMode#RATIO}: each neuron's activity in the displaced rooms relative to the
     * central room) and its schedule ({@link ConstraintSchedule#fastRatio}). The official raw form is
     * met almost at once and then inert; the ratio form keeps the code evenly active across rooms,
     * which removes the low-frequency "offset" power the raw form leaves.
     */
    public static OptimiserParams planeOneModuleRatio() {
        OptimiserParams p = planeOneModule();
        return p.withSchedule(ConstraintSchedule.fastRatio()).withObjective(p.objective().withNormMode(NormLossMode.RATIO));
    }

    /** Table B.3 of the paper: N = 64, D = 31, sigma = 0.2, S = 3, k_b = 4, official schedule, 150 000 steps. */
    public static OptimiserParams tableB3() {
        return new OptimiserParams(64, 2, 31, ObjectiveParams.tableB3(), ConstraintSchedule.official(4),
                150000, 5, 0.1, 0.1, 2, 250);
    }

    public OptimiserParams withSteps(int v) {
        return new OptimiserParams(neurons, dim, frequencies, objective, schedule, v, resampleEvery, epsW, epsK, kInit,
                Math.min(recordEvery, v));
    }

    public OptimiserParams withSchedule(ConstraintSchedule v) {
        return new OptimiserParams(neurons, dim, frequencies, objective, v, steps, resampleEvery, epsW, epsK, kInit, recordEvery);
    }

    public OptimiserParams withObjective(ObjectiveParams v) {
        return new OptimiserParams(neurons, dim, frequencies, v, schedule, steps, resampleEvery, epsW, epsK, kInit, recordEvery);
    }

    /** N neurons with the full budget {@code D = floor((N-1)/2)}. */
    public OptimiserParams withNeurons(int v) {
        return new OptimiserParams(v, dim, FrequencyBudget.maxFrequencies(v), objective, schedule, steps, resampleEvery,
                epsW, epsK, kInit, recordEvery);
    }

    public OptimiserParams withRecordEvery(int v) {
        return new OptimiserParams(neurons, dim, frequencies, objective, schedule, steps, resampleEvery, epsW, epsK, kInit, v);
    }
}
