package org.neurotheory.relu.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Series;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.relu.data.ScalarTarget;
import org.neurotheory.relu.data.SymmetricRegressionGenerator;
import org.neurotheory.relu.model.BiasFreeNetwork;
import org.neurotheory.relu.model.GaussianInitialisation;
import org.neurotheory.relu.model.NetworkGradientFlow;
import org.neurotheory.relu.model.PairSymmetricInitialisation;
import org.neurotheory.relu.model.RegressionData;
import org.neurotheory.relu.theory.ExpressivityFloor;
import org.neurotheory.relu.theory.LowRankStructure;
import org.neurotheory.relu.theory.ReluTimeCourse;

/**
 * Issue #22's principle, figure by figure: a headline quantity of each quick figure recomputed
 * through the public calls the docs page names (never through the figure class; only its
 * {@code Params} presets and seed derivation are reused), compared with what the figure reports.
 * Called by {@link ReluFiguresTest} on the figure data it computes anyway (fige5 is checked
 * there). Same arithmetic in the same order gives equal bits; where the figure evaluates at times
 * k eta and the test at the recorded step numbers times eta, rounding of k eta allows 1e-12.
 */
final class ReluPublicCalls {
    private ReluPublicCalls() {
    }

    static void verify(FigureSpec figure, FigureData data, long seed) {
        if (figure instanceof FigE1Expressivity) {
            fige1(data, seed);
        } else if (figure instanceof FigE2AlphaSweep) {
            slopeSweep(data, seed, AlphaSweep.Params.quick());
        } else if (figure instanceof FigE3ClosedForm) {
            slopeSweep(data, seed, AlphaSweep.Params.residualQuick());
        } else if (figure instanceof FigE4EquivalenceBreaking) {
            fige4(data, seed);
        } else if (figure instanceof FigE6DeepNetworks) {
            fige6(data, seed);
        }
    }

    /** fige1: the best-linear floor (the loss no depth-2 network goes below) of the triple-product data. */
    private static void fige1(FigureData data, long seed) {
        FigE1Expressivity.Params p = FigE1Expressivity.Params.quick();
        RegressionData set = new SymmetricRegressionGenerator(p.originals(), 3, false, true, 0, false)
                .generate(ScalarTarget.tripleProduct(), Seeds.stream(Seeds.derive(seed, 0)));
        assertEquals((double) data.parameters().get("best-linear loss (floor)"), ExpressivityFloor.empirical(set), 0.0,
                "fige1 floor");
    }

    /** fige2, fige3: the closed-form half-drop step and loss curve of every slope alpha. */
    private static void slopeSweep(FigureData data, long seed, AlphaSweep.Params p) {
        var gen = SymmetricRegressionGenerator.whitenedSymmetric(p.originals(), p.dimension()).withNoise(p.noiseRms(), true);
        ScalarTarget target = ScalarTarget.linear(p.teacher());
        if (p.signedSquare() > 0) {
            target = target.plus(ScalarTarget.signedSquare(1).times(p.signedSquare()));
        }
        RegressionData set = gen.generate(target, Seeds.stream(Seeds.derive(seed, 0)));
        DMatrixRMaj[] base = new DMatrixRMaj[2];
        PairSymmetricInitialisation.gaussian(BiasFreeNetwork.twoLayer(p.dimension(), p.hidden(), 1, 1), p.initStd(),
                Seeds.stream(Seeds.derive(seed, 1)), base);
        for (double alpha : p.slopes()) {
            ReluTimeCourse theory = ReluTimeCourse.fromWhitenedData(set, base[0], base[1], alpha, 1);
            String a = "alpha=" + alpha;
            Check reported = data.checks().stream().filter(c -> c.name().equals(a + ": half-drop step vs closed form"))
                    .findFirst().orElseThrow();
            assertEquals(reported.expected(), theory.halfDropTime() / p.learningRate(), 0.0, a + " closed-form half-drop step");
            Series curve = data.panel("loss").series(a + " theory");
            double[] times = new double[curve.size()];
            for (int k = 0; k < times.length; k++) {
                times[k] = curve.x()[k] * p.learningRate();
            }
            double[] expected = theory.losses(times);
            for (int k = 0; k < times.length; k++) {
                assertEquals(curve.y()[k], expected[k], 1e-12 * Math.abs(expected[k]), a + " closed form at step " + curve.x()[k]);
            }
        }
    }

    /** fige4 d: the best-linear floor of the odd cubic target on mirrored data. */
    private static void fige4(FigureData data, long seed) {
        FigE4EquivalenceBreaking.Params p = FigE4EquivalenceBreaking.Params.quick();
        double[] w = unitVector(p.dimension(), Seeds.stream(Seeds.derive(seed, 0)));
        RegressionData odd = new SymmetricRegressionGenerator(p.originals(), p.dimension(), false, true, 0, false)
                .generate(ScalarTarget.linear(w).plus(ScalarTarget.cubicHermite(0).times(0.5)), Seeds.stream(Seeds.derive(seed, 1)));
        assertEquals(data.panel("d").series("best-linear floor").y()[0], odd.bestLinearLoss(), 0.0, "fige4 floor");
    }

    /** fige6: the deep ReLU network's initial loss and initial first-layer s_2/s_1 (the start of both panels). */
    private static void fige6(FigureData data, long seed) {
        FigE6DeepNetworks.Params p = FigE6DeepNetworks.Params.quick();
        SplittableRandom rng = Seeds.stream(Seeds.derive(seed, 0));
        double[] w = unitVector(p.dimension(), rng);
        RegressionData set = new SymmetricRegressionGenerator(p.originals(), p.dimension(), false, true, 0, false)
                .generate(ScalarTarget.linear(w), rng);
        int[] widths = new int[p.depth() + 1];
        Arrays.fill(widths, p.width());
        widths[0] = p.dimension();
        widths[p.depth()] = 1;
        BiasFreeNetwork relu = new BiasFreeNetwork(widths, 0);
        double[] gains = new double[p.depth()];
        Arrays.fill(gains, p.initGain());
        double[] p0 = GaussianInitialisation.fanIn(relu, gains, Seeds.stream(Seeds.derive(seed, 1)));
        assertEquals(data.panel("loss").series("ReLU").y()[0], new NetworkGradientFlow(relu, set, 1).loss(p0), 0.0, "fige6 initial loss");
        assertEquals(data.panel("rank").series("ReLU layer 1 s2/s1").y()[0],
                LowRankStructure.singularValueRatio(relu.layer(p0, 1), 2), 0.0, "fige6 initial s2/s1");
    }

    /** A direction drawn as the figures draw it: Gaussian entries, normalised. */
    private static double[] unitVector(int d, SplittableRandom rng) {
        double[] w = new double[d];
        double n = 0;
        for (int i = 0; i < d; i++) {
            w[i] = rng.nextGaussian();
            n += w[i] * w[i];
        }
        for (int i = 0; i < d; i++) {
            w[i] /= Math.sqrt(n);
        }
        return w;
    }
}
