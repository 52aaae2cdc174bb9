package org.neurotheory.bioplausible.conv.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.neurotheory.bioplausible.conv.model.GroupDeviation;
import org.neurotheory.bioplausible.conv.model.HebbianSleep;
import org.neurotheory.bioplausible.conv.model.LateralInhibition;
import org.neurotheory.bioplausible.conv.model.LcWeightLayout;
import org.neurotheory.bioplausible.conv.model.WeightSnr;
import org.neurotheory.bioplausible.conv.theory.CircuitSteadyState;
import org.neurotheory.bioplausible.conv.theory.CircuitTimeScales;
import org.neurotheory.bioplausible.conv.theory.ScaleCollapse;
import org.neurotheory.bioplausible.conv.theory.SharingFixedPoint;
import org.neurotheory.bioplausible.conv.theory.SleepConvergence;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Series;
import org.neurotheory.core.random.Seeds;

/**
 * Issue #22's principle, figure by figure: a headline quantity of each quick figure recomputed
 * through the public calls the docs page names (never through the figure class; only its
 * {@code Params} presets and seed derivation are reused), compared with what the figure reports.
 * Called by {@link ConvFiguresTest} on the figure data it computes anyway. Same arithmetic in the
 * same order, so the comparisons are exact. The image figures (table1, fig2) are not re-trained:
 * what is recomputed there is a function of the plotted per-seed accuracies and the chance line.
 */
final class ConvPublicCalls {
    /** The three LC layers of the reduced network: in channels, out channels, input size, stride (kernel 3). */
    private static final int[][] LAYERS = {{1, 8, 36, 1}, {8, 16, 36, 2}, {16, 32, 18, 2}};

    private ConvPublicCalls() {
    }

    static void verify(FigureSpec figure, FigureData data, long seed) {
        if (figure instanceof Fig4SharingConvergence) {
            fig4(data);
        } else if (figure instanceof FigS1SleepConvergence) {
            figs1(data, seed);
        } else if (figure instanceof Table1Arms) {
            table1(data);
        } else if (figure instanceof Fig2AugmentationCurve) {
            fig2(data);
        }
    }

    /**
     * fig4 c: the SGD plateau {@code log10 (γ/(1+γ))^2} of {@link SharingFixedPoint}, the circuit's
     * per-hold plateau (hold 200) of {@link CircuitTimeScales} and the floor {@code 1/(1+α)^2} of
     * {@link CircuitSteadyState}, at every plotted γ.
     */
    private static void fig4(FigureData data) {
        var c = data.panel("c: plateau against gamma");
        LateralInhibition circuit = LateralInhibition.paper();
        Series sgd = c.series("SGD theory (γ/(1+γ))^2");
        Series held = c.series("circuit theory k=3 (hold 200)");
        Series floor = c.series("floor 1/(1+α)^2");
        for (int i = 0; i < sgd.size(); i++) {
            double gamma = sgd.x()[i];
            assertEquals(Math.log10(SharingFixedPoint.inverseSnrFactor(gamma, 1)), sgd.y()[i], 0.0,
                    "fig4 SGD plateau at γ=" + gamma);
            assertEquals(Math.log10(CircuitTimeScales.heldInverseSnrFactor(held.x()[i], circuit, 200)), held.y()[i], 0.0,
                    "fig4 circuit plateau at γ=" + held.x()[i]);
            assertEquals(Math.log10(CircuitSteadyState.inverseSnrFloor(circuit)), floor.y()[i], 0.0, "fig4 floor");
        }
    }

    /**
     * figs1: (a) the exact mean-square recursion of {@link SleepConvergence} drawn beside each layer's
     * sleep phase; (b) each layer's tiled-convolution limit, the weight SNR ({@link WeightSnr}) of the
     * interior group means ({@link GroupDeviation}) of the initial Kaiming weights.
     */
    private static void figs1(FigureData data, long seed) {
        HebbianSleep.Params sp = FigS1SleepConvergence.Params.quick().sleep();
        for (int li = 0; li < LAYERS.length; li++) {
            int[] s = LAYERS[li];
            LcWeightLayout l = new LcWeightLayout(s[0], s[1], s[2], 3, s[3]);
            String label = "layer " + (li + 1) + " (K=" + l.fanIn() + ")";
            double[] theory = SleepConvergence.relativeMeanSquare(sp.lr(), sp.gamma(), l.fanIn(), sp.batch(), sp.iterations());
            Series dashed = data.panel("a: distance from the group means").series(label + " theory");
            assertEquals(theory.length, dashed.size(), "figs1 recursion length, " + label);
            for (int n = 0; n < theory.length; n++) {
                assertEquals(Math.log10(theory[n]), dashed.y()[n], 0.0, "figs1 recursion at iteration " + n + ", " + label);
            }
            SplittableRandom rng = Seeds.stream(Seeds.derive(seed, li));
            double std = ScaleCollapse.kaimingStd(l.outChannels(), l.kernel());
            float[] w = new float[l.size()];
            for (int e = 0; e < w.length; e++) {
                w[e] = (float) (std * rng.nextGaussian());
            }
            double limit = Math.log10(WeightSnr.of(GroupDeviation.interiorGroupMeans(w, l), l));
            Series ref = data.panel("b: weight SNR (all non-border positions)").series(label + " tiled-conv limit");
            assertEquals(limit, ref.y()[0], 0.0, "figs1 tiled-conv limit, " + label);
            // The simulated SNR starts at the SNR of the same initial weights.
            Series sim = data.panel("b: weight SNR (all non-border positions)").series(label);
            assertEquals(Math.log10(WeightSnr.of(w, l)), sim.y()[0], 0.0, "figs1 initial weight SNR, " + label);
        }
    }

    /** table1 a: the mean over seeds is the mean of the plotted per-seed accuracies; chance is 1/10 (ten classes). */
    private static void table1(FigureData data) {
        var a = data.panel("a: test accuracy");
        Series mean = a.series("mean over seeds");
        for (int i = 0; i < mean.size(); i++) {
            assertEquals(meanOverSeeds(a, "seed ", i), mean.y()[i], 0.0, "table1 mean over seeds, arm " + i);
        }
        Series chance = a.series("chance");
        assertEquals(1.0 / 10, chance.y()[0], 0.0, "table1 chance level");
    }

    /** fig2: the LC + translations mean line is the mean of the plotted per-seed accuracies at each n. */
    private static void fig2(FigureData data) {
        var a = data.panel("a: test accuracy");
        Series mean = a.series("LC + translations (mean)");
        for (int i = 0; i < mean.size(); i++) {
            assertEquals(meanOverSeeds(a, "LC + translations: seed ", i), mean.y()[i], 0.0,
                    "fig2 mean at n=" + mean.x()[i]);
        }
    }

    /** Mean of point {@code i} over the series {@code prefix + 1, prefix + 2, ...}, summed in seed order. */
    private static double meanOverSeeds(org.neurotheory.core.figure.Panel a, String prefix, int i) {
        double sum = 0;
        int seeds = 0;
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Series s : a.series()) {
            names.add(s.name());
        }
        while (names.contains(prefix + (seeds + 1))) {
            sum += a.series(prefix + (seeds + 1)).y()[i];
            seeds++;
        }
        if (seeds == 0) {
            throw new AssertionError("no per-seed series " + prefix + "1");
        }
        return sum / seeds;
    }
}
