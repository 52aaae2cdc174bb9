package org.neurotheory.gridcells.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.neurotheory.core.Require;
import org.neurotheory.core.ode.DivergenceException;
import org.neurotheory.core.progress.Progress;
import org.neurotheory.core.random.Seeds;

/**
 * One optimisation of an actionable code in a very large space (Section 2.4 of the paper):
 * Adam on W and K with the official variant, GECO weights on the two constraints, fresh samples
 * every {@code resampleEvery} steps, and the best-so-far rule: keep the code with the lowest
 * functional loss among steps at which both smoothed constraints are met
 * ({@code C_p <= 0} and {@code C_b < 0}).
 *
 * <p>Stateful and resumable: {@link #advance} runs to a given step; {@link #save} writes the whole
 * state; {@link #resume} reads it back, and a resumed run ends with the same bytes as an
 * uninterrupted one (samples of block t are drawn from {@code Seeds.derive(seed, 1, t)}, so no
 * generator state needs saving). {@link #runCheckpointed} does both for long runs.
 */
public final class CodeOptimisation {
    private final OptimiserParams params;
    private final long seed;
    private final OpenSpaceObjective objective;
    private final SampleSet samples;
    private final double[] w;
    private final double[] k;
    private final double[] gradW;
    private final double[] gradK;
    private final Adam adamW;
    private final Adam adamK;
    private final double[] bestW;
    private final double[] bestK;
    private double bestFunctional = Double.POSITIVE_INFINITY;
    private long bestStep = -1;
    private double lambdaPos;
    private double lambdaNorm;
    private double cPos;
    private double cNorm;
    private long step;
    private LossHistory history;

    private CodeOptimisation(OptimiserParams params, long seed) {
        this.params = Require.nonNull("params", params);
        this.seed = seed;
        int n = params.neurons();
        int d = params.frequencies();
        objective = new OpenSpaceObjective(n, d, params.dim(), params.objective());
        samples = new SampleSet(params.dim(), params.objective());
        int wSize = n * IrrepBasis.size(d);
        w = new double[wSize];
        k = new double[d * params.dim()];
        gradW = new double[wSize];
        gradK = new double[k.length];
        bestW = new double[wSize];
        bestK = new double[k.length];
        adamW = Adam.official(wSize, params.epsW());
        adamK = Adam.official(k.length, params.epsK());
        lambdaPos = params.schedule().positivity().lambda0();
        lambdaNorm = params.schedule().norm().lambda0();
        history = new LossHistory(params.steps() / params.recordEvery() + 1);
    }

    /** A fresh optimisation: {@code W ~ Normal(0, 1)}, {@code K ~ Uniform[0, kInit)^dim}, from {@code Seeds.derive(seed, 0)}. */
    public static CodeOptimisation start(OptimiserParams params, long seed) {
        CodeOptimisation o = new CodeOptimisation(params, seed);
        ActionableCode init = ActionableCode.random(params.neurons(), params.dim(), params.frequencies(), params.kInit(),
                Seeds.stream(Seeds.derive(seed, 0)));
        System.arraycopy(init.weights(), 0, o.w, 0, o.w.length);
        System.arraycopy(init.frequencyVectors(), 0, o.k, 0, o.k.length);
        return o;
    }

    /** Runs the whole optimisation in one go. */
    public static OptimisationResult run(OptimiserParams params, long seed, Progress progress) {
        CodeOptimisation o = start(params, seed);
        o.advance(params.steps(), progress);
        return o.result();
    }

    /**
     * Runs to the end, saving the state to {@code checkpoint} every {@code every} steps; if the
     * file exists (a killed run), continues from it. The file is left in place at the end.
     */
    public static OptimisationResult runCheckpointed(OptimiserParams params, long seed, Path checkpoint, int every,
                                                     Progress progress) throws IOException {
        Require.nonNull("checkpoint", checkpoint);
        Require.positive("every", every);
        CodeOptimisation o = Files.exists(checkpoint) ? resume(params, seed, checkpoint) : start(params, seed);
        progress.step(o.step);
        while (o.step < params.steps()) {
            o.advance(Math.min(params.steps(), o.step + every), progress);
            o.save(checkpoint);
        }
        return o.result();
    }

    /** Runs steps until {@code untilStep} (at most {@code params.steps()}), reporting losses and weights. */
    public void advance(long untilStep, Progress progress) {
        Require.that(untilStep >= step && untilStep <= params.steps(), "untilStep", untilStep,
                "must lie in [" + step + ", " + params.steps() + "]");
        int every = params.resampleEvery();
        if (step % every != 0 && step < untilStep) {
            samples.draw(Seeds.stream(Seeds.derive(seed, 1, step / every)));
        }
        while (step < untilStep) {
            if (step % every == 0) {
                samples.draw(Seeds.stream(Seeds.derive(seed, 1, step / every)));
            }
            objective.evaluate(w, k, samples, lambdaPos, lambdaNorm, gradW, gradK);
            double lf = objective.functional();
            double lp = objective.positivity();
            double lb = objective.norm();
            if (!Double.isFinite(lf + lp + lb)) {
                throw new DivergenceException("objective not finite at step " + step, step, concat(w, k));
            }
            if (step % params.recordEvery() == 0) {
                history.add(step, lf, lp, lb, lambdaPos, lambdaNorm);
                progress.message(String.format(Locale.ROOT, "Lf %.3f Lpos %.2e Lb %.2e lp %.3g lb %.3g",
                        lf, lp, lb, lambdaPos, lambdaNorm));
            }
            adamW.step(w, gradW, step);
            adamK.step(k, gradK, step);
            GecoSchedule sp = params.schedule().positivity();
            GecoSchedule sb = params.schedule().norm();
            cPos = sp.alpha() * cPos + (1 - sp.alpha()) * sp.violation(lp);
            cNorm = sb.alpha() * cNorm + (1 - sb.alpha()) * sb.violation(lb);
            lambdaPos *= Math.exp(sp.gamma() * cPos);
            lambdaNorm *= Math.exp(sb.gamma() * cNorm);
            if (cPos <= 0 && cNorm < 0 && lf < bestFunctional) {
                bestFunctional = lf;
                bestStep = step;
                System.arraycopy(w, 0, bestW, 0, w.length);
                System.arraycopy(k, 0, bestK, 0, k.length);
            }
            step++;
            progress.step(1);
        }
    }

    /** The steps done so far. */
    public long step() {
        return step;
    }

    /** The current code. */
    public ActionableCode code() {
        return new ActionableCode(params.neurons(), params.dim(), w, k);
    }

    /** The result so far: current code, best constraint-satisfying snapshot (if any) and the history. */
    public OptimisationResult result() {
        ActionableCode best = bestStep < 0 ? null : new ActionableCode(params.neurons(), params.dim(), bestW, bestK);
        return new OptimisationResult(code(), best, bestFunctional, bestStep, LossHistory.of(history.raw()),
                lambdaPos, lambdaNorm);
    }

    /** Writes the whole state to {@code file} (through a temporary file, then moved into place). */
    public void save(Path file) throws IOException {
        CheckpointFile.write(file, fingerprint(), step, new double[] {bestFunctional, bestStep, lambdaPos, lambdaNorm, cPos, cNorm},
                new double[][] {w, k, bestW, bestK, adamW.firstMoment(), adamW.secondMoment(), adamK.firstMoment(),
                    adamK.secondMoment(), history.raw()});
    }

    /** Reads a state written by {@link #save} for the same parameters and seed. */
    public static CodeOptimisation resume(OptimiserParams params, long seed, Path file) throws IOException {
        CodeOptimisation o = new CodeOptimisation(params, seed);
        CheckpointFile.State s = CheckpointFile.read(file, o.fingerprint());
        o.step = s.step();
        double[] sc = s.scalars();
        o.bestFunctional = sc[0];
        o.bestStep = (long) sc[1];
        o.lambdaPos = sc[2];
        o.lambdaNorm = sc[3];
        o.cPos = sc[4];
        o.cNorm = sc[5];
        double[][] a = s.arrays();
        double[][] targets = {o.w, o.k, o.bestW, o.bestK, o.adamW.firstMoment(), o.adamW.secondMoment(),
            o.adamK.firstMoment(), o.adamK.secondMoment()};
        for (int i = 0; i < targets.length; i++) {
            Require.length("checkpoint array " + i, a[i], targets[i].length);
            System.arraycopy(a[i], 0, targets[i], 0, a[i].length);
        }
        o.history = LossHistory.of(a[8]);
        return o;
    }

    private String fingerprint() {
        return params + "|seed=" + seed;
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = new double[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
