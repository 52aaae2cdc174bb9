package org.neurotheory.gridcells.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.neurotheory.core.Require;
import org.neurotheory.core.ode.DivergenceException;
import org.neurotheory.core.progress.Progress;
import org.neurotheory.core.random.Seeds;

/**
 * The optimisation loop shared by every code of the paper (Sections 2.4-2.5 and Appendix B):
 * minimise {@code L = L_sep + lambda_p L_pos + lambda_2 L_2} by Adam (the official variant,
 * {@link Adam}) on a few parameter arrays, with the two constraint weights following their GECO
 * schedules ({@link GecoSchedule}: {@code C <- alpha C + (1 - alpha) c}, {@code lambda <- lambda exp(gamma C)}),
 * fresh samples every {@code resampleEvery} steps, and the best-so-far rule: keep the code with the
 * lowest separation loss among steps at which both smoothed constraints are met
 * ({@code C_p <= 0} and {@code C_2 < 0}). The second constraint is the bounded-activity loss on
 * very large spaces ({@link CodeOptimisation}) and the equivariance loss on finite ones
 * ({@link FiniteSpaceOptimisation}); the subclass supplies the objective, the samples and how
 * arrays become a code.
 *
 * <p>The first {@code codeArrays} parameter arrays define the code (W and K; W alone when the
 * others are auxiliary, like the return matrix B): only those are kept in the best snapshot and
 * reported with a {@link DivergenceException}.
 *
 * <p>Stateful and resumable: {@link #advance} runs to a given step; {@link #save} writes the whole
 * state; {@link #restore} reads it back, and a resumed run ends with the same bytes as an
 * uninterrupted one (samples of block t are drawn from {@code Seeds.derive(seed, 1, t)}, so no
 * generator state needs saving). Apart from the progress message of a recorded step and the
 * generator of a sample block, the loop allocates nothing.
 */
public abstract class GecoOptimisation {
    private final String fingerprint;
    private final long seed;
    private final int steps;
    private final int resampleEvery;
    private final int recordEvery;
    private final GecoSchedule positivitySchedule;
    private final GecoSchedule secondSchedule;
    private final boolean snapshotAfterUpdate;
    private final String[] labels;
    private final double[][] parameters;
    private final double[][] gradients;
    private final Adam[] adams;
    private final double[][] best;
    private final double[] losses = new double[3];
    private double bestLoss = Double.POSITIVE_INFINITY;
    private long bestStep = -1;
    private double lambdaPos;
    private double lambdaSecond;
    private double cPos;
    private double cSecond;
    private long step;
    private LossHistory history;

    /**
     * The settings of one loop.
     *
     * @param fingerprint         what a checkpoint must have been written for (parameters and seed)
     * @param seed                base seed of the sample blocks
     * @param steps               T, gradient steps
     * @param resampleEvery       steps between fresh sample sets
     * @param recordEvery         steps between recorded losses
     * @param positivity          GECO schedule of lambda_p
     * @param second              GECO schedule of the second constraint's weight
     * @param snapshotAfterUpdate take the best snapshot after the Adam step of the step whose loss met
     *                            the rule (very large spaces) rather than before it (finite spaces)
     * @param labels              progress labels of the separation loss and the second constraint
     *                            (e.g. "Lf", "Lb"); the weight is labelled in lower case
     * @param parameters          the trained arrays (updated in place), the code arrays first
     * @param stepSizes           Adam step size of each array
     * @param codeArrays          how many leading arrays define the code
     */
    protected GecoOptimisation(String fingerprint, long seed, int steps, int resampleEvery, int recordEvery,
                               GecoSchedule positivity, GecoSchedule second, boolean snapshotAfterUpdate,
                               String[] labels, double[][] parameters, double[] stepSizes, int codeArrays) {
        this.fingerprint = fingerprint + "|seed=" + seed;
        this.seed = seed;
        this.steps = steps;
        this.resampleEvery = resampleEvery;
        this.recordEvery = recordEvery;
        this.positivitySchedule = positivity;
        this.secondSchedule = second;
        this.snapshotAfterUpdate = snapshotAfterUpdate;
        this.labels = labels;
        this.parameters = parameters;
        gradients = new double[parameters.length][];
        adams = new Adam[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            gradients[i] = new double[parameters[i].length];
            adams[i] = Adam.official(parameters[i].length, stepSizes[i]);
        }
        best = new double[codeArrays][];
        for (int i = 0; i < codeArrays; i++) {
            best[i] = new double[parameters[i].length];
        }
        lambdaPos = positivity.lambda0();
        lambdaSecond = second.lambda0();
        history = new LossHistory(steps / recordEvery + 1);
    }

    /** Sets the parameter arrays (a fresh start), in constructor order. */
    protected final void initialise(double[]... values) {
        Require.that(values.length == parameters.length, "values", values.length, "must be " + parameters.length + " arrays");
        for (int i = 0; i < values.length; i++) {
            Require.length("values[" + i + "]", values[i], parameters[i].length);
            System.arraycopy(values[i], 0, parameters[i], 0, values[i].length);
        }
    }

    /** Redraws the sample set from {@code rng}. */
    protected abstract void draw(SplittableRandom rng);

    /**
     * Evaluates the objective at the current {@code parameters}, writes the gradient of
     * {@code L_sep + lambdaPos L_pos + lambdaSecond L_2} into {@code gradients} and the three
     * losses (separation, positivity, second constraint) into {@code losses}.
     */
    protected abstract void evaluate(double[][] parameters, double lambdaPos, double lambdaSecond,
                                     double[][] gradients, double[] losses);

    /** The code of the given code arrays (the current ones or the best snapshot). */
    protected abstract ActionableCode codeOf(double[][] codeArrays);

    /** Runs steps until {@code untilStep} (at most the number of steps), reporting losses and weights. */
    public final void advance(long untilStep, Progress progress) {
        Require.that(untilStep >= step && untilStep <= steps, "untilStep", untilStep,
                "must lie in [" + step + ", " + steps + "]");
        if (step % resampleEvery != 0 && step < untilStep) {
            draw(Seeds.stream(Seeds.derive(seed, 1, step / resampleEvery)));
        }
        GecoSchedule sp = positivitySchedule;
        GecoSchedule s2 = secondSchedule;
        while (step < untilStep) {
            if (step % resampleEvery == 0) {
                draw(Seeds.stream(Seeds.derive(seed, 1, step / resampleEvery)));
            }
            evaluate(parameters, lambdaPos, lambdaSecond, gradients, losses);
            double ls = losses[0];
            double lp = losses[1];
            double l2 = losses[2];
            if (!Double.isFinite(ls + lp + l2)) {
                throw new DivergenceException("objective not finite at step " + step, step, concat(parameters, best.length));
            }
            if (step % recordEvery == 0) {
                history.add(step, ls, lp, l2, lambdaPos, lambdaSecond);
                progress.message(String.format(Locale.ROOT, "%s %.3f Lpos %.2e %s %.2e lp %.3g %s %.3g", labels[0], ls,
                        lp, labels[1], l2, lambdaPos, labels[1].toLowerCase(Locale.ROOT), lambdaSecond));
            }
            if (snapshotAfterUpdate) {
                update();
            }
            cPos = sp.alpha() * cPos + (1 - sp.alpha()) * sp.violation(lp);
            cSecond = s2.alpha() * cSecond + (1 - s2.alpha()) * s2.violation(l2);
            lambdaPos *= Math.exp(sp.gamma() * cPos);
            lambdaSecond *= Math.exp(s2.gamma() * cSecond);
            if (cPos <= 0 && cSecond < 0 && ls < bestLoss) {
                bestLoss = ls;
                bestStep = step;
                for (int i = 0; i < best.length; i++) {
                    System.arraycopy(parameters[i], 0, best[i], 0, best[i].length);
                }
            }
            if (!snapshotAfterUpdate) {
                update();
            }
            step++;
            progress.step(1);
        }
    }

    private void update() {
        for (int i = 0; i < parameters.length; i++) {
            adams[i].step(parameters[i], gradients[i], step);
        }
    }

    /** Runs the remaining steps and returns the result. */
    protected final OptimisationResult finish(Progress progress) {
        advance(steps, progress);
        return result();
    }

    /** Reads back a saved optimisation (a checkpoint exists). */
    @FunctionalInterface
    protected interface Resume {
        GecoOptimisation read() throws IOException;
    }

    /**
     * Runs to the end, saving the state to {@code checkpoint} every {@code every} steps; if the
     * file exists (a killed run), continues from it ({@code resume}), else from {@code start}. The
     * file is left in place at the end.
     */
    protected static OptimisationResult finishCheckpointed(Path checkpoint, int every, Progress progress, Resume resume,
                                                           Supplier<? extends GecoOptimisation> start) throws IOException {
        Require.nonNull("checkpoint", checkpoint);
        Require.positive("every", every);
        GecoOptimisation o = Files.exists(checkpoint) ? resume.read() : start.get();
        progress.step(o.step);
        while (o.step < o.steps) {
            o.advance(Math.min(o.steps, o.step + every), progress);
            o.save(checkpoint);
        }
        return o.result();
    }

    /** The steps done so far. */
    public final long step() {
        return step;
    }

    /** The current code. */
    public final ActionableCode code() {
        return codeOf(parameters);
    }

    /** The losses and constraint weights recorded so far. */
    public final LossHistory history() {
        return LossHistory.of(history.raw());
    }

    /** The result so far: current code, best constraint-satisfying snapshot (if any) and the history. */
    public final OptimisationResult result() {
        ActionableCode snapshot = bestStep < 0 ? null : codeOf(best);
        return new OptimisationResult(code(), snapshot, bestLoss, bestStep, history(), lambdaPos, lambdaSecond);
    }

    /** Writes the whole state to {@code file} (through a temporary file, then moved into place). */
    public final void save(Path file) throws IOException {
        double[][] state = stateArrays();
        double[][] arrays = Arrays.copyOf(state, state.length + 1);
        arrays[state.length] = history.raw();
        CheckpointFile.write(file, fingerprint, step,
                new double[] {bestLoss, bestStep, lambdaPos, lambdaSecond, cPos, cSecond}, arrays);
    }

    /** Reads back a state written by {@link #save} for the same parameters and seed. */
    protected final void restore(Path file) throws IOException {
        CheckpointFile.State s = CheckpointFile.read(file, fingerprint);
        step = s.step();
        double[] sc = s.scalars();
        bestLoss = sc[0];
        bestStep = (long) sc[1];
        lambdaPos = sc[2];
        lambdaSecond = sc[3];
        cPos = sc[4];
        cSecond = sc[5];
        double[][] a = s.arrays();
        double[][] targets = stateArrays();
        Require.that(a.length == targets.length + 1, "checkpoint arrays", a.length,
                "must be " + (targets.length + 1) + " for this optimisation");
        for (int i = 0; i < targets.length; i++) {
            Require.length("checkpoint array " + i, a[i], targets[i].length);
            System.arraycopy(a[i], 0, targets[i], 0, a[i].length);
        }
        history = LossHistory.of(a[targets.length]);
    }

    /** The saved arrays in file order: parameters, best snapshot, Adam moments (first, second) per parameter array. */
    private double[][] stateArrays() {
        int p = parameters.length;
        double[][] arrays = new double[3 * p + best.length][];
        System.arraycopy(parameters, 0, arrays, 0, p);
        System.arraycopy(best, 0, arrays, p, best.length);
        for (int i = 0; i < p; i++) {
            arrays[p + best.length + 2 * i] = adams[i].firstMoment();
            arrays[p + best.length + 2 * i + 1] = adams[i].secondMoment();
        }
        return arrays;
    }

    private static double[] concat(double[][] arrays, int count) {
        int size = 0;
        for (int i = 0; i < count; i++) {
            size += arrays[i].length;
        }
        double[] out = new double[size];
        int o = 0;
        for (int i = 0; i < count; i++) {
            System.arraycopy(arrays[i], 0, out, o, arrays[i].length);
            o += arrays[i].length;
        }
        return out;
    }
}
