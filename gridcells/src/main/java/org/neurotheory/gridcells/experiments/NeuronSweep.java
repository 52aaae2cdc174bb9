package org.neurotheory.gridcells.experiments;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.neurotheory.core.Require;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.gridcells.model.OptimiserParams;

/**
 * The points of Figs. 10 and 11 (Appendix B.4): one optimisation per number of neurons N, each at
 * its own sigma, with the steps scaled with N as the paper does (the base steps up to N = 64, then
 * in proportion to N), and the panels such a figure draws ({@link Fig11ModulesPerN}).
 *
 * @param base    settings of every point (N, sigma^2 and the steps replaced per point)
 * @param neurons N of each point, increasing
 * @param sigmaSq sigma^2 of each point
 * @param threads runs at once when a figure is computed with explicit parameters
 */
public record NeuronSweep(OptimiserParams base, int[] neurons, double[] sigmaSq, int threads) implements PlaneSweepFigure.Points {
    public NeuronSweep {
        Require.nonNull("base", base);
        Require.that(base.dim() == 2, "base.dim", base.dim(), "must be 2");
        Require.that(neurons != null && neurons.length >= 2, "neurons.length", neurons == null ? 0 : neurons.length, "must be >= 2");
        Require.that(sigmaSq != null && sigmaSq.length == neurons.length, "sigmaSq.length", sigmaSq == null ? 0 : sigmaSq.length,
                "must equal neurons.length = " + neurons.length);
        for (int i = 0; i < neurons.length; i++) {
            Require.that(neurons[i] >= 3, "neurons[" + i + "]", neurons[i], "must be >= 3 (one frequency)");
            Require.that(i == 0 || neurons[i] > neurons[i - 1], "neurons[" + i + "]", neurons[i], "must increase");
            Require.positive("sigmaSq[" + i + "]", sigmaSq[i]);
        }
        Require.positive("threads", threads);
        neurons = neurons.clone();
        sigmaSq = sigmaSq.clone();
    }

    /** One optimisation per N. */
    @Override
    public List<OptimiserParams> points() {
        List<OptimiserParams> out = new ArrayList<>();
        for (int i = 0; i < neurons.length; i++) {
            OptimiserParams p = withNeurons(base, neurons[i]);
            out.add(p.withObjective(p.objective().withSigmaSq(sigmaSq[i])));
        }
        return out;
    }

    /**
     * {@code base} at {@code n} neurons with the steps of Appendix B.4's experiments, which scale with N:
     * the base steps up to N = 64, then in proportion to N.
     */
    static OptimiserParams withNeurons(OptimiserParams base, int n) {
        int steps = (int) Math.max(base.steps(), Math.round(base.steps() * n / 64.0));
        return base.withNeurons(n).withSteps(steps);
    }

    @Override
    public int[] neurons() {
        return neurons.clone();
    }

    @Override
    public double[] sigmaSq() {
        return sigmaSq.clone();
    }

    /** Modules, largest share and median grid scores per N, an example map per N, a note per run. */
    void panels(FigureData data, List<PlaneRun> runs) {
        double[] n = new double[neurons.length];
        for (int i = 0; i < n.length; i++) {
            n[i] = neurons[i];
        }
        data.panel("modules", "neurons N", "modules (>= N/10 neurons)").title("a", "modules and the largest module's share")
                .markers("modules", n, PlaneSweeps.column(runs, r -> (double) r.modules()))
                .markers("largest module share", n, PlaneSweeps.column(runs, PlaneRun::largestShare));
        data.panel("grid scores", "neurons N", "median over neurons").title("b", "hexagonal (grid60) and square (grid90) scores")
                .markers("grid60", n, PlaneSweeps.column(runs, PlaneRun::grid60))
                .markers("grid90", n, PlaneSweeps.column(runs, PlaneRun::grid90))
                .referenceLine("grid-cell threshold 0.3", n[0], n[n.length - 1], 0.3);
        char label = 'c';
        for (int i = 0; i < runs.size(); i++) {
            PlaneRun r = runs.get(i);
            String name = String.format(Locale.ROOT, "N = %d (sigma^2 = %.3g)", neurons[i], sigmaSq[i]);
            PlaneSweeps.exampleMap(data, r, name, String.valueOf(label++), name + ": most hexagonal neuron");
            data.note(String.format(Locale.ROOT, "%s: modules %d, largest %.2f, grid60 %.2f, grid90 %.2f, |k_1| %.2f, in-room min/max %.3f",
                    name, r.modules(), r.largestShare(), r.grid60(), r.grid90(), r.fundamental(), r.negativity()));
        }
    }
}
