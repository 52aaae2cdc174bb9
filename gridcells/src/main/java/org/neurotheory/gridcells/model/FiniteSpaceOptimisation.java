package org.neurotheory.gridcells.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.neurotheory.core.Require;
import org.neurotheory.core.progress.Progress;
import org.neurotheory.core.random.Seeds;

/**
 * One optimisation of an over-parametrised code of a finite space (Section 2.5 of the paper): the
 * {@link GecoOptimisation} loop on W and the return matrix B ({@link FiniteSpaceObjective}, samples
 * of {@link FiniteSampleSet}), with GECO weights on non-negativity and equivariance; the best
 * snapshot keeps W at the lowest separation loss among steps with both smoothed constraints met
 * ({@code C_p <= 0}, {@code C_eq < 0}). Codes are returned with row-normalised W
 * ({@link ActionableCode#overParametrised}). Its {@link LossHistory} records the equivariance loss
 * and lambda_eq in the second-constraint columns ({@link LossHistory#NORM},
 * {@link LossHistory#LAMBDA_NORM}). Resumable like {@link CodeOptimisation}.
 */
public final class FiniteSpaceOptimisation extends GecoOptimisation {
    private final FiniteOptimiserParams params;
    private final FiniteSpaceObjective objective;
    private final FiniteSampleSet samples;
    private final double[] w;

    private FiniteSpaceOptimisation(FiniteOptimiserParams params, long seed, double[] w) {
        super("finite|" + params, seed, params.steps(), params.resampleEvery(), params.recordEvery(), params.positivity(),
                params.equivariance(), false, new String[] {"Ls", "Leq"},
                new double[][] {w, new double[params.space().basisSize() * params.neurons()]},
                new double[] {params.eps(), params.eps()}, 1);
        this.params = params;
        this.w = w;
        objective = new FiniteSpaceObjective(params.neurons(), params.space(), params.objective());
        samples = new FiniteSampleSet(params.space(), params.objective());
    }

    /** A fresh optimisation: W and B with Normal(0, 1) entries from {@code Seeds.derive(seed, 0)}. */
    public static FiniteSpaceOptimisation start(FiniteOptimiserParams params, long seed) {
        FiniteSpaceOptimisation o = create(params, seed);
        SplittableRandom rng = Seeds.stream(Seeds.derive(seed, 0));
        int size = params.neurons() * params.space().basisSize();
        double[] w = new double[size];
        double[] bInv = new double[size];
        for (int i = 0; i < size; i++) {
            w[i] = rng.nextGaussian();
        }
        for (int i = 0; i < size; i++) {
            bInv[i] = rng.nextGaussian();
        }
        o.initialise(w, bInv);
        return o;
    }

    private static FiniteSpaceOptimisation create(FiniteOptimiserParams params, long seed) {
        Require.nonNull("params", params);
        return new FiniteSpaceOptimisation(params, seed, new double[params.neurons() * params.space().basisSize()]);
    }

    /** Runs the whole optimisation in one go. */
    public static OptimisationResult run(FiniteOptimiserParams params, long seed, Progress progress) {
        return start(params, seed).finish(progress);
    }

    /** Runs to the end with a checkpoint every {@code every} steps, continuing from {@code checkpoint} if it exists. */
    public static OptimisationResult runCheckpointed(FiniteOptimiserParams params, long seed, Path checkpoint, int every,
                                                     Progress progress) throws IOException {
        return finishCheckpointed(checkpoint, every, progress, () -> resume(params, seed, checkpoint), () -> start(params, seed));
    }

    /** Reads a state written by {@link #save} for the same parameters and seed. */
    public static FiniteSpaceOptimisation resume(FiniteOptimiserParams params, long seed, Path file) throws IOException {
        FiniteSpaceOptimisation o = create(params, seed);
        o.restore(file);
        return o;
    }

    /** The current row-normalised W (N x basis size, row-major; a copy): the code of any finite space. */
    public double[] normalisedWeights() {
        return LossTerms.normalised(w, params.neurons(), params.space().basisSize());
    }

    @Override
    protected void draw(SplittableRandom rng) {
        samples.draw(rng);
    }

    @Override
    protected void evaluate(double[][] wb, double lambdaPos, double lambdaEq, double[][] gradients, double[] losses) {
        objective.evaluate(wb[0], wb[1], samples, lambdaPos, lambdaEq, gradients[0], gradients[1]);
        losses[0] = objective.separation();
        losses[1] = objective.positivity();
        losses[2] = objective.equivariance();
    }

    /** The code of a periodic space (on the sphere use {@link #normalisedWeights()} and {@link #history()}). */
    @Override
    protected ActionableCode codeOf(double[][] wb) {
        Require.that(params.space() instanceof PeriodicSpace, "space", params.space(),
                "must be periodic for an ActionableCode (use normalisedWeights() on the sphere)");
        return ActionableCode.overParametrised(params.neurons(), params.dim(),
                LossTerms.normalised(wb[0], params.neurons(), params.space().basisSize()),
                ((PeriodicSpace) params.space()).frequencies());
    }
}
