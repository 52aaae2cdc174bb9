package org.neurotheory.gridcells.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import org.neurotheory.core.Require;
import org.neurotheory.core.progress.Progress;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.core.sweep.ResumeDirectory;

/**
 * One optimisation of an actionable code in a very large space (Section 2.4 of the paper): the
 * {@link GecoOptimisation} loop on W and K ({@link OpenSpaceObjective}, samples of
 * {@link SampleSet}), with GECO weights on the non-negativity and bounded-activity constraints
 * ({@code C_p <= 0} and {@code C_b < 0} for the best snapshot, which keeps the lowest functional
 * loss). The snapshot is the code after the update of the step whose loss met the rule, one step
 * past the measured code (the official plane script keeps the measured one; the difference is one
 * Adam step).
 *
 * <p>Resumable: {@link #save} and {@link #resume} give the same bytes as an uninterrupted run;
 * {@link #runCheckpointed} does both for long runs.
 */
public final class CodeOptimisation extends GecoOptimisation {
    /** Steps between checkpoints of the paper-scale plane optimisations (sweep points, Fig. 2B). */
    public static final int CHECKPOINT_EVERY = 5000;

    private final OptimiserParams params;
    private final OpenSpaceObjective objective;
    private final SampleSet samples;

    private CodeOptimisation(OptimiserParams params, long seed) {
        super(params.toString(), seed, params.steps(), params.resampleEvery(), params.recordEvery(),
                params.schedule().positivity(), params.schedule().norm(), true, new String[] {"Lf", "Lb"},
                new double[][] {new double[params.neurons() * IrrepBasis.size(params.frequencies())],
                    new double[params.frequencies() * params.dim()]},
                new double[] {params.epsW(), params.epsK()}, 2);
        this.params = params;
        objective = new OpenSpaceObjective(params.neurons(), params.frequencies(), params.dim(), params.objective());
        samples = new SampleSet(params.dim(), params.objective());
    }

    /** A fresh optimisation: {@code W ~ Normal(0, 1)}, {@code K ~ Uniform[0, kInit)^dim}, from {@code Seeds.derive(seed, 0)}. */
    public static CodeOptimisation start(OptimiserParams params, long seed) {
        CodeOptimisation o = new CodeOptimisation(Require.nonNull("params", params), seed);
        ActionableCode init = ActionableCode.random(params.neurons(), params.dim(), params.frequencies(), params.kInit(),
                Seeds.stream(Seeds.derive(seed, 0)));
        o.initialise(init.weights(), init.frequencyVectors());
        return o;
    }

    /** Runs the whole optimisation in one go. */
    public static OptimisationResult run(OptimiserParams params, long seed, Progress progress) {
        return start(params, seed).finish(progress);
    }

    /**
     * Runs to the end, saving the state to {@code checkpoint} every {@code every} steps; if the
     * file exists (a killed run), continues from it. The file is left in place at the end.
     */
    public static OptimisationResult runCheckpointed(OptimiserParams params, long seed, Path checkpoint, int every,
                                                     Progress progress) throws IOException {
        return finishCheckpointed(checkpoint, every, progress, () -> resume(params, seed, checkpoint), () -> start(params, seed));
    }

    /**
     * The checkpoint file {@code neurotheory-<label>-<hash>.ckpt} in core's {@code ResumeDirectory}
     * ({@code <out>/resume} under {@code reproduce}, else the temporary directory), where
     * {@code hash} is that of the settings' text (stable across JVMs, unlike a record's hashCode with an
     * enum inside): a killed run with the same label and settings resumes from it, a finished one is
     * read back, and other settings never read it. Delete the file to recompute.
     */
    public static Path checkpointFile(String label, OptimiserParams params) {
        Require.that(label != null && label.matches("[A-Za-z0-9._-]+"), "label", label, "must be a non-empty file-name part ([A-Za-z0-9._-])");
        Require.nonNull("params", params);
        return ResumeDirectory.get().resolve(String.format(Locale.ROOT, "neurotheory-%s-%08x.ckpt", label,
                params.toString().hashCode()));
    }

    /** Reads a state written by {@link #save} for the same parameters and seed. */
    public static CodeOptimisation resume(OptimiserParams params, long seed, Path file) throws IOException {
        CodeOptimisation o = new CodeOptimisation(Require.nonNull("params", params), seed);
        o.restore(file);
        return o;
    }

    @Override
    protected void draw(SplittableRandom rng) {
        samples.draw(rng);
    }

    @Override
    protected void evaluate(double[][] wk, double lambdaPos, double lambdaNorm, double[][] gradients, double[] losses) {
        objective.evaluate(wk[0], wk[1], samples, lambdaPos, lambdaNorm, gradients[0], gradients[1]);
        losses[0] = objective.functional();
        losses[1] = objective.positivity();
        losses[2] = objective.norm();
    }

    @Override
    protected ActionableCode codeOf(double[][] wk) {
        return new ActionableCode(params.neurons(), params.dim(), wk[0], wk[1]);
    }
}
