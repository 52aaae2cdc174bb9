package org.neurotheory.gridcells.experiments;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.Panel;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.progress.Progress;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.core.sweep.Sweep;
import org.neurotheory.core.sweep.SweepSpec;
import org.neurotheory.core.sweep.SweepTask;
import org.neurotheory.gridcells.GridcellsPaper;
import org.neurotheory.gridcells.analysis.FrequencySpectrum;
import org.neurotheory.gridcells.analysis.GridScore;
import org.neurotheory.gridcells.analysis.ModuleAssignment;
import org.neurotheory.gridcells.analysis.RateMap;
import org.neurotheory.gridcells.model.ActionableCode;
import org.neurotheory.gridcells.model.CodeOptimisation;
import org.neurotheory.gridcells.model.OptimisationResult;
import org.neurotheory.gridcells.model.OptimiserParams;

/**
 * What the plane parameter sweeps (Figs. 8-11) share: one optimisation per point through a sweep
 * registered with the paper (point i seeded {@code Seeds.derive(seed, i)}, so every backend gives
 * the same bytes; at paper scale each point is checkpointed), the example map of each point, and the
 * check of the measured field spacing against the lattice's frequency.
 */
final class PlaneSweeps {
    private PlaneSweeps() {
    }

    /** Optimises one point from {@code seed} and analyses its final code. */
    static PlaneRun evaluate(OptimiserParams p, long seed) {
        return PlaneRun.of(p, CodeOptimisation.run(p, seed, Progress.silent()).finalCode(), Seeds.derive(seed, 99));
    }

    /**
     * {@link #evaluate}, saved every {@link CodeOptimisation#CHECKPOINT_EVERY} steps to
     * {@code CodeOptimisation.checkpointFile(<sweep>-seed<sweep seed>-point<index>, p)}: a killed sweep
     * resumes each point where it stopped, a finished point is read back, and the row is the same.
     */
    static PlaneRun evaluateCheckpointed(OptimiserParams p, SweepTask point) throws IOException {
        Path file = CodeOptimisation.checkpointFile(point.sweep() + "-seed" + point.sweepSeed() + "-point" + point.index(), p);
        OptimisationResult r = CodeOptimisation.runCheckpointed(p, point.seed(), file, CodeOptimisation.CHECKPOINT_EVERY, Progress.silent());
        return PlaneRun.of(p, r.finalCode(), Seeds.derive(point.seed(), 99));
    }

    /** The sweep {@code key} whose points are {@code points.apply(scale)}. */
    static SweepSpec spec(String key, Function<Scale, List<OptimiserParams>> points) {
        return new SweepSpec() {
            @Override
            public String key() {
                return key;
            }

            @Override
            public int size(Scale scale) {
                return points.apply(scale).size();
            }

            @Override
            public double[] evaluate(SweepTask point) throws IOException {
                OptimiserParams p = points.apply(point.scale()).get(point.index());
                // paper-scale points run for many minutes each: checkpointed
                return (point.scale() == Scale.PAPER ? evaluateCheckpointed(p, point) : PlaneSweeps.evaluate(p, point.seed())).toRow();
            }
        };
    }

    /** The registered sweep's points on the current backend. */
    static List<PlaneRun> onBackend(SweepSpec spec, List<OptimiserParams> points, Scale scale, long seed) {
        return Sweep.onBackend(GridcellsPaper.KEY, spec.key(), points, scale, seed, PlaneRun::fromRow).stream()
                .map(Sweep.Row::result).toList();
    }

    /** Explicit points (not a preset) on local threads, with the same seeds as the registered sweep. */
    static List<PlaneRun> local(List<OptimiserParams> points, long seed, int threads) {
        return Sweep.run(points, seed, threads, (p, s) -> evaluate(p, s).toRow()).stream()
                .map(r -> PlaneRun.fromRow(r.result())).toList();
    }

    /**
     * The example map of a run (the paper's inset maps): the most hexagonal neuron of the modules that
     * count ({@link PlaneRun#minModuleSize}; the largest module always counts), each module's neurons
     * scored (grid60) and the winner drawn on that module's own window, {@link PlaneFigures#mapExtent}:
     * the room-sized {@link PlaneRun#maps} window or, for a fine module, {@link PlaneFigures#MAP_PERIODS}
     * periods of its shortest dominant frequency. On the room window a fine module (|k| of 5-8, a period
     * of about 1) gets a few bins per period, its maps alias into noise and their grid60 measures the
     * noise, so it could be chosen and drawn as noise; on its own window it is scored and drawn at
     * {@code bins / MAP_PERIODS} bins per period or more. A disordered module mixing coarse and fine
     * frequencies keeps the room window and gets more bins ({@link PlaneFigures#mapBins}: at least
     * {@link PlaneFigures#MIN_BINS_PER_PERIOD} per period of its finest dominant frequency). Every module
     * stays a candidate (not only the largest) because Figs. 9 and 11 are about the modules a code splits
     * into, and a hexagonal smaller module is the grid cell a reader looks for. The panel is titled
     * {@code label}, {@code words} and, when several modules count, the module (numbered largest first);
     * when the window is not the room its x-axis title says so ("x (6 periods of |k| = ...)"). The runs'
     * grid scores, rows and checks stay on the room window.
     */
    static void exampleMap(FigureData data, PlaneRun run, String name, String label, String words) {
        ActionableCode code = run.code();
        List<int[]> modules = ModuleAssignment.modules(code);
        int minSize = PlaneRun.minModuleSize(run.neurons());
        RateMap room = run.maps();
        int counted = 0;
        int bestModule = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        double[] bestMap = null;
        double bestWindow = PlaneRun.EXTENT;
        double bestK = Double.POSITIVE_INFINITY;
        int bestBins = PlaneRun.BINS;
        for (int m = 0; m < modules.size(); m++) {
            int[] module = modules.get(m);
            if (m > 0 && module.length < minSize) {
                continue;
            }
            counted++;
            List<FrequencySpectrum.Component> dominant = PlaneFigures.dominant(code, module);
            double k = PlaneFigures.shortestDominant(dominant);
            double window = PlaneFigures.mapExtent(PlaneRun.EXTENT, k);
            int bins = PlaneFigures.mapBins(PlaneRun.BINS, window, PlaneFigures.finestDominant(dominant));
            RateMap maps = window == PlaneRun.EXTENT && bins == PlaneRun.BINS ? room : RateMap.of(code, bins, window);
            for (int n : module) {
                double s = GridScore.of(maps.map(n), bins).grid60();
                if (s > bestScore || bestMap == null) {
                    bestScore = s;
                    bestModule = m;
                    bestMap = maps.map(n);
                    bestWindow = window;
                    bestK = k;
                    bestBins = bins;
                }
            }
        }
        String title = counted > 1 ? String.format(Locale.ROOT, "%s (module %d of %d)", words, bestModule + 1, counted) : words;
        String x = bestWindow < PlaneRun.EXTENT ? "x (" + PlaneFigures.periods(bestK) + ")" : "x";
        Panel panel = data.panel(name, x, "y").heatmap().title(label, title);
        PlaneFigures.heat(panel, "rate", bestMap, bestBins, bestWindow);
    }

    /**
     * Field spacing of the autocorrelogram against {@code 4 pi / (sqrt(3) |k|)} of the lattice's
     * shortest frequency (Section 3.2), for the clearly hexagonal runs (one module, median grid60
     * above 0.6: the relation holds for a hexagonal lattice only); panel (measured against predicted,
     * with the identity) and, if any run qualifies, a check. The tolerance: the SAC's bin is
     * 4 pi / 50 = 0.25 against spacings of 4-6 (4-6 %), and a fundamental split between nearby learned
     * copies moves the merged |k| by a few per cent more, so 15 %.
     */
    static void spacingAgainstTheory(FigureData data, List<PlaneRun> runs, String label) {
        List<double[]> pairs = new ArrayList<>();
        double worst = 0;
        for (PlaneRun r : runs) {
            if (!r.oneModule() || r.grid60() <= 0.6 || !Double.isFinite(r.spacing()) || !Double.isFinite(r.hexagonalSpacing())) {
                continue;
            }
            pairs.add(new double[] {r.hexagonalSpacing(), r.spacing()});
            worst = Math.max(worst, Math.abs(r.spacing() / r.hexagonalSpacing() - 1));
        }
        if (pairs.isEmpty()) {
            data.note("No run is one module with median grid60 > 0.6, so the field spacing is not compared with the lattice frequency.");
            return;
        }
        double[] t = pairs.stream().mapToDouble(v -> v[0]).toArray();
        double[] m = pairs.stream().mapToDouble(v -> v[1]).toArray();
        double lo = Math.min(Arrays.stream(t).min().getAsDouble(), Arrays.stream(m).min().getAsDouble());
        double hi = Math.max(Arrays.stream(t).max().getAsDouble(), Arrays.stream(m).max().getAsDouble());
        data.panel("field spacing", "4 pi / (sqrt 3 |k_1|) (L)", "autocorrelogram spacing (L)")
                .title(label, "field spacing: autocorrelogram against the lattice frequency")
                .line("equal", new double[] {0.9 * lo, 1.1 * hi}, new double[] {0.9 * lo, 1.1 * hi})
                .markers("hexagonal one-module runs", t, m);
        data.check(Check.atMost("worst |SAC spacing / (4 pi / (sqrt 3 |k_1|)) - 1| over hexagonal runs", 0.15, worst, 0));
    }

    static double[] column(List<PlaneRun> runs, Function<PlaneRun, Double> f) {
        double[] out = new double[runs.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = f.apply(runs.get(i));
        }
        return out;
    }
}
