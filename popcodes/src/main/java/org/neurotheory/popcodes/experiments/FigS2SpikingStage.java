package org.neurotheory.popcodes.experiments;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.neurotheory.core.Require;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.linalg.Matrices;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.popcodes.data.CircuitSampler;
import org.neurotheory.popcodes.model.ExpPoissonStage;
import org.neurotheory.popcodes.theory.BiasCorrectedFisher;
import org.neurotheory.popcodes.theory.FisherSolver;
import org.neurotheory.popcodes.theory.PropagationBound;

/**
 * Derived figure S2 (§4.5, a reconstruction: the paper's spiking-stage figures were not
 * available): an exponential nonlinearity followed by Poisson spiking. As the first-layer noise
 * {@code Sigma_xi = c C} shrinks, the linearised output information (Eq. E5 with
 * {@code Sigma_y = diag(exp(-f))}), the exact-moment information (§2.4) and a Monte-Carlo
 * estimate from simulated spike counts converge. Population of check 7:
 * {@code f = (1, 2, 0.5)}, {@code f' = (0.5, -0.2, 0.3)}.
 */
public final class FigS2SpikingStage implements FigureSpec {
    /**
     * Settings.
     *
     * @param trials simulated trials per noise level
     */
    public record Params(int trials) {
        public Params {
            Require.positive("trials", trials);
        }

        /** 200,000 trials. */
        public static Params paper() {
            return new Params(200000);
        }

        /** 20,000 trials. */
        public static Params quick() {
            return new Params(20000);
        }
    }

    private static final double[] RATES = {1, 2, 0.5};
    private static final double[] SIGNAL = {0.5, -0.2, 0.3};
    private static final double[][] CORRELATION = {{1, 0.3, 0.1}, {0.3, 1, 0.2}, {0.1, 0.2, 1}};
    private static final double[] NOISE_SCALE = {0.001, 0.003, 0.01, 0.03, 0.05, 0.1, 0.2, 0.5};
    /** Index of c = 0.05 (check 7) and the last index of the small-noise regime (c <= 0.1). */
    private static final int REFERENCE_INDEX = 4;
    private static final int SMALL_NOISE_END = 5;
    private static final double DS = 1.0;

    @Override
    public String key() {
        return "figs2";
    }

    @Override
    public String title() {
        return "Fig. S2 (derived): exp-Poisson spiking stage, linearised vs exact vs simulated information";
    }

    @Override
    public FigureData compute(Scale scale, long seed) {
        int trials = scale.pick(Params.quick(), Params.paper()).trials();
        ExpPoissonStage stage = new ExpPoissonStage(1, 1);
        FigureData data = new FigureData(title()).parameters(stage).parameter("rates", RATES).parameter("signal", SIGNAL)
                .parameter("correlation", CORRELATION).parameter("noiseScales", NOISE_SCALE).parameter("mcTrials", trials).parameter("ds", DS);
        data.note("Derived figure (§4.5 S2); the paper's second-stage model was not read (§7.2).");
        int m = NOISE_SCALE.length;
        double[] linearised = new double[m];
        double[] exact = new double[m];
        double[] finiteDiff = new double[m];
        double[] mc = new double[m];
        double[] relErr = new double[m];
        double j = PropagationBound.noiselessInformation(SIGNAL, stage.effectiveNoise(RATES));
        for (int k = 0; k < m; k++) {
            DMatrixRMaj sxi = Matrices.of(CORRELATION);
            CommonOps_DDRM.scale(NOISE_SCALE[k], sxi);
            linearised[k] = stage.linearisedInformation(RATES, SIGNAL, sxi);
            exact[k] = stage.exactInformation(RATES, SIGNAL, sxi);
            finiteDiff[k] = stage.exactFiniteDifferenceInformation(RATES, SIGNAL, sxi, DS);
            relErr[k] = Math.abs(linearised[k] / exact[k] - 1);
            BiasCorrectedFisher e = new CircuitSampler(RATES, SIGNAL, sxi).estimateCounts(stage, trials, DS,
                    Seeds.derive(seed, k));
            mc[k] = e.value();
            // the estimator targets the finite-difference information between s -/+ ds/2 exactly;
            // 4 SE at a fixed seed (the Gaussian SE formula is close for counts of mean 1-10)
            data.check(Check.absolute("Monte-Carlo vs exact finite-difference information, c = " + NOISE_SCALE[k]
                    + " (4 SE)", finiteDiff[k], e.value(), 4 * e.standardError()));
            double bound = PropagationBound.bound(FisherSolver.of(SIGNAL, sxi), j);
            data.check(Check.atMost("linearised I_y <= bound E7, c = " + NOISE_SCALE[k], bound, linearised[k], 1e-12 * bound));
        }
        // the Monte-Carlo estimator targets the finite-difference information: one colour for the pair
        String target = "finite difference (dashed), Monte-Carlo (dots)";
        data.panel("a", "first-layer noise scale c", "output information").logX()
                .title("a", "output information against the first layer's noise")
                .line("linearised E5", NOISE_SCALE, linearised).dashed("exact moments", NOISE_SCALE, exact)
                .markers("Monte-Carlo (counts)", NOISE_SCALE, mc).dashed("finite-difference target", NOISE_SCALE, finiteDiff)
                .condition("Monte-Carlo (counts)", target).condition("finite-difference target", target);
        data.panel("b", "first-layer noise scale c", "|linearised / exact - 1|").logX().logY()
                .title("b", "error of the linearisation").line("relative error", NOISE_SCALE, relErr);
        // check 7 (c = 0.05), printed to 6 decimals
        data.check(Check.absolute("linearised I_y at c = 0.05 vs reference", 0.997680, linearised[REFERENCE_INDEX], 5e-7));
        data.check(Check.absolute("exact-moment I_y at c = 0.05 vs reference", 1.016281, exact[REFERENCE_INDEX], 5e-7));
        boolean shrinking = true;
        for (int k = 1; k <= SMALL_NOISE_END; k++) {
            shrinking &= relErr[k] > relErr[k - 1];
        }
        // beyond c ~ 0.2 the linearised and exact curves cross, so monotonicity is claimed for c <= 0.1 only
        data.check(Check.holds("linearisation error shrinks monotonically as c -> 0 (c <= 0.1)", shrinking));
        // the error is first order in c (about 0.5 c here): below 1e-3 at c = 0.001
        data.check(Check.atMost("linearisation error at c = 0.001", 0, relErr[0], 1e-3));
        return data;
    }
}
