package org.neurotheory.multimodal.experiments;

import org.neurotheory.core.figure.Curves;
import org.neurotheory.core.Require;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.Role;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.ode.DormandPrinceIntegrator;
import org.neurotheory.core.ode.TimeGrid;
import org.neurotheory.core.ode.Trajectory;
import org.neurotheory.core.data.TwoModalityData;
import org.neurotheory.core.dln.LinearRegressionMoments;
import org.neurotheory.multimodal.data.FusionDatasets;
import org.neurotheory.multimodal.model.FusionArchitecture;
import org.neurotheory.multimodal.model.Training;
import org.neurotheory.multimodal.model.InitScheme;
import org.neurotheory.multimodal.model.PhaseTimes;
import org.neurotheory.multimodal.model.TrainingRun;
import org.neurotheory.multimodal.theory.BalancedTwoLayerFlow;
import org.neurotheory.multimodal.theory.UnimodalPhaseTheory;

/**
 * Fig. B (§4): two-layer early vs late fusion on the toy (r = 2, rho = 0, H = 100,
 * gamma = 1e-9, eta = 0.04, P = 8192, 1000 epochs). Training curves (normalised loss, W_A^tot and
 * W_B^tot over their final values) and phase portraits of the reduced balanced flow (Eq. E1)
 * with the simulated path of W^tot on top. Late fusion has a unimodal plateau at M_A; early
 * fusion has none. Both scales use the paper's sizes (each run takes milliseconds).
 */
public final class FigBEarlyVsLateFusion implements FigureSpec {
    /**
     * Settings of the toy runs (the code's README command).
     *
     * @param ratio        sigma_A / sigma_B of the toy
     * @param rho          correlation between the modalities
     * @param hidden       hidden units H
     * @param gamma        init scale (per-entry)
     * @param learningRate eta
     * @param samples      P
     * @param epochs       full-batch GD epochs
     */
    public record Params(double ratio, double rho, int hidden, double gamma, double learningRate, int samples,
                         int epochs) {
        public Params {
            Require.positive("ratio", ratio);
            Require.inRange("rho", rho, -1, 1);
            Require.positive("hidden", hidden);
            Require.positive("gamma", gamma);
            Require.positive("learningRate", learningRate);
            Require.positive("samples", samples);
            Require.positive("epochs", epochs);
        }

        /** The README command: r = 2, rho = 0, H = 100, gamma = 1e-9, eta = 0.04, P = 8192, 1000 epochs. */
        public static Params paper() {
            return new Params(2, 0, 100, 1e-9, 0.04, 8192, 1000);
        }

        /** The paper's sizes: each run takes milliseconds. */
        public static Params quick() {
            return paper();
        }

        /** A copy with another number of epochs. */
        public Params withEpochs(int newEpochs) {
            return new Params(ratio, rho, hidden, gamma, learningRate, samples, newEpochs);
        }

        /** One run of these settings on {@code data} (the code's per-entry init, no stop loss). */
        FusionRun run(FusionArchitecture arch, TwoModalityData data) {
            return new FusionRun(data, samples, arch, InitScheme.PER_ENTRY, gamma, new Training(learningRate, epochs, 0));
        }
    }

    @Override
    public String key() {
        return "figb";
    }

    @Override
    public String title() {
        return "Fig. B: two-layer early vs late fusion on the toy, training curves and phase portraits";
    }

    @Override
    public FigureData compute(Scale scale, long seed) {
        Params p = scale.pick(Params.quick(), Params.paper());
        TwoModalityData data = FusionDatasets.toy(p.ratio(), p.rho());
        FigureData fig = new FigureData(title()).parameters(p);
        LinearRegressionMoments pop = data.populationMoments();
        UnimodalPhaseTheory theory = new UnimodalPhaseTheory(pop, 1);
        double lossMA = theory.lossAtUnimodal(0) / theory.lossAtOrigin();
        for (boolean late : new boolean[] {false, true}) {
            String name = late ? "late" : "early";
            FusionArchitecture arch = late ? FusionArchitecture.late(1, 1, p.hidden(), 1)
                    : FusionArchitecture.early(1, 1, p.hidden(), 1);
            TrainingRun run = p.run(arch, data).run(seed);
            PhaseTimes times = PhaseTimes.measure(run, theory.unimodalWeights(0).get(0));
            double[] epochs = run.epochAxis();
            fig.panel(name + " fusion", "epoch", "normalised value")
                    .title(String.valueOf((char) ('a' + fig.panels().size() - 1)), name + " fusion: loss and weights")
                    .line("loss L/L(0)", epochs, run.normalisedLoss())
                    .line("W_A^tot/W_A^tot(end)", epochs, Curves.byFinal(run.weightA()))
                    .line("W_B^tot/W_B^tot(end)", epochs, Curves.byFinal(run.weightB()))
                    .referenceLine("L(M_A)/L(0) theory", 0, epochs.length - 1, lossMA)
                    .tag("L(M_A)/L(0) theory", "L(M_A)/L(0) theory", Role.REFERENCE);
            double[] wa = Curves.thin(run.weightA(), 5);
            double[] wb = Curves.thin(run.weightB(), 5);
            Trajectory reduced = new DormandPrinceIntegrator(1e-10, 1e-8).integrate(new BalancedTwoLayerFlow(pop, 1, late),
                    new double[] {0.01, 0.01}, TimeGrid.linear(0, 100, 2001));
            double[] ra = reduced.component(0);
            double[] rb = reduced.component(1);
            fig.panel(name + " phase portrait", "W_A^tot", "W_B^tot")
                    .title(String.valueOf((char) ('a' + fig.panels().size() - 1)), name + " fusion: phase portrait")
                    .line("reduced flow E1 from (0.01 0.01)", ra, rb)
                    .markers("network", wa, wb)
                    .tag("reduced flow E1 from (0.01 0.01)", "reduced flow (E1) vs network", Role.THEORY)
                    .tag("network", "reduced flow (E1) vs network", Role.SIMULATION)
                    .markers("fixed points", late ? new double[] {0, 1, 0, 1} : new double[] {0, 1},
                            late ? new double[] {0, 0, 1, 1} : new double[] {0, 1});
            int mid = (times.tA() + times.tB()) / 2;
            double[] fin = run.finalTotals();
            // the global minimum (1, 1) up to sampling error of the 8192-sample OLS fit and not fully converged at 1000 epochs
            fig.check(Check.absolute(name + ": final W_A^tot", 1, fin[0], 0.02));
            fig.check(Check.absolute(name + ": final W_B^tot", 1, fin[1], 0.02));
            fig.check(Check.absolute(name + ": reduced flow reaches M_* (W_A)", 1, ra[ra.length - 1], 1e-3));
            if (late) {
                // check 6: measured 3.74 against theory 4; finite init and the argmin definition of
                // t_A/t_B put the measurement up to 15% below E2; check 6 accepts [3.4, 4.3]
                fig.check(Check.relative("late: t_B/t_A vs E2", theory.timeRatio(), times.ratio(), 0.15));
                fig.check(Check.absolute("late: t_B/t_A in the reference range [3.4, 4.3]", 3.85, times.ratio(), 0.45));
                fig.check(Check.relative("late: t_B ~ 480 epochs (reference simulation)", 480, times.tB(), 0.2));
                fig.check(Check.absolute("late: plateau W_A^tot vs W_A^uni", theory.unimodalWeights(0).get(0), run.weightA()[mid], 0.02));
                fig.check(Check.absolute("late: plateau loss vs L(M_A)/L(0)", lossMA, run.normalisedLoss()[mid], 0.02));
                // from w = 0.01, B has grown to about 0.01^(1 - kappa) = 0.03 when A is learned (§3.3.2), so
                // the reduced path misses M_A by a few hundredths; early fusion misses it by > 0.3
                fig.check(Check.atMost("late: reduced flow passes M_A (distance)", 0, Curves.closestApproach(ra, rb, 1, 0), 0.1));
                fig.check(Check.atMost("late: network passes M_A (distance)", 0, Curves.closestApproach(wa, wb, 1, 0), 0.05));
            } else {
                // check 8: no unimodal phase, measured 1.08
                fig.check(Check.absolute("early: t_B/t_A (no unimodal phase)", 1.05, times.ratio(), 0.15));
                fig.check(Check.atLeast("early: network stays away from M_A (distance)", 0.3, Curves.closestApproach(wa, wb, 1, 0), 0));
                fig.check(Check.atLeast("early: reduced flow stays away from M_A (distance)", 0.3, Curves.closestApproach(ra, rb, 1, 0), 0));
            }
            fig.parameter(name + "TA", times.tA()).parameter(name + "TB", times.tB());
        }
        fig.note("Toy A = sigma_A = 2 modality is index 0 (the official code calls it x2).");
        return fig;
    }
}
