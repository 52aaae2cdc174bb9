package org.neurotheory.popcodes.experiments;

import java.awt.Color;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.neurotheory.core.Require;
import org.neurotheory.core.linalg.Vectors;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Role;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.popcodes.data.CircuitSampler;
import org.neurotheory.popcodes.data.RecipePopulations;
import org.neurotheory.popcodes.model.DownstreamStage;
import org.neurotheory.popcodes.model.TuningCurves;
import org.neurotheory.popcodes.theory.BiasCorrectedFisher;
import org.neurotheory.popcodes.theory.EigenInformation;
import org.neurotheory.popcodes.theory.FisherSolver;
import org.neurotheory.popcodes.theory.PropagationBound;
import org.neurotheory.popcodes.theory.RankOneInformation;
import org.neurotheory.popcodes.theory.Redundancy;

/**
 * Figs 2 and 7 (§4.1-4.2, 4.6): two populations with the same tuning curves and the same
 * input information {@code I_x(s)} at every stimulus, one in the optimal family (green) and one
 * not (blue), corrupted downstream by i.i.d. Gaussian noise of variance sigma^2. Panel a: 20
 * tuning curves; b: stimulus-averaged {@code I_y} vs sigma^2 (Eq. E5) with the bound E7; c:
 * correlated vs trial-shuffled {@code I_x} (E1, E2); d: where the information sits in the
 * eigen-directions of the covariance (E11); mc: simulated circuit vs closed form at one stimulus.
 */
class RobustnessComparison implements FigureSpec {
    /**
     * Settings.
     *
     * @param mcTrials simulated trials of the circuit at each noise level
     */
    public record Params(int mcTrials) {
        public Params {
            Require.positive("mcTrials", mcTrials);
        }

        /** 20000 trials. */
        public static Params paper() {
            return new Params(20000);
        }

        /** 3000 trials. */
        public static Params quick() {
            return new Params(3000);
        }
    }

    /** Condition names and the paper's colours of the two codes. */
    static final String GREEN = "green code";
    static final String BLUE = "blue code";
    private static final Color GREEN_COLOUR = new Color(0x1B9E3E);
    private static final Color BLUE_COLOUR = new Color(0x1F5FBF);

    static final double[] NOISE = {0, 0.01, 0.03, 0.1, 0.3, 1, 3, 10, 30, 100};
    private static final int NEURONS = 100;
    private static final int STIMULI = 100;
    private static final double MC_STIMULUS = 0.7;
    private static final double[] MC_NOISE = {0.1, 1, 10};

    private final String key;
    private final String title;
    private final RecipePopulations recipe;
    private final boolean redundant;
    private final String[][] reference;

    /**
     * @param reference reference rows {sigma2, green I_y, blue I_y}; row 0 is
     *                  {I_x, green I_shuf, blue I_shuf}; kept as printed, so that the tolerance is
     *                  half a unit of the last printed digit
     */
    RobustnessComparison(String key, String title, RecipePopulations recipe, boolean redundant, String[][] reference) {
        this.key = key;
        this.title = title;
        this.recipe = recipe;
        this.redundant = redundant;
        this.reference = reference;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public FigureData compute(Scale scale, long seed) {
        int trials = scale.pick(Params.quick(), Params.paper()).mcTrials();
        FigureData data = new FigureData(title).parameters(recipe).parameter("neurons", NEURONS)
                .parameter("stimuli", STIMULI).parameter("noiseVariances", NOISE).parameter("mcTrials", trials)
                .parameter("mcStimulus", MC_STIMULUS);
        data.note("Reconstruction (§4.1): the paper's Eq. (4) and tuning parameters were not available;"
                + " both populations follow the reference recipe, so the numbers are not the paper's.");
        TuningCurves tuning = TuningCurves.recipe(NEURONS);
        tuningPanel(data, tuning, seed);

        FisherSolver solver = new FisherSolver(NEURONS);
        double[] fprime = new double[NEURONS];
        double[] green = new double[NOISE.length];
        double[] blue = new double[NOISE.length];
        double[] bound = new double[NOISE.length];
        double ix = 0;
        double shufGreen = 0;
        double shufBlue = 0;
        double worstEqualIx = 0;
        double worstGreenVsBound = 0;
        double worstClosedForm = 0;
        double smallestBlueGap = Double.POSITIVE_INFINITY;
        boolean allRedundancyAsStated = true;
        for (int k = 0; k < STIMULI; k++) {
            double s = 2 * Math.PI * k / STIMULI;
            tuning.derivative(s, fprime);
            RecipePopulations.Pair pair = recipe.at(fprime);
            double ixGreen = solver.information(fprime, pair.green());
            worstEqualIx = Math.max(worstEqualIx, Math.abs(ixGreen / pair.inputInformation() - 1));
            double sg = Redundancy.shuffledInformation(fprime, pair.green());
            double sb = Redundancy.shuffledInformation(fprime, pair.blue());
            allRedundancyAsStated &= redundant ? pair.inputInformation() < Math.min(sg, sb)
                    : pair.inputInformation() > Math.max(sg, sb);
            ix += pair.inputInformation() / STIMULI;
            shufGreen += sg / STIMULI;
            shufBlue += sb / STIMULI;
            double norm2 = Vectors.dot(fprime, fprime);
            double cos2 = Math.pow(Math.cos(Math.toRadians(recipe.thetaDegrees())), 2);
            for (int j = 0; j < NOISE.length; j++) {
                double s2 = NOISE[j];
                double ig = solver.information(fprime, pair.green(), s2);
                double ib = solver.information(fprime, pair.blue(), s2);
                double jInfo = norm2 / Math.max(s2, Double.MIN_NORMAL);
                double b = s2 == 0 ? pair.inputInformation() : PropagationBound.bound(pair.inputInformation(), jInfo);
                green[j] += ig / STIMULI;
                blue[j] += ib / STIMULI;
                bound[j] += b / STIMULI;
                worstGreenVsBound = Math.max(worstGreenVsBound, Math.abs(ig / b - 1));
                double closed = RankOneInformation.information(norm2, recipe.privateVariance() + s2,
                        recipe.blueStrength(), cos2);
                worstClosedForm = Math.max(worstClosedForm, Math.abs(ib / closed - 1));
                if (s2 > 0) {
                    smallestBlueGap = Math.min(smallestBlueGap, 1 - ib / b);
                }
            }
        }
        double[] positive = Arrays.copyOfRange(NOISE, 1, NOISE.length);
        data.colour(GREEN, GREEN_COLOUR).colour(BLUE, BLUE_COLOUR);
        data.panel("b", "downstream noise variance sigma^2", "output information I_y").logX().logY()
                .line("green (optimal family)", positive, Arrays.copyOfRange(green, 1, NOISE.length))
                .line("blue", positive, Arrays.copyOfRange(blue, 1, NOISE.length))
                .dashed("bound E7", positive, Arrays.copyOfRange(bound, 1, NOISE.length))
                .condition("green (optimal family)", GREEN).condition("blue", BLUE)
                .tag("bound E7", "bound, Eq. E7", Role.REFERENCE)
                .title("b", "output information vs downstream noise");
        data.panel("c", "input information", "information")
                .markers("green", new double[] {0, 1}, new double[] {ix, shufGreen})
                .markers("blue", new double[] {0, 1}, new double[] {ix, shufBlue})
                .condition("green", GREEN).condition("blue", BLUE)
                .categoriesX("correlated I_x", "trial-shuffled").title("c", "correlated vs shuffled information (same I_x)");

        // every claim below holds in exact arithmetic; 1e-9 relative is the rounding level of 100 x 100 Cholesky solves
        data.check(Check.atMost("equal I_x(s) green vs blue (max rel. diff.)", 0, worstEqualIx, 1e-9));
        data.check(Check.atMost("green I_y = bound E7 at every (s, sigma^2) (max rel. diff.)", 0, worstGreenVsBound, 1e-9));
        data.check(Check.atMost("blue I_y: Cholesky vs rank-one closed form R8 (max rel. diff.)", 0, worstClosedForm, 1e-9));
        data.check(Check.holds("blue strictly below the bound for every sigma^2 > 0", smallestBlueGap > 1e-6));
        data.check(Check.holds(redundant ? "both populations redundant (I_x < I_shuf) at every s"
                : "both populations synergistic (I_x > I_shuf) at every s", allRedundancyAsStated));
        // reference values (computed independently from the same recipe, §4.1): they must agree to
        // the printed precision, i.e. within half a unit of the last printed digit
        data.check(printed("mean I_x vs reference", reference[0][0], ix));
        data.check(printed("mean green I_shuf vs reference", reference[0][1], shufGreen));
        data.check(printed("mean blue I_shuf vs reference", reference[0][2], shufBlue));
        for (int r = 1; r < reference.length; r++) {
            int j = indexOf(Double.parseDouble(reference[r][0]));
            data.check(printed("green I_y(sigma^2 = " + reference[r][0] + ") vs reference", reference[r][1], green[j]));
            data.check(printed("blue I_y(sigma^2 = " + reference[r][0] + ") vs reference", reference[r][2], blue[j]));
        }
        eigenPanel(data, tuning);
        monteCarlo(data, tuning, trials, seed);
        return data;
    }

    /**
     * R7 (Eq. E11) at the Monte-Carlo stimulus: the share of I_x carried by each eigen-direction
     * of the covariance against its variance. Green keeps all of it in one high-variance direction
     * (the signal), blue in low-variance directions that downstream noise of variance ~1 swamps.
     */
    private void eigenPanel(FigureData data, TuningCurves tuning) {
        double[] fprime = tuning.derivative(MC_STIMULUS, new double[NEURONS]);
        RecipePopulations.Pair pair = recipe.at(fprime);
        FisherSolver solver = new FisherSolver(NEURONS);
        var panel = data.panel("d", "eigenvalue lambda_k of Sigma_xi (s = 0.7)", "share of I_x carried (v_k.f')^2/lambda_k / I_x")
                .logX().title("d", "where the information sits, by covariance eigenvalue");
        double worst = 0;
        String[] names = {"green", "blue"};
        for (int p = 0; p < 2; p++) {
            var cov = p == 0 ? pair.green() : pair.blue();
            EigenInformation eig = EigenInformation.of(fprime, cov);
            double[] share = new double[NEURONS];
            for (int k = 0; k < NEURONS; k++) {
                share[k] = eig.projections()[k] / eig.variances()[k] / pair.inputInformation();
            }
            panel.markers(names[p], eig.variances(), share).condition(names[p], p == 0 ? GREEN : BLUE);
            for (double s2 : new double[] {0, 1}) {
                worst = Math.max(worst, Math.abs(eig.information(s2) / solver.information(fprime, cov, s2) - 1));
            }
        }
        // two routes to the same number: eigen-decomposition (E11) and Cholesky (E1/E5)
        data.check(Check.atMost("E11 (eigen) = Cholesky for I_x and I_y(sigma^2 = 1) (max rel. diff.)", 0, worst, 1e-9));
    }

    /** Simulated two-layer circuit at one stimulus vs Eq. E5, within 4 standard errors (fixed seed). */
    private void monteCarlo(FigureData data, TuningCurves tuning, int trials, long seed) {
        double[] rates = tuning.rates(MC_STIMULUS, new double[NEURONS]);
        double[] fprime = tuning.derivative(MC_STIMULUS, new double[NEURONS]);
        RecipePopulations.Pair pair = recipe.at(fprime);
        FisherSolver solver = new FisherSolver(NEURONS);
        String[] names = {"green", "blue"};
        for (int p = 0; p < 2; p++) {
            var cov = p == 0 ? pair.green() : pair.blue();
            CircuitSampler sampler = new CircuitSampler(rates, fprime, cov);
            double[] theory = new double[MC_NOISE.length];
            double[] mc = new double[MC_NOISE.length];
            for (int j = 0; j < MC_NOISE.length; j++) {
                theory[j] = solver.information(fprime, cov, MC_NOISE[j]);
                // ds = 1 in the locally linear model: the estimator's variance grows like 1/ds^4 for small ds
                BiasCorrectedFisher e = sampler.estimateOutput(DownstreamStage.isotropic(NEURONS, MC_NOISE[j]),
                        trials, 1.0, Seeds.derive(seed, p, j));
                mc[j] = e.value();
                data.check(Check.absolute(names[p] + " I_y(sigma^2 = " + MC_NOISE[j] + ") Monte-Carlo vs E5 (4 SE)",
                        theory[j], e.value(), 4 * e.standardError()));
            }
            String code = p == 0 ? GREEN : BLUE;
            data.panel(p == 0 ? "mc" : "mc-blue", "downstream noise variance sigma^2", "I_y at s = 0.7 (" + names[p] + ")")
                    .logX().logY().dashed("closed form E5", MC_NOISE, theory).markers("Monte-Carlo", MC_NOISE, mc)
                    .tag("closed form E5", code, Role.THEORY).tag("Monte-Carlo", code, Role.SIMULATION)
                    .title(p == 0 ? "e" : "f", code + ": Monte-Carlo circuit (dots) vs Eq. E5 (line)");
        }
    }

    private static void tuningPanel(FigureData data, TuningCurves tuning, long seed) {
        SplittableRandom rng = Seeds.stream(Seeds.derive(seed, 0));
        int[] shown = rng.ints(0, NEURONS).distinct().limit(20).sorted().toArray();
        double[] s = new double[201];
        for (int k = 0; k < s.length; k++) {
            s[k] = 2 * Math.PI * k / (s.length - 1);
        }
        var panel = data.panel("a", "stimulus s (rad)", "mean response f_i(s)").angleX().hideLegend()
                .title("a", "tuning curves of " + shown.length + " random neurons");
        double[] rates = new double[NEURONS];
        double[][] curves = new double[shown.length][s.length];
        for (int k = 0; k < s.length; k++) {
            tuning.rates(s[k], rates);
            for (int c = 0; c < shown.length; c++) {
                curves[c][k] = rates[shown[c]];
            }
        }
        for (int c = 0; c < shown.length; c++) {
            panel.line("neuron " + shown[c], s, curves[c]);
        }
    }

    private static Check printed(String name, String printedValue, double actual) {
        int dot = printedValue.indexOf('.');
        int decimals = dot < 0 ? 0 : printedValue.length() - dot - 1;
        return Check.absolute(name, Double.parseDouble(printedValue), actual, 0.5 * Math.pow(10, -decimals) * (1 + 1e-9));
    }

    private static int indexOf(double s2) {
        for (int j = 0; j < NOISE.length; j++) {
            if (NOISE[j] == s2) {
                return j;
            }
        }
        throw new IllegalArgumentException("sigma2 = " + s2 + " is not allowed: must be one of " + Arrays.toString(NOISE));
    }
}
