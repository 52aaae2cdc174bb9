package org.neurotheory.bioplausible.conv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.neurotheory.bioplausible.conv.experiments.ArmRuns;
import org.neurotheory.bioplausible.conv.experiments.Fig2AugmentationCurve;
import org.neurotheory.bioplausible.conv.experiments.Fig4SharingConvergence;
import org.neurotheory.bioplausible.conv.experiments.FigS1SleepConvergence;
import org.neurotheory.bioplausible.conv.experiments.ImageArm;
import org.neurotheory.bioplausible.conv.experiments.ImageProtocol;
import org.neurotheory.bioplausible.conv.experiments.Table1Arms;
import org.neurotheory.bioplausible.conv.model.GroupDeviation;
import org.neurotheory.bioplausible.conv.model.HebbianSleep;
import org.neurotheory.bioplausible.conv.model.LateralInhibition;
import org.neurotheory.bioplausible.conv.model.LcWeightLayout;
import org.neurotheory.bioplausible.conv.model.ToyRun;
import org.neurotheory.bioplausible.conv.model.ToySgdSharing;
import org.neurotheory.bioplausible.conv.model.WeightSnr;
import org.neurotheory.bioplausible.conv.theory.CircuitSteadyState;
import org.neurotheory.bioplausible.conv.theory.CircuitTimeScales;
import org.neurotheory.bioplausible.conv.theory.ScaleCollapse;
import org.neurotheory.bioplausible.conv.theory.SharingFixedPoint;
import org.neurotheory.bioplausible.conv.theory.SleepConvergence;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Panel;
import org.neurotheory.core.figure.Series;
import org.neurotheory.core.random.Seeds;

/**
 * The public-call principle, figure by figure: a headline quantity of each quick figure recomputed
 * through the public calls the docs page names (never through the figure class; only its
 * {@code Params} presets and seed derivation are reused), compared with what the figure reports.
 * Called by {@code experiments.ConvFiguresTest} on the figure data it computes anyway. This class
 * sits outside the {@code experiments} package so that the compiler admits public calls only. Same
 * arithmetic in the same order with the same seed, so the comparisons are exact (the same doubles,
 * hence the same CSV bytes). The image figures re-train their cheapest plotted quantity: one
 * training of about 1.5 s of CPU each (table1: the LC arm; fig2: the point n = 1), out of the 7 and
 * 5 trainings of the figures.
 */
public final class ConvPublicCalls {
    /** The three LC layers of the reduced network: in channels, out channels, input size, stride (kernel 3). */
    private static final int[][] LAYERS = {{1, 8, 36, 1}, {8, 16, 36, 2}, {16, 32, 18, 2}};

    private ConvPublicCalls() {
    }

    /** Recomputes a headline quantity of {@code figure}'s quick data {@code data} (computed at {@code seed}). */
    public static void verify(FigureSpec figure, FigureData data, long seed) {
        if (figure instanceof Fig4SharingConvergence) {
            fig4(data, seed);
        } else if (figure instanceof FigS1SleepConvergence) {
            figs1(data, seed);
        } else if (figure instanceof Table1Arms) {
            table1(data, seed);
        } else if (figure instanceof Fig2AugmentationCurve) {
            fig2(data, seed);
        }
    }

    /**
     * fig4 c: the SGD plateau {@code log10 (γ/(1+γ))^2} of {@link SharingFixedPoint}, the circuit's
     * per-hold plateau (hold 200) of {@link CircuitTimeScales} and the floor {@code 1/(1+α)^2} of
     * {@link CircuitSteadyState}, at every plotted γ; and panel a's SGD curve at γ = 0.1, k = 3 (the
     * figure's first run, seed {@code Seeds.derive(seed, 0, 0, 0)}) re-run with {@link ToySgdSharing}.
     */
    private static void fig4(FigureData data, long seed) {
        ToyRun run = ToySgdSharing.run(ToySgdSharing.Params.paper(3, 0.1)
                .withTrials(Fig4SharingConvergence.Params.quick().sgdTrials()), Seeds.derive(seed, 0, 0, 0));
        Series curve = data.panel("a: SGD on the sharing objective").series("γ=0.1 k=3");
        double[] log10Ratio = run.meanLog10Ratio();
        assertEquals(log10Ratio.length, curve.size(), "fig4 a: points of the γ=0.1 k=3 curve");
        for (int i = 0; i < log10Ratio.length; i++) {
            assertEquals(run.iterations()[i], curve.x()[i], 0.0, "fig4 a: iteration " + i);
            assertEquals(log10Ratio[i], curve.y()[i], 0.0, "fig4 a: γ=0.1 k=3 at iteration " + run.iterations()[i]);
        }
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
     * interior group means ({@link GroupDeviation}) of the initial Kaiming weights; and the first
     * layer's simulated curves in (a) and (b), its sleep phase re-run with {@link HebbianSleep#sleep}.
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
            if (li == 0) {
                // the first layer's sleep phase itself, continuing the same random stream
                double ms0 = GroupDeviation.meanSquare(w, l);
                Series deviation = data.panel("a: distance from the group means").series(label);
                HebbianSleep.sleep(w, l, sp, rng, (n, weights) -> {
                    assertEquals(Math.log10(GroupDeviation.meanSquare(weights, l) / ms0), deviation.y()[n], 0.0,
                            "figs1 a: " + label + " at iteration " + n);
                    assertEquals(Math.log10(WeightSnr.of(weights, l)), sim.y()[n], 0.0,
                            "figs1 b: " + label + " at iteration " + n);
                });
            }
        }
    }

    /**
     * table1: the LC arm re-trained with {@link ArmRuns#train} on the quick protocol's data
     * ({@link ImageProtocol#data}): its test accuracy per seed (batch-norm statistics recomputed), the
     * mean with the running statistics, and the log10 weight SNR of its first layer (panel b), as
     * plotted. LC costs what conv costs (1.5 s of CPU) and also has a weight SNR. Then the mean over
     * seeds of every arm against its plotted seeds, and chance at 1/10.
     */
    private static void table1(FigureData data, long seed) {
        ImageProtocol protocol = Table1Arms.Params.quick().protocol();
        ArmRuns lc = ArmRuns.train(ImageArm.lc(), protocol, protocol.data(), seed);
        int at = 1; // table order: conv, LC, ...
        Panel a = data.panel("a: test accuracy");
        for (int s = 0; s < protocol.seeds(); s++) {
            assertEquals(lc.accuracies()[s], a.series("seed " + (s + 1)).y()[at], 0.0, "table1 LC, seed " + (s + 1));
        }
        assertEquals(lc.meanRunningStatsAccuracy(), a.series("mean with running BN statistics").y()[at], 0.0,
                "table1 LC with running statistics");
        Series snr = data.panel("b: weight SNR").series("mean over seeds");
        assertEquals(at, snr.x()[0], 0.0, "table1 b: LC is the first LC arm");
        assertEquals(Math.log10(lc.meanWeightSnr()), snr.y()[0], 0.0, "table1 LC weight SNR");
        Series mean = a.series("mean over seeds");
        for (int i = 0; i < mean.size(); i++) {
            assertEquals(meanOverSeeds(a, "seed ", i), mean.y()[i], 0.0, "table1 mean over seeds, arm " + i);
        }
        assertEquals(1.0 / 10, a.series("chance").y()[0], 0.0, "table1 chance level");
    }

    /**
     * fig2: the point n = 1 (LC on one translated copy of each image) re-trained with
     * {@link ArmRuns#train} and {@link ImageArm#lcTranslated}: each seed's marker and the mean line;
     * then the mean line at every n against its plotted seeds.
     */
    private static void fig2(FigureData data, long seed) {
        Fig2AugmentationCurve.Params p = Fig2AugmentationCurve.Params.quick();
        ImageProtocol protocol = p.protocol();
        ArmRuns one = ArmRuns.train(ImageArm.lcTranslated(p.nReps()[0], p.shift()), protocol, protocol.data(), seed);
        Panel a = data.panel("a: test accuracy");
        Series mean = a.series("LC + translations (mean)");
        assertEquals(p.nReps()[0], mean.x()[0], 0.0, "fig2 first point");
        assertEquals(one.meanAccuracy(), mean.y()[0], 0.0, "fig2 mean at n=" + p.nReps()[0]);
        for (int s = 0; s < protocol.seeds(); s++) {
            assertEquals(one.accuracies()[s], a.series("LC + translations: seed " + (s + 1)).y()[0], 0.0,
                    "fig2 n=" + p.nReps()[0] + ", seed " + (s + 1));
        }
        for (int i = 0; i < mean.size(); i++) {
            assertEquals(meanOverSeeds(a, "LC + translations: seed ", i), mean.y()[i], 0.0,
                    "fig2 mean at n=" + mean.x()[i]);
        }
    }

    /** Mean of point {@code i} over the series {@code prefix + 1, prefix + 2, ...}, summed in seed order. */
    private static double meanOverSeeds(Panel a, String prefix, int i) {
        double sum = 0;
        int seeds = 0;
        Set<String> names = new HashSet<>();
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
