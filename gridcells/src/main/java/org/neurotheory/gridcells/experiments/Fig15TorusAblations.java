package org.neurotheory.gridcells.experiments;

import java.util.List;
import java.util.Locale;
import org.neurotheory.core.Require;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.Panel;
import org.neurotheory.core.progress.Progress;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.gridcells.analysis.RateMap;
import org.neurotheory.gridcells.model.ActionableCode;
import org.neurotheory.gridcells.model.FiniteOptimiserParams;
import org.neurotheory.gridcells.model.FiniteSpaceOptimisation;
import org.neurotheory.gridcells.model.GecoSchedule;
import org.neurotheory.gridcells.model.SeparationLoss;

/**
 * Fig. 15 of the paper (Appendix I): ablations on the torus with the kernel loss. Without
 * non-negativity the code mixes frequencies freely and its rates go negative; without the
 * functional term a few frequencies ride on a large constant; without actionability (no
 * equivariance loss) the code spreads its power over more frequencies than the budget allows,
 * giving bumpy maps without a lattice. The full objective is shown for comparison. Panels per
 * condition: one neuron's rate map over one period and the power of every candidate frequency (log
 * axis, so that the frequencies off the budget show how far below the rest they sit).
 */
public final class Fig15TorusAblations extends PresetFigure<Fig15TorusAblations.Params> {

    /**
     * @param optimiser the full objective's settings; each ablation switches one term off
     * @param bins      rate-map bins per side
     */
    public record Params(FiniteOptimiserParams optimiser, int bins) {
        public Params {
            Require.nonNull("optimiser", optimiser);
            Require.that(optimiser.dim() == 2, "optimiser.dim", optimiser.dim(), "must be 2 (torus)");
            Require.that(bins >= 16, "bins", bins, "must be >= 16");
        }

        /** The official torus settings (kernel loss with chi) at 40 candidates, P = 150, gammas 5e-4, 6 000 steps. */
        public static Params quick() {
            FiniteOptimiserParams o = FiniteOptimiserParams.torus().withCandidates(40).withSteps(6000);
            o = o.withObjective(o.objective().withSamples(150, 150, 3))
                    .withSchedules(new GecoSchedule(0.1, -9, 0.9, 5e-4, true), new GecoSchedule(0.01, -5, 0.9, 5e-4, false));
            return new Params(o, 40);
        }

        /** The official torus script: 200 candidates, official schedules, 100 000 steps per condition. */
        public static Params paper() {
            return new Params(FiniteOptimiserParams.torus(), 50);
        }
    }

    /** The figure with its quick and paper presets. */
    public Fig15TorusAblations() {
        super(Params::quick, Params::paper);
    }

    @Override
    public String key() {
        return "fig15";
    }

    @Override
    public String title() {
        return "Fig. 15: ablations on the torus (no non-negativity, no functional term, no actionability)";
    }

    @Override
    void draw(Params p, long seed, FigureData data) {
        FiniteOptimiserParams full = p.optimiser();
        List<String> names = List.of("full objective", "no non-negativity", "no functional term", "no actionability");
        List<FiniteOptimiserParams> runs = List.of(full,
                full.withSchedules(GecoSchedule.fixed(0), full.equivariance()),
                full.withObjective(full.objective().withLoss(SeparationLoss.NONE)),
                full.withSchedules(full.positivity(), GecoSchedule.fixed(0)));
        ActionableCode[] codes = new ActionableCode[runs.size()];
        try (Progress progress = Progress.auto("fig15", (long) full.steps() * runs.size())) {
            for (int i = 0; i < runs.size(); i++) {
                // the same initialisation and samples for every condition
                codes[i] = FiniteSpaceOptimisation.run(runs.get(i), seed, progress).finalCode();
            }
        }
        double[] worst = new double[codes.length];
        double[] budget = new double[codes.length];
        double[] constant = new double[codes.length];
        RateMap[] maps = new RateMap[codes.length];
        for (int i = 0; i < codes.length; i++) {
            ActionableCode c = codes[i];
            maps[i] = RateMap.of(c, p.bins(), Math.PI);
            double total = c.constantPower();
            for (double power : c.powers()) {
                total += power;
            }
            worst[i] = 0;
            for (int n = 0; n < c.neurons(); n++) {
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                for (double v : maps[i].map(n)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
                worst[i] = Math.min(worst[i], min / max);
            }
            budget[i] = FiniteSpaceRun.budgetShare(c);
            constant[i] = c.constantPower() / total;
            data.note(names.get(i) + ": worst min/max " + round(worst[i]) + ", power share on the budget " + round(budget[i])
                    + ", constant share " + round(constant[i]) + ".");
        }
        // the paper's panels A-C are the three ablations: their maps in the first row, their spectra in
        // the second, and the full objective (not in the paper's figure) last, for reference
        for (int i = 1; i < codes.length; i++) {
            PlaneFigures.rateMaps(data, maps[i], new int[] {0}, names.get(i) + ": ").get(0).title(letter(i), names.get(i) + ": neuron 1");
        }
        for (int i = 1; i < codes.length; i++) {
            spectrum(data, codes[i], names.get(i)).caption(letter(i) + " (" + names.get(i) + "): spectrum");
        }
        PlaneFigures.rateMaps(data, maps[0], new int[] {0}, names.get(0) + ": ").get(0).caption("reference, full objective: neuron 1");
        spectrum(data, codes[0], names.get(0)).caption("reference, full objective: spectrum");
        data.check(Check.atLeast("full objective: share of the power on floor((N-1)/2) frequencies", 0.95, budget[0], 0));
        data.check(Check.atMost("no non-negativity: worst min/max rate (rates go negative)", -0.3, worst[1], 0));
        data.check(Check.atLeast("no functional term: constant share of the power, above the full objective's",
                constant[0], constant[2], 0));
        data.check(Check.atMost("no actionability: share of the power on floor((N-1)/2) frequencies", 0.95, budget[3], 0));
    }

    /** The paper's panel letter of ablation {@code i} (1-3). */
    private static String letter(int i) {
        return String.valueOf((char) ('A' + i - 1));
    }

    /** A panel of the code's power per candidate frequency (by |k|) and its constant term. */
    private static Panel spectrum(FigureData data, ActionableCode c, String name) {
        int d = c.frequencies();
        double[] index = new double[d];
        for (int f = 0; f < d; f++) {
            index[f] = f + 1;
        }
        return data.panel(name + ": spectrum", "candidate (by |k|)", "power").logY().markers("power", index, c.powers())
                .markers("constant", new double[] {0}, new double[] {c.constantPower()});
    }

    private static String round(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
