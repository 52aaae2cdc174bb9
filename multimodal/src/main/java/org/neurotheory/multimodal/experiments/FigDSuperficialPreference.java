package org.neurotheory.multimodal.experiments;

import org.neurotheory.core.Require;
import org.neurotheory.core.figure.Curves;
import org.neurotheory.core.data.TwoModalityData;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.Role;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.multimodal.data.FusionDatasets;
import org.neurotheory.multimodal.model.FusionArchitecture;
import org.neurotheory.multimodal.model.PhaseTimes;
import org.neurotheory.multimodal.model.TrainingRun;
import org.neurotheory.multimodal.theory.SuperficialPreference;
import org.neurotheory.multimodal.theory.UnimodalPhaseTheory;

/**
 * Fig. D (§4; paper Sec. 3.3): superficial modality preference. (i) the prioritisation
 * boundary {@code w_A/w_B = 1/r^2} and the contribution boundary {@code 1/r}; (ii) loss curves of
 * late and early fusion for r = 2, rho = 0, {@code w* = c (0.3, 0.8)} with c = 2 (the reference
 * choice; the paper's c is unknown): late fusion learns A first and sits at {@code L(M_A) = 0.64}
 * although learning B first would have reached 0.36. Both scales are the paper's sizes.
 */
public final class FigDSuperficialPreference implements FigureSpec {
    /**
     * Settings: the toy with {@code w* = c (0.3, 0.8)}.
     *
     * @param ratio  sigma_A / sigma_B
     * @param c      target scale
     * @param epochs epochs of the two training runs (the other settings are Fig. B's)
     */
    public record Params(double ratio, double c, int epochs) {
        public Params {
            Require.positive("ratio", ratio);
            Require.positive("c", c);
            Require.positive("epochs", epochs);
        }

        /** r = 2, c = 2, 400 epochs (each run takes milliseconds). */
        public static Params paper() {
            return new Params(2, 2, 400);
        }

        /** As {@link #paper()}. */
        public static Params quick() {
            return paper();
        }
    }

    @Override
    public String key() {
        return "figd";
    }

    @Override
    public String title() {
        return "Fig. D: superficial modality preference, boundaries and loss curves";
    }

    @Override
    public FigureData compute(Scale scale, long seed) {
        Params p = scale.pick(Params.quick(), Params.paper());
        double r = p.ratio();
        double c = p.c();
        FigureData fig = new FigureData(title()).parameters(p).parameter("target", new double[] {0.3 * c, 0.8 * c});
        double[] x = Curves.linspace(0.5, 3, 101);
        double[] prio = new double[x.length];
        double[] contrib = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            prio[i] = SuperficialPreference.prioritisationBoundary(x[i]);
            contrib[i] = SuperficialPreference.contributionBoundary(x[i]);
        }
        fig.panel("(i) superficial preference", "sigma_A / sigma_B", "w*_A / w*_B")
                .line("prioritisation 1/x^2", x, prio).dashed("contribution 1/x", x, contrib)
                .markers("example", new double[] {r}, new double[] {0.3 / 0.8})
                .title("(i)", "superficial-preference band");
        fig.check(Check.holds("example (2, 0.375) lies in the superficial band", SuperficialPreference.isSuperficial(r, 0.375)));

        TwoModalityData data = FusionDatasets.toyWithTarget(r, 0.3 * c, 0.8 * c);
        UnimodalPhaseTheory theory = new UnimodalPhaseTheory(data.populationMoments(), 1);
        double lossMA = theory.lossAtUnimodal(0) / theory.lossAtOrigin();
        double lossMB = theory.lossAtUnimodal(1) / theory.lossAtOrigin();
        fig.check(Check.holds("theory: A is learned first (|Sigma_yxA| > |Sigma_yxB|)", theory.firstLearned() == 0));
        var panel = fig.panel("(ii) loss curves", "epoch", "L / L(0)")
                .referenceLine("L(M_A)/L(0)", 0, p.epochs(), lossMA)
                .referenceLine("L(M_B)/L(0)", 0, p.epochs(), lossMB)
                .tag("L(M_A)/L(0)", "plateaus L(M_A), L(M_B)", Role.REFERENCE)
                .tag("L(M_B)/L(0)", "plateaus L(M_A), L(M_B)", Role.REFERENCE)
                .title("(ii)", "loss: early vs late fusion");
        int midLate = 0;
        for (boolean late : new boolean[] {true, false}) {
            FusionArchitecture arch = late ? FusionArchitecture.late(1, 1, 100, 1) : FusionArchitecture.early(1, 1, 100, 1);
            TrainingRun run = FigBEarlyVsLateFusion.Params.paper().withEpochs(p.epochs()).run(arch, data).run(seed);
            PhaseTimes times = PhaseTimes.measure(run, theory.unimodalWeights(0).get(0));
            panel.line(late ? "late fusion" : "early fusion", run.epochAxis(), run.normalisedLoss());
            if (late) {
                midLate = (times.tA() + times.tB()) / 2;
                fig.check(Check.holds("late: A learned before B (t_A < t_B)", times.tA() < times.tB()));
                // check 12: measured 0.645 against 0.64; 0.02 allows the finite sample (P = 8192) and
                // the slope of the plateau at its midpoint
                fig.check(Check.absolute("late: plateau loss vs L(M_A)/L(0)", lossMA, run.normalisedLoss()[midLate], 0.02));
                fig.parameter("lateTA", times.tA()).parameter("lateTB", times.tB());
            } else {
                // no plateau: by the late network's plateau midpoint early fusion is far below L(M_A)
                fig.check(Check.atMost("early: loss at the late plateau midpoint is below L(M_B)", lossMB,
                        run.normalisedLoss()[midLate], 0));
            }
        }
        return fig;
    }
}
