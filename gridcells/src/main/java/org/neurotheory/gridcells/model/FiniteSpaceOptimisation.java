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
 * One optimisation of an over-parametrised code of a finite space (Section 2.5 of the
 * paper): Adam (official variant) on W and the return matrix B, GECO weights on non-negativity and
 * equivariance, fresh samples every {@code resampleEvery} steps (block t from
 * {@code Seeds.derive(seed, 1, t)}), and the best-so-far rule: the lowest separation loss among
 * steps with both smoothed constraints met ({@code C_p <= 0}, {@code C_eq < 0}). Codes are returned
 * with row-normalised W ({@link ActionableCode#overParametrised}). Its {@link LossHistory} records
 * the equivariance loss and lambda_eq in the second-constraint columns ({@link LossHistory#NORM},
 * {@link LossHistory#LAMBDA_NORM}). Resumable like {@link CodeOptimisation}.
 */
public final class FiniteSpaceOptimisation {
    private final FiniteOptimiserParams params;
    private final long seed;
    private final FiniteSpaceObjective objective;
    private final FiniteSampleSet samples;
    private final double[] w;
    private final double[] bInv;
    private final double[] gradW;
    private final double[] gradB;
    private final Adam adamW;
    private final Adam adamB;
    private final double[] bestW;
    private double bestSeparation = Double.POSITIVE_INFINITY;
    private long bestStep = -1;
    private double lambdaPos;
    private double lambdaEq;
    private double cPos;
    private double cEq;
    private long step;
    private LossHistory history;

    private FiniteSpaceOptimisation(FiniteOptimiserParams params, long seed) {
        this.params = Require.nonNull("params", params);
        this.seed = seed;
        int n = params.neurons();
        int b = params.space().basisSize();
        objective = new FiniteSpaceObjective(n, params.space(), params.objective());
        samples = new FiniteSampleSet(params.space(), params.objective());
        w = new double[n * b];
        bInv = new double[b * n];
        gradW = new double[w.length];
        gradB = new double[bInv.length];
        bestW = new double[w.length];
        adamW = Adam.official(w.length, params.eps());
        adamB = Adam.official(bInv.length, params.eps());
        lambdaPos = params.positivity().lambda0();
        lambdaEq = params.equivariance().lambda0();
        history = new LossHistory(params.steps() / params.recordEvery() + 1);
    }

    /** A fresh optimisation: W and B with Normal(0, 1) entries from {@code Seeds.derive(seed, 0)}. */
    public static FiniteSpaceOptimisation start(FiniteOptimiserParams params, long seed) {
        FiniteSpaceOptimisation o = new FiniteSpaceOptimisation(params, seed);
        java.util.SplittableRandom rng = Seeds.stream(Seeds.derive(seed, 0));
        for (int i = 0; i < o.w.length; i++) {
            o.w[i] = rng.nextGaussian();
        }
        for (int i = 0; i < o.bInv.length; i++) {
            o.bInv[i] = rng.nextGaussian();
        }
        return o;
    }

    /** Runs the whole optimisation in one go. */
    public static OptimisationResult run(FiniteOptimiserParams params, long seed, Progress progress) {
        FiniteSpaceOptimisation o = start(params, seed);
        o.advance(params.steps(), progress);
        return o.result();
    }

    /** Runs to the end with a checkpoint every {@code every} steps, continuing from {@code checkpoint} if it exists. */
    public static OptimisationResult runCheckpointed(FiniteOptimiserParams params, long seed, Path checkpoint, int every,
                                                     Progress progress) throws IOException {
        Require.nonNull("checkpoint", checkpoint);
        Require.positive("every", every);
        FiniteSpaceOptimisation o = Files.exists(checkpoint) ? resume(params, seed, checkpoint) : start(params, seed);
        progress.step(o.step);
        while (o.step < params.steps()) {
            o.advance(Math.min(params.steps(), o.step + every), progress);
            o.save(checkpoint);
        }
        return o.result();
    }

    /** Runs steps until {@code untilStep} (at most {@code params.steps()}). */
    public void advance(long untilStep, Progress progress) {
        Require.that(untilStep >= step && untilStep <= params.steps(), "untilStep", untilStep,
                "must lie in [" + step + ", " + params.steps() + "]");
        int every = params.resampleEvery();
        if (step % every != 0 && step < untilStep) {
            samples.draw(Seeds.stream(Seeds.derive(seed, 1, step / every)));
        }
        GecoSchedule sp = params.positivity();
        GecoSchedule se = params.equivariance();
        while (step < untilStep) {
            if (step % every == 0) {
                samples.draw(Seeds.stream(Seeds.derive(seed, 1, step / every)));
            }
            objective.evaluate(w, bInv, samples, lambdaPos, lambdaEq, gradW, gradB);
            double ls = objective.separation();
            double lp = objective.positivity();
            double le = objective.equivariance();
            if (!Double.isFinite(ls + lp + le)) {
                throw new DivergenceException("objective not finite at step " + step, step, w.clone());
            }
            if (step % params.recordEvery() == 0) {
                history.add(step, ls, lp, le, lambdaPos, lambdaEq);
                progress.message(String.format(Locale.ROOT, "Ls %.3f Lpos %.2e Leq %.2e lp %.3g leq %.3g",
                        ls, lp, le, lambdaPos, lambdaEq));
            }
            cPos = sp.alpha() * cPos + (1 - sp.alpha()) * sp.violation(lp);
            cEq = se.alpha() * cEq + (1 - se.alpha()) * se.violation(le);
            lambdaPos *= Math.exp(sp.gamma() * cPos);
            lambdaEq *= Math.exp(se.gamma() * cEq);
            if (cPos <= 0 && cEq < 0 && ls < bestSeparation) {
                bestSeparation = ls;
                bestStep = step;
                System.arraycopy(w, 0, bestW, 0, w.length);
            }
            adamW.step(w, gradW, step);
            adamB.step(bInv, gradB, step);
            step++;
            progress.step(1);
        }
    }

    /** The steps done so far. */
    public long step() {
        return step;
    }

    /** The current code (row-normalised W) of a periodic space. */
    public ActionableCode code() {
        return codeOf(w);
    }

    /** The current row-normalised W (N x basis size, row-major; a copy): the code of any finite space. */
    public double[] normalisedWeights() {
        return normalised(w);
    }

    /** The losses and constraint weights recorded so far. */
    public LossHistory history() {
        return LossHistory.of(history.raw());
    }

    /** The result so far (periodic spaces; on the sphere use {@link #normalisedWeights()} and {@link #history()}). */
    public OptimisationResult result() {
        ActionableCode best = bestStep < 0 ? null : codeOf(bestW);
        return new OptimisationResult(code(), best, bestSeparation, bestStep, LossHistory.of(history.raw()), lambdaPos,
                lambdaEq);
    }

    /** Writes the whole state to {@code file}. */
    public void save(Path file) throws IOException {
        CheckpointFile.write(file, fingerprint(), step, new double[] {bestSeparation, bestStep, lambdaPos, lambdaEq, cPos, cEq},
                new double[][] {w, bInv, bestW, adamW.firstMoment(), adamW.secondMoment(), adamB.firstMoment(),
                    adamB.secondMoment(), history.raw()});
    }

    /** Reads a state written by {@link #save} for the same parameters and seed. */
    public static FiniteSpaceOptimisation resume(FiniteOptimiserParams params, long seed, Path file) throws IOException {
        FiniteSpaceOptimisation o = new FiniteSpaceOptimisation(params, seed);
        CheckpointFile.State s = CheckpointFile.read(file, o.fingerprint());
        o.step = s.step();
        double[] sc = s.scalars();
        o.bestSeparation = sc[0];
        o.bestStep = (long) sc[1];
        o.lambdaPos = sc[2];
        o.lambdaEq = sc[3];
        o.cPos = sc[4];
        o.cEq = sc[5];
        double[][] a = s.arrays();
        double[][] targets = {o.w, o.bInv, o.bestW, o.adamW.firstMoment(), o.adamW.secondMoment(), o.adamB.firstMoment(),
            o.adamB.secondMoment()};
        for (int i = 0; i < targets.length; i++) {
            Require.length("checkpoint array " + i, a[i], targets[i].length);
            System.arraycopy(a[i], 0, targets[i], 0, a[i].length);
        }
        o.history = LossHistory.of(a[7]);
        return o;
    }

    private ActionableCode codeOf(double[] weights) {
        Require.that(params.space() instanceof PeriodicSpace, "space", params.space(),
                "must be periodic for an ActionableCode (use normalisedWeights() on the sphere)");
        return ActionableCode.overParametrised(params.neurons(), params.dim(), normalised(weights),
                ((PeriodicSpace) params.space()).frequencies());
    }

    private double[] normalised(double[] weights) {
        int b = params.space().basisSize();
        double[] out = new double[weights.length];
        for (int i = 0; i < params.neurons(); i++) {
            double s = 0;
            for (int j = 0; j < b; j++) {
                s += weights[i * b + j] * weights[i * b + j];
            }
            double inv = 1 / Math.sqrt(s);
            for (int j = 0; j < b; j++) {
                out[i * b + j] = weights[i * b + j] * inv;
            }
        }
        return out;
    }

    private String fingerprint() {
        return "finite|" + params + "|seed=" + seed;
    }
}
