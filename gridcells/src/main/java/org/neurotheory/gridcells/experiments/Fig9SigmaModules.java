package org.neurotheory.gridcells.experiments;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.neurotheory.core.Require;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.gridcells.model.ObjectiveParams;
import org.neurotheory.gridcells.model.OptimiserParams;

/**
 * Fig. 9 of the paper (Appendix B.4): the number of modules against the neural lengthscale sigma,
 * mean and spread over repeated runs. A large sigma makes the loss nearly Euclidean and gives one
 * module; a smaller sigma penalises harmonically related frequencies more (Appendix E), so the
 * code splits into more modules. The runs go through the registered sweep {@code fig9-sigma}, one
 * point per (sigma, run).
 */
public final class Fig9SigmaModules extends PlaneSweepFigure<Fig9SigmaModules.Params> {
    /** The legend entry of the mean module count and its +- one-sd band (one colour). */
    private static final String MEAN_SD = "mean over runs (dashed: +- sd)";


    /**
     * @param base    optimisation settings of every point (sigma^2 replaced per point)
     * @param sigmaSq the values of sigma^2, decreasing
     * @param runs    independent runs per value
     * @param threads runs at once when the figure is computed with explicit parameters
     */
    public record Params(OptimiserParams base, double[] sigmaSq, int runs, int threads) implements PlaneSweepFigure.Points {
        public Params {
            Require.nonNull("base", base);
            Require.that(base.dim() == 2, "base.dim", base.dim(), "must be 2");
            Require.that(sigmaSq != null && sigmaSq.length >= 2, "sigmaSq.length", sigmaSq == null ? 0 : sigmaSq.length, "must be >= 2");
            for (int i = 0; i < sigmaSq.length; i++) {
                Require.positive("sigmaSq[" + i + "]", sigmaSq[i]);
                Require.that(i == 0 || sigmaSq[i] < sigmaSq[i - 1], "sigmaSq[" + i + "]", sigmaSq[i], "must decrease");
            }
            Require.positive("runs", runs);
            Require.positive("threads", threads);
            sigmaSq = sigmaSq.clone();
        }

        /**
         * N = 16 (D = 7), l = 0.5, M = 100 room samples and M_S = 5 displaced rooms, ratio norm loss and
         * the fast schedule, 6 000 steps; sigma^2 = 0.4, 0.05, 0.016; two runs each.
         */
        public static Params quick() {
            OptimiserParams p = OptimiserParams.planeOneModuleRatio().withNeurons(16).withSteps(6000);
            return new Params(p.withObjective(p.objective().withSamples(100, 5)), new double[] {0.4, 0.05, 0.016}, 2, 2);
        }

        /**
         * The paper's setting: N = 64 (D = 31), l = 0.2, Table B.3's samples (M = 150, M_S = 15, S = 3),
         * ratio norm loss and the fast schedule, 20 000 steps; sigma = 1, 0.6, 0.4, 0.3, 0.2, 0.1; three runs each.
         */
        public static Params paper() {
            OptimiserParams p = OptimiserParams.planeOneModuleRatio().withNeurons(64).withSteps(20000);
            ObjectiveParams o = p.objective().withChiLength(0.2).withShiftStd(3);
            return new Params(p.withObjective(o), new double[] {1, 0.36, 0.16, 0.09, 0.04, 0.01}, 3, 2);
        }

        /** The optimisation of every point, sigma-major: point {@code i * runs + r}. */
        @Override
        public List<OptimiserParams> points() {
            List<OptimiserParams> out = new ArrayList<>();
            for (double s : sigmaSq) {
                for (int r = 0; r < runs; r++) {
                    out.add(base.withObjective(base.objective().withSigmaSq(s)));
                }
            }
            return out;
        }

        @Override
        public double[] sigmaSq() {
            return sigmaSq.clone();
        }
    }

    /** The sweep {@code fig9-sigma}: one optimisation per (sigma, run). */
    public Fig9SigmaModules() {
        super("fig9-sigma");
    }

    @Override
    public String key() {
        return "fig9";
    }

    @Override
    public String title() {
        return "Fig. 9: number of modules against sigma (plane)";
    }

    @Override
    Params preset(Scale scale) {
        return scale == Scale.PAPER ? Params.paper() : Params.quick();
    }

    @Override
    String dataTitle(Params p) {
        return "Fig. 9: more modules as sigma decreases (plane, N = " + p.base().neurons() + ", l = " + p.base().objective().chiLength() + ")";
    }

    @Override
    void draw(Params p, List<PlaneRun> runs, FigureData data) {
        int k = p.sigmaSq().length;
        double[] sigma = new double[k];
        double[] mean = new double[k];
        double[] sd = new double[k];
        double[] runSigma = new double[runs.size()];
        for (int i = 0; i < k; i++) {
            sigma[i] = Math.sqrt(p.sigmaSq()[i]);
            double s = 0;
            double s2 = 0;
            for (int r = 0; r < p.runs(); r++) {
                double m = runs.get(i * p.runs() + r).modules();
                runSigma[i * p.runs() + r] = sigma[i];
                s += m;
                s2 += m * m;
            }
            mean[i] = s / p.runs();
            sd[i] = p.runs() > 1 ? Math.sqrt(Math.max(0, (s2 - p.runs() * mean[i] * mean[i]) / (p.runs() - 1))) : 0;
        }
        double[] lower = new double[k];
        double[] upper = new double[k];
        for (int i = 0; i < k; i++) {
            lower[i] = mean[i] - sd[i];
            upper[i] = mean[i] + sd[i];
        }
        data.panel("modules", "sigma", "modules (>= N/10 neurons)").logX().title("a", "number of modules against sigma")
                .markers("each run", runSigma, PlaneSweeps.column(runs, r -> (double) r.modules()))
                .line("mean over runs", sigma, mean).dashed("mean - sd", sigma, lower).dashed("mean + sd", sigma, upper)
                .condition("mean over runs", MEAN_SD).condition("mean - sd", MEAN_SD).condition("mean + sd", MEAN_SD);
        data.panel("hexagonality", "sigma", "median over neurons").logX().title("b", "grid scores of each run")
                .markers("grid60", runSigma, PlaneSweeps.column(runs, PlaneRun::grid60))
                .markers("grid90", runSigma, PlaneSweeps.column(runs, PlaneRun::grid90))
                .markers("largest module share", runSigma, PlaneSweeps.column(runs, PlaneRun::largestShare));
        char label = 'c';
        for (int i : new int[] {0, k / 2, k - 1}) {
            String name = String.format(Locale.ROOT, "sigma = %.3g", sigma[i]);
            PlaneSweeps.exampleMap(data, runs.get(i * p.runs()), name, String.valueOf(label++), name + ", first run: most hexagonal neuron");
        }
        for (int i = 0; i < k; i++) {
            StringBuilder sb = new StringBuilder();
            for (int r = 0; r < p.runs(); r++) {
                PlaneRun run = runs.get(i * p.runs() + r);
                sb.append(String.format(Locale.ROOT, " [modules %d, largest %.2f, grid60 %.2f, in-room min/max %.3f]",
                        run.modules(), run.largestShare(), run.grid60(), run.negativity()));
            }
            data.note(String.format(Locale.ROOT, "sigma = %.3g:%s", sigma[i], sb));
        }
        int oneAtLargest = 0;
        for (int r = 0; r < p.runs(); r++) {
            oneAtLargest += runs.get(r).oneModule() ? 1 : 0;
        }
        data.note("Runs at the largest sigma that are one module (>= 80 % of the neurons; the paper: one module at large sigma): "
                + oneAtLargest + " of " + p.runs() + ".");
        // the effect (Appendix E): smaller sigma, more modules; at least one module more on average
        data.check(Check.atLeast("mean modules at the smallest sigma - at the largest", 1, mean[k - 1] - mean[0], 0));
        double worstStep = Double.POSITIVE_INFINITY;
        for (int i = 1; i < k; i++) {
            worstStep = Math.min(worstStep, mean[i] - mean[i - 1]);
        }
        // the paper's trend: the mean never falls as sigma decreases
        data.check(Check.atLeast("smallest change of the mean module count from one sigma to the next smaller", 0, worstStep, 0));
        int split = 0;
        for (int r = 0; r < p.runs(); r++) {
            split += runs.get((k - 1) * p.runs() + r).modules() >= 2 ? 1 : 0;
        }
        data.check(Check.atLeast("runs at the smallest sigma with >= 2 modules", p.runs(), split, 0));
    }
}
