package org.neurotheory.popcodes.experiments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Series;
import org.neurotheory.core.linalg.Matrices;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.popcodes.data.CircuitSampler;
import org.neurotheory.popcodes.data.RandomCovariances;
import org.neurotheory.popcodes.model.CovarianceModels;
import org.neurotheory.popcodes.model.DownstreamStage;
import org.neurotheory.popcodes.model.ExpPoissonStage;
import org.neurotheory.popcodes.theory.CovarianceOptimiser;
import org.neurotheory.popcodes.theory.FisherSolver;
import org.neurotheory.popcodes.theory.OptimalFamily;
import org.neurotheory.popcodes.theory.PropagationBound;

/**
 * Issue #22's principle, figure by figure: a headline quantity of each quick figure recomputed
 * through the public calls the docs page names (never through the figure class; only its logged
 * parameters, {@code Params.quick()} and seed derivation are reused), compared with what the figure
 * reports. Called by {@link PopcodesFiguresTest} on the figure data it computes anyway (fig2 and
 * fig7 are checked there). Same arithmetic in the same order, so the comparisons are exact.
 */
final class PopcodesPublicCalls {
    private PopcodesPublicCalls() {
    }

    static void verify(FigureSpec figure, FigureData data, long seed) {
        if (figure instanceof Fig4OptimalFamily) {
            fig4(data);
        } else if (figure instanceof FigS1BoundScatter) {
            figs1(data, seed);
        } else if (figure instanceof FigS2SpikingStage) {
            figs2(data);
        } else if (figure instanceof FigS3CovarianceOptimisation) {
            figs3(data, seed);
        }
    }

    /** fig4 family panel: I_y of the optimal family E9 in closed form along the matched weight alpha. */
    private static void fig4(FigureData data) {
        double[] signal = (double[]) data.parameters().get("signal");
        double targetIx = (double) data.parameters().get("targetIx");
        double j = new FisherSolver(2).information(signal, CovarianceModels.independent(new double[] {0.5, 0.05}));
        Series closed = data.panel("family").series("closed form E9");
        for (int k = 0; k < closed.size(); k++) {
            assertEquals(closed.y()[k], OptimalFamily.forInputInformation(closed.x()[k], targetIx, j).outputInformation(j), 0.0,
                    "fig4 E9 at alpha = " + closed.x()[k]);
        }
        assertEquals(PropagationBound.bound(targetIx, j), data.panel("family").series("bound E7").y()[0], 0.0, "fig4 bound");
    }

    /** figs1 b: the closed-form I_y (E4) and its Monte-Carlo estimate for the random problem of the figure. */
    private static void figs1(FigureData data, long seed) {
        int n = (int) data.parameters().get("neurons");
        int trials = (int) data.parameters().get("mcTrials");
        SplittableRandom rng = Seeds.stream(Seeds.derive(seed, 1));
        DMatrixRMaj sxi = RandomCovariances.wishart(n, RandomCovariances.DEFAULT_RIDGE, rng);
        DMatrixRMaj sy = RandomCovariances.wishart(n, RandomCovariances.DEFAULT_RIDGE, rng);
        double[] f = RandomCovariances.signal(n, rng);
        double[] gains = new double[n];
        Arrays.fill(gains, 1);
        DownstreamStage stage = new DownstreamStage(CommonOps_DDRM.identity(n), gains, sy);
        double mc = new CircuitSampler(new double[n], f, sxi).estimateOutput(stage, trials, 1.0, Seeds.derive(seed, 2)).value();
        assertArrayEquals(data.panel("mc").series("I_y").y(), new double[] {stage.outputInformation(f, sxi), mc}, 0.0,
                "figs1 closed form and Monte-Carlo I_y");
    }

    /** figs2 a: the linearised output information E5 of the exponential-Poisson stage at every noise scale. */
    private static void figs2(FigureData data) {
        double[] rates = (double[]) data.parameters().get("rates");
        double[] signal = (double[]) data.parameters().get("signal");
        double[][] correlation = (double[][]) data.parameters().get("correlation");
        ExpPoissonStage stage = new ExpPoissonStage(1, 1);
        Series linearised = data.panel("a").series("linearised E5");
        for (int k = 0; k < linearised.size(); k++) {
            DMatrixRMaj sxi = Matrices.of(correlation);
            CommonOps_DDRM.scale(linearised.x()[k], sxi);
            assertEquals(linearised.y()[k], stage.linearisedInformation(rates, signal, sxi), 0.0,
                    "figs2 E5 at c = " + linearised.x()[k]);
        }
    }

    /** figs3 a: the ascent trace I_y / bound of the first start. */
    private static void figs3(FigureData data, long seed) {
        int n = (int) data.parameters().get("neurons");
        CovarianceOptimiser optimiser = new CovarianceOptimiser(FigS3CovarianceOptimisation.Params.quick().iterations(), 0.05, 1e-6);
        SplittableRandom rng = Seeds.stream(Seeds.derive(seed, 0));
        DMatrixRMaj sy = RandomCovariances.wishart(n, RandomCovariances.DEFAULT_RIDGE, rng);
        double[] f = RandomCovariances.signal(n, rng);
        double j = FisherSolver.of(f, sy);
        double bound = PropagationBound.bound(j / 2, j);
        double[] trace = optimiser.maximise(f, sy, j / 2, Seeds.derive(seed, 1, 0)).outputTrace();
        double[] ratio = new double[trace.length];
        for (int k = 0; k < ratio.length; k++) {
            ratio[k] = trace[k] / bound;
        }
        assertArrayEquals(data.panel("a").series("start 0").y(), ratio, 0.0, "figs3 ascent of start 0");
    }
}
