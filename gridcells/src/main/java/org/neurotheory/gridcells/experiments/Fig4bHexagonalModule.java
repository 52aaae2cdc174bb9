package org.neurotheory.gridcells.experiments;

import java.util.Arrays;
import java.util.List;
import org.neurotheory.core.Require;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.progress.Progress;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.gridcells.analysis.CodeStatistics;
import org.neurotheory.gridcells.analysis.PlaneCodeReport;
import org.neurotheory.gridcells.model.ActionableCode;
import org.neurotheory.gridcells.model.OptimisationResult;
import org.neurotheory.gridcells.model.OptimiserParams;
import org.neurotheory.gridcells.model.Restarts;

/**
 * Fig. 4B of the paper: with few neurons (N = 25, D = 12, sigma^2 = 0.4, l = 0.5) the optimised
 * plane code is one module of hexagonal grid cells with a hexagonal spectrum. Uses the bounded-activity
 * constraint in the form the paper's text describes ({@link OptimiserParams#planeOneModuleRatio}). Runs the restarts,
 * takes the final code of the restart the best-snapshot rule ranks first, and reports rate maps, an
 * autocorrelogram, grid scores, the spectrum and the loss curves with the constraint weights.
 */
public final class Fig4bHexagonalModule extends PresetFigure<Fig4bHexagonalModule.Params> {

    /**
     * @param optimiser optimisation settings
     * @param restarts  independent restarts (the best is shown)
     * @param threads   restarts run in parallel
     * @param bins      rate-map bins per side
     * @param extent    half-width of the rate-map window
     */
    public record Params(OptimiserParams optimiser, int restarts, int threads, int bins, double extent) {
        public Params {
            Require.nonNull("optimiser", optimiser);
            Require.that(optimiser.dim() == 2, "optimiser.dim", optimiser.dim(), "must be 2");
            Require.positive("restarts", restarts);
            Require.positive("threads", threads);
            Require.that(bins >= 16, "bins", bins, "must be >= 16");
            Require.positive("extent", extent);
        }

        /** One restart of 10 000 steps with the ratio norm loss and the fast schedule. */
        public static Params quick() {
            return new Params(OptimiserParams.planeOneModuleRatio().withSteps(10000), 1, 1, 50, 2 * Math.PI);
        }

        /** Five restarts of 20 000 steps with the ratio norm loss and the fast schedule, two at a time. */
        public static Params paper() {
            return new Params(OptimiserParams.planeOneModuleRatio(), 5, 2, 50, 2 * Math.PI);
        }

        public Params withOptimiser(OptimiserParams v) {
            return new Params(v, restarts, threads, bins, extent);
        }
    }

    /** The figure with its quick and paper presets. */
    public Fig4bHexagonalModule() {
        super(Params::quick, Params::paper);
    }

    @Override
    public String key() {
        return "fig4b";
    }

    @Override
    public String title() {
        return "Fig. 4B: one module of hexagonal grid cells (N = 25, plane)";
    }

    @Override
    void draw(Params p, long seed, FigureData data) {
        data.parameter("schedule", p.optimiser().schedule().name());
        List<OptimisationResult> runs;
        try (Progress progress = Progress.auto("fig4b", (long) p.optimiser().steps() * p.restarts())) {
            runs = Restarts.run(p.optimiser(), p.restarts(), seed, p.threads(), progress);
        }
        int chosen = Restarts.best(runs);
        OptimisationResult r = runs.get(chosen);
        // the final code is analysed: the best-so-far rule (lowest functional loss while both constraints
        // hold) favours early snapshots, because the functional loss rises as lambda_p enforces non-negativity
        ActionableCode code = r.finalCode();
        PlaneCodeReport report = PlaneCodeReport.of(code, p.bins(), p.extent(), Seeds.derive(seed, 99));
        data.parameter("chosenRestart", chosen);
        data.parameter("snapshotStep", r.bestStep());
        data.note("Analysed: the final code of the chosen restart (its best constraint-satisfying snapshot, step "
                + r.bestStep() + ", is in OptimisationResult.best()).");
        PlaneFigures.rateMaps(data, report.maps(), strongest(report, 4), "");
        PlaneFigures.autocorrelogram(data, report.maps(), strongest(report, 1)[0]);
        PlaneFigures.spectrum(data, code, report, "spectrum");
        PlaneFigures.gridScores(data, report, "grid scores");
        PlaneFigures.losses(data, r);
        checks(data, report, code.neurons());
    }

    private static void checks(FigureData data, PlaneCodeReport report, int neurons) {
        double median = CodeStatistics.median(report.grid60());
        // the common grid-cell threshold is grid60 > 0.3-0.37; a NumPy port of the same optimisation reached 1.1-1.2
        data.check(Check.atLeast("median grid60 of the code >= 0.5", 0.5, median, 0));
        data.check(Check.atLeast("share of neurons with grid60 > 0.3", 0.7, report.shareAbove(0.3), 0));
        double[] hexMinusSquare = new double[neurons];
        for (int n = 0; n < neurons; n++) {
            hexMinusSquare[n] = report.scores()[n].grid60() - report.scores()[n].grid90();
        }
        // hexagonal rather than square fields (the paper's Fig. 4A argument): grid60 above grid90
        data.check(Check.atLeast("median grid60 - grid90 (hexagonal beats square)", 0, CodeStatistics.median(hexMinusSquare), 0));
        int largest = report.modules().get(0).length;
        // one module: neurons share one frequency lattice; up to a fifth may be weak offset cells
        data.check(Check.atLeast("largest module / N (one module)", 0.8, largest / (double) neurons, 0));
        double angle = report.lattice() == null ? 0 : report.lattice().angleDegrees();
        // closer to hexagonal (60) than to square (90); within one restart of 10 000-15 000 steps the angle of a
        // single snapshot wanders by about +-10 degrees between snapshots 2 500 steps apart (docs), so a tighter
        // tolerance would test the optimiser's jitter, not the paper's claim
        data.check(Check.absolute("angle between the lattice basis vectors (hexagonal 60, square 90)", 60, angle, 15));
        // the failure mode of the raw norm loss: a quarter of the power below 1/(2L) and a sheared lattice
        data.check(Check.atMost("share of power below |k| = 1/(2L)", 0.1, report.lowFrequencyPower(), 0));
        data.check(Check.atLeast("median in-room negativity (min/max rate)", -0.1, CodeStatistics.median(report.negativity()), 0));
        // translated copies: different phases make maps weakly correlated
        data.check(Check.atMost("mean pairwise map correlation (translated copies)", 0.5, report.mapCorrelation(), 0));
    }

    /** The n neurons with the highest grid60. */
    static int[] strongest(PlaneCodeReport report, int n) {
        double[] g = report.grid60();
        Integer[] idx = new Integer[g.length];
        for (int i = 0; i < g.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> Double.compare(g[b], g[a]));
        int[] out = new int[Math.min(n, g.length)];
        for (int i = 0; i < out.length; i++) {
            out[i] = idx[i];
        }
        return out;
    }
}
