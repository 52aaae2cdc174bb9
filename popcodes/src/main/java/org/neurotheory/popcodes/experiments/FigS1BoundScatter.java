package org.neurotheory.popcodes.experiments;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.neurotheory.core.Require;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Role;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.popcodes.data.CircuitSampler;
import org.neurotheory.popcodes.data.RandomCovariances;
import org.neurotheory.popcodes.model.DownstreamStage;
import org.neurotheory.popcodes.theory.BiasCorrectedFisher;
import org.neurotheory.popcodes.theory.FisherSolver;
import org.neurotheory.popcodes.theory.OptimalFamily;
import org.neurotheory.popcodes.theory.PropagationBound;

/**
 * Derived figure S1 (§4.5, a reconstruction standing in for the unavailable Figs 5-6): the
 * propagation bound E7 over random problems. For random SPD pairs {@code (Sigma_xi, Sigma_y)} and
 * signals (N = 20), {@code I_y} is plotted against {@code I_x J / (I_x + J)}: every point lies on
 * or below the diagonal; members of the optimal family (Eq. E9) with the same {@code Sigma_y} lie
 * on it. One random problem is also simulated as a circuit (Monte-Carlo vs Eq. E4).
 */
public final class FigS1BoundScatter implements FigureSpec {
    /**
     * Settings.
     *
     * @param pairs random covariance pairs
     * @param trials simulated trials per pair
     */
    public record Params(int pairs, int trials) {
        public Params {
            Require.positive("pairs", pairs);
            Require.positive("trials", trials);
        }

        /** 2000 pairs, 40,000 trials. */
        public static Params paper() {
            return new Params(2000, 40000);
        }

        /** 300 pairs, 4000 trials. */
        public static Params quick() {
            return new Params(300, 4000);
        }
    }

    private static final int N = 20;

    @Override
    public String key() {
        return "figs1";
    }

    @Override
    public String title() {
        return "Fig. S1 (derived): the propagation bound over random covariances";
    }

    @Override
    public FigureData compute(Scale scale, long seed) {
        Params settings = scale.pick(Params.quick(), Params.paper());
        int pairs = settings.pairs();
        int trials = settings.trials();
        FigureData data = new FigureData(title()).parameter("neurons", N).parameter("pairs", pairs)
                .parameter("mcTrials", trials);
        data.note("Derived figure (§4.5 S1); not a figure of the paper.");
        SplittableRandom rng = Seeds.stream(Seeds.derive(seed, 0));
        FisherSolver solver = new FisherSolver(N);
        double[] boundRandom = new double[pairs];
        double[] iyRandom = new double[pairs];
        double[] boundFamily = new double[pairs];
        double[] iyFamily = new double[pairs];
        double worstRandom = Double.NEGATIVE_INFINITY;
        double worstFamily = 0;
        for (int k = 0; k < pairs; k++) {
            DMatrixRMaj sxi = RandomCovariances.wishart(N, RandomCovariances.DEFAULT_RIDGE, rng);
            DMatrixRMaj sy = RandomCovariances.wishart(N, RandomCovariances.DEFAULT_RIDGE, rng);
            double[] f = RandomCovariances.signal(N, rng);
            double ix = solver.information(f, sxi);
            double j = solver.information(f, sy);
            boundRandom[k] = PropagationBound.bound(ix, j);
            iyRandom[k] = solver.information(f, sxi, sy);
            worstRandom = Math.max(worstRandom, iyRandom[k] / boundRandom[k] - 1);
            // a family member with the same I_x and a random split between matched and differential parts
            OptimalFamily member = OptimalFamily.forInputInformation(rng.nextDouble() * j / ix, ix, j);
            DMatrixRMaj opt = member.covariance(sy, f);
            if (member.alpha() < 1e-3 * j / ix) {
                continue;
            }
            boundFamily[k] = PropagationBound.bound(solver.information(f, opt), j);
            iyFamily[k] = solver.information(f, opt, sy);
            worstFamily = Math.max(worstFamily, Math.abs(iyFamily[k] / boundFamily[k] - 1));
        }
        double max = 0;
        for (double v : boundRandom) {
            max = Math.max(max, v);
        }
        data.panel("a", "bound I_x J / (I_x + J)", "output information I_y").logX().logY()
                .markers("random covariances", boundRandom, iyRandom)
                .markers("optimal family E9", compact(boundFamily), compact(iyFamily))
                .dashed("I_y = bound", new double[] {1e-3 * max, max}, new double[] {1e-3 * max, max})
                .tag("I_y = bound", "I_y = bound", Role.REFERENCE).title("a", "output information never exceeds the bound");
        // exact inequality; 1e-12 relative allows rounding of 20 x 20 Cholesky solves
        data.check(Check.atMost("max over random pairs of I_y / bound - 1", 0, worstRandom, 1e-12));
        data.check(Check.atMost("family members on the bound (max rel. diff.)", 0, worstFamily, 1e-9));

        SplittableRandom mcRng = Seeds.stream(Seeds.derive(seed, 1));
        DMatrixRMaj sxi = RandomCovariances.wishart(N, RandomCovariances.DEFAULT_RIDGE, mcRng);
        DMatrixRMaj sy = RandomCovariances.wishart(N, RandomCovariances.DEFAULT_RIDGE, mcRng);
        double[] f = RandomCovariances.signal(N, mcRng);
        DownstreamStage stage = new DownstreamStage(CommonOps_DDRM.identity(N), ones(), sy);
        double exact = stage.outputInformation(f, sxi);
        BiasCorrectedFisher e = new CircuitSampler(new double[N], f, sxi).estimateOutput(stage, trials, 1.0,
                Seeds.derive(seed, 2));
        data.check(Check.absolute("Monte-Carlo I_y vs E4 on a random problem (4 SE)", exact, e.value(), 4 * e.standardError()));
        data.panel("mc", "estimate", "I_y").categoriesX("closed form", "Monte-Carlo").title("b", "Monte-Carlo check of one case")
                .markers("I_y", new double[] {0, 1}, new double[] {exact, e.value()});
        return data;
    }

    private static double[] ones() {
        double[] v = new double[N];
        Arrays.fill(v, 1);
        return v;
    }

    private static double[] compact(double[] v) {
        return Arrays.stream(v).filter(x -> x > 0).toArray();
    }
}
