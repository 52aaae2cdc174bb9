package org.neurotheory.gridcells.experiments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import org.neurotheory.core.Require;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.progress.Progress;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.core.sweep.Sweep;
import org.neurotheory.gridcells.model.ActionableCode;
import org.neurotheory.gridcells.model.FiniteOptimiserParams;
import org.neurotheory.gridcells.model.FiniteSpaceOptimisation;
import org.neurotheory.gridcells.model.LossHistory;
import org.neurotheory.gridcells.theory.CircleEuclideanLoss;

/**
 * One figure's optimisation of a code on a finite space (Section 2.5 of the paper) with the panels
 * and checks the finite-space figures share: the figure data with its parameters recorded, the
 * optimisation run to its last step with a progress bar named after the figure, the spectrum,
 * losses and constraint weights, the frequency budget {@code floor((N-1)/2)} and the Euclidean loss
 * against its closed form (eq. 7). A figure made of one such run extends {@link Figure}.
 */
final class FiniteSpaceRun {
    private final FigureData data;
    private final FiniteSpaceOptimisation optimisation;
    private final long seed;

    private FiniteSpaceRun(FigureData data, FiniteSpaceOptimisation optimisation, long seed) {
        this.data = data;
        this.optimisation = optimisation;
        this.seed = seed;
    }

    /**
     * A figure made of one optimisation on a finite space: its parameters are a record with
     * {@code quick()} and {@code paper()} presets that holds the optimiser settings; the figure runs
     * them to the end ({@link FiniteSpaceRun#of}) and computes its panels and checks from the run.
     *
     * @param <P> the figure's parameters
     */
    abstract static class Figure<P extends Record> implements FigureSpec {
        private final Supplier<P> quick;
        private final Supplier<P> paper;
        private final Function<P, FiniteOptimiserParams> optimiser;

        /** @param quick the quick preset; @param paper the paper preset; @param optimiser the settings of the run in a preset */
        Figure(Supplier<P> quick, Supplier<P> paper, Function<P, FiniteOptimiserParams> optimiser) {
            this.quick = quick;
            this.paper = paper;
            this.optimiser = optimiser;
        }

        /** Computes the panels and checks of {@code p} from its finished run, into and returning {@code run.data()}. */
        abstract FigureData compute(P p, FiniteSpaceRun run);

        @Override
        public FigureData compute(Scale scale, long seed) {
            return compute(scale == Scale.PAPER ? paper.get() : quick.get(), seed);
        }

        /** Computes the figure with explicit parameters. */
        public FigureData compute(P p, long seed) {
            return compute(p, of(this, p, optimiser.apply(p), seed));
        }
    }

    /** Records {@code params} in a new figure of {@code figure} and runs {@code optimiser} to its end from {@code seed}. */
    static FiniteSpaceRun of(FigureSpec figure, Record params, FiniteOptimiserParams optimiser, long seed) {
        FigureData data = new FigureData(figure.title());
        data.parameters(params);
        FiniteSpaceOptimisation o = FiniteSpaceOptimisation.start(optimiser, seed);
        try (Progress progress = Progress.auto(figure.key(), optimiser.steps())) {
            o.advance(optimiser.steps(), progress);
        }
        return new FiniteSpaceRun(data, o, seed);
    }

    /**
     * Records {@code params} in a new figure of {@code figure} and runs {@code restarts} independent
     * optimisations of {@code optimiser} to their end through core's {@link Sweep} (restart i from
     * {@code Seeds.derive(seed, i)}, so the result does not depend on {@code threads}); keeps the
     * restart whose finished optimisation has the lowest {@code score}, the first of equals. One restart runs
     * from {@code seed} itself, as {@link #of} does.
     */
    static FiniteSpaceRun ofBest(FigureSpec figure, Record params, FiniteOptimiserParams optimiser, int restarts,
                                 int threads, long seed, ToDoubleFunction<FiniteSpaceOptimisation> score) {
        Require.positive("restarts", restarts);
        if (restarts == 1) {
            return of(figure, params, optimiser, seed);
        }
        List<Integer> points = new ArrayList<>();
        for (int i = 0; i < restarts; i++) {
            points.add(i);
        }
        List<Sweep.Row<Integer, FiniteSpaceOptimisation>> rows;
        try (Progress progress = Progress.auto(figure.key(), (long) restarts * optimiser.steps())) {
            rows = Sweep.run(points, seed, threads, (i, s) -> {
                FiniteSpaceOptimisation o = FiniteSpaceOptimisation.start(optimiser, s);
                o.advance(optimiser.steps(), progress);
                return o;
            });
        }
        int best = 0;
        double[] scores = new double[restarts];
        for (int i = 0; i < restarts; i++) {
            scores[i] = score.applyAsDouble(rows.get(i).result());
            if (scores[i] < scores[best]) {
                best = i;
            }
        }
        FigureData data = new FigureData(figure.title());
        data.parameters(params);
        data.note(String.format(Locale.ROOT, "Restart %d of %d kept (the lowest score: %s).", best + 1,
                restarts, Arrays.toString(Arrays.stream(scores)
                        .mapToObj(v -> String.format(Locale.ROOT, "%.3f", v)).toArray())));
        return new FiniteSpaceRun(data, rows.get(best).result(), rows.get(best).seed());
    }

    /** Validates a figure's optimiser: present, on a space of dimension {@code dim} ({@code space} names it). */
    static void requireDim(FiniteOptimiserParams optimiser, int dim, String space) {
        Require.nonNull("optimiser", optimiser);
        Require.that(optimiser.dim() == dim, "optimiser.dim", optimiser.dim(), "must be " + dim + " (" + space + ")");
    }

    FigureData data() {
        return data;
    }

    FiniteSpaceOptimisation optimisation() {
        return optimisation;
    }

    /** The seed the optimisation started from (figures derive their further draws from it). */
    long seed() {
        return seed;
    }

    /** The final code (a periodic space). */
    ActionableCode code() {
        return optimisation.code();
    }

    /** Rates {@code [neuron][i]} of the final code of a circle at the angles {@code theta}. */
    double[][] circleRates(double[] theta) {
        ActionableCode code = code();
        double[][] y = new double[code.neurons()][theta.length];
        for (int i = 0; i < theta.length; i++) {
            double[] g = code.rates(theta[i]);
            for (int neuron = 0; neuron < g.length; neuron++) {
                y[neuron][i] = g[neuron];
            }
        }
        return y;
    }

    /**
     * Panel "spectrum": the power of each frequency against {@code x} (one value per frequency), and
     * the constant's, on a log axis (the constant and the strongest frequencies are several decades
     * above the rest, which a linear axis would show as zeros); returns the powers.
     */
    double[] spectrum(double[] x, String xLabel, String powerLabel) {
        ActionableCode code = code();
        double[] power = code.powers();
        data.panel("spectrum", xLabel, powerLabel).logY().markers("frequencies", x, power)
                .markers("constant |a_0|^2", new double[] {0}, new double[] {code.constantPower()});
        return power;
    }

    /** The first coordinate of every frequency (the integer frequencies of a circle). */
    double[] circleFrequencies() {
        ActionableCode code = code();
        double[] freq = new double[code.frequencies()];
        for (int f = 0; f < freq.length; f++) {
            freq[f] = code.frequency(f)[0];
        }
        return freq;
    }

    /**
     * Notes the strongest frequencies (as {@link #strongestLabelled} gives them) and checks that
     * the {@code floor((N-1)/2)} strongest carry at least 95% of the power (the budget the
     * equivariance loss imposes).
     */
    void budget(String strongest) {
        data.note("Strongest frequencies: " + strongest + ".");
        data.check(Check.atLeast("share of the power on the floor((N-1)/2) strongest frequencies", 0.95,
                budgetShare(code()), 0));
    }

    /** {@code min(worst, min(v) / max(v))}: the most negative rate relative to the peak so far. */
    static double worstRatio(double[] v, double worst) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        return Math.min(worst, min / max);
    }

    /** The largest of {@code v}. */
    static double max(double[] v) {
        double max = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            max = Math.max(max, x);
        }
        return max;
    }

    /** Separation loss (linear), constraint losses and weights (log) of the run. */
    void losses(String second, String secondLambda) {
        LossHistory h = optimisation.history();
        double[] step = h.column(LossHistory.STEP);
        data.panel("separation loss", "step", "L_sep").line("separation", step, h.column(LossHistory.FUNCTIONAL));
        data.panel("constraint losses", "step", "loss").logY()
                .line("positivity", step, floor(h.column(LossHistory.POSITIVITY)))
                .line(second, step, floor(h.column(LossHistory.NORM)));
        data.panel("constraint weights", "step", "lambda").logY()
                .line("lambda_p (positivity)", step, h.column(LossHistory.LAMBDA_POS))
                .line(secondLambda, step, h.column(LossHistory.LAMBDA_NORM));
    }

    /** "n (share)" of the {@code count} strongest frequencies. */
    static String strongest(double[] freq, double[] power, int count) {
        String[] labels = new String[freq.length];
        for (int i = 0; i < freq.length; i++) {
            labels[i] = String.format(Locale.ROOT, "%.0f", freq[i]);
        }
        return strongestLabelled(labels, power, count);
    }

    /** "label (share)" of the {@code count} strongest frequencies. */
    static String strongestLabelled(String[] labels, double[] power, int count) {
        Integer[] idx = new Integer[labels.length];
        double total = 0;
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
            total += power[i];
        }
        Arrays.sort(idx, (a, b) -> Double.compare(power[b], power[a]));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(count, idx.length); i++) {
            sb.append(i == 0 ? "" : ", ").append(labels[idx[i]]).append(String.format(Locale.ROOT, " (%.2f)", power[idx[i]] / total));
        }
        return sb.toString();
    }

    /**
     * Share of the non-constant power on the harmonics {@code n0, 2 n0, ..., budget n0} of one base,
     * {@code n0} the greatest common divisor of the integer frequencies holding at least 1% of the
     * power: 1 for the one-module code of Fig. 3C (all tuning curves periodic with period
     * {@code 2 pi / n0}), small for a code whose main frequencies share no base.
     */
    static double harmonicShare(double[] freq, double[] power, int budget) {
        double total = 0;
        for (double v : power) {
            total += v;
        }
        long base = 0;
        for (int i = 0; i < freq.length; i++) {
            if (power[i] >= 0.01 * total) {
                base = gcd(base, Math.round(Math.abs(freq[i])));
            }
        }
        double on = 0;
        for (int i = 0; i < freq.length; i++) {
            long n = Math.round(Math.abs(freq[i]));
            if (base > 0 && n % base == 0 && n / base >= 1 && n / base <= budget) {
                on += power[i];
            }
        }
        return on / total;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /** Share of the non-constant power on the {@code floor((N-1)/2)} strongest frequencies (the budget). */
    static double budgetShare(ActionableCode code) {
        double[] power = code.powers();
        int d = power.length;
        double total = 0;
        for (double v : power) {
            total += v;
        }
        Arrays.sort(power);
        double top = 0;
        for (int i = 0; i < Math.min(d, (code.neurons() - 1) / 2); i++) {
            top += power[d - 1 - i];
        }
        return top / total;
    }

    /**
     * Check: Monte-Carlo {@code -E|g(x) - g(x')|^2} over uniform pairs of the space (drawn from
     * {@code Seeds.derive(seed, 7)} of the run's seed) against the closed form
     * {@code -sum_d (|a_d|^2 + |b_d|^2)} (eq. 7; distinct integer frequencies), within 4 standard errors.
     */
    void euclideanCheck(int pairs) {
        ActionableCode code = code();
        SplittableRandom rng = Seeds.stream(Seeds.derive(seed, 7));
        int dim = code.dim();
        double[] x1 = new double[dim];
        double[] x2 = new double[dim];
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < pairs; i++) {
            for (int j = 0; j < dim; j++) {
                x1[j] = 2 * Math.PI * rng.nextDouble();
            }
            for (int j = 0; j < dim; j++) {
                x2[j] = 2 * Math.PI * rng.nextDouble();
            }
            double[] g1 = code.rates(x1);
            double[] g2 = code.rates(x2);
            double s = 0;
            for (int j = 0; j < g1.length; j++) {
                s += (g1[j] - g2[j]) * (g1[j] - g2[j]);
            }
            sum += s;
            sumSq += s * s;
        }
        double mean = sum / pairs;
        double se = Math.sqrt(Math.max(0, sumSq / pairs - mean * mean) / pairs);
        int d = code.frequencies();
        double[][] a = new double[d][code.neurons()];
        double[][] b = new double[d][code.neurons()];
        double[] w = code.weights();
        int bs = code.basisSize();
        for (int f = 0; f < d; f++) {
            for (int n = 0; n < code.neurons(); n++) {
                a[f][n] = w[n * bs + 2 * f + 1];
                b[f][n] = w[n * bs + 2 * f + 2];
            }
        }
        data.check(Check.absolute("Euclidean loss L_0: Monte Carlo vs closed form (eq. 7), 4 standard errors",
                CircleEuclideanLoss.loss(a, b), -mean, 4 * se));
    }

    private static double[] floor(double[] v) {
        double[] out = v.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.max(out[i], 1e-12);
        }
        return out;
    }
}
