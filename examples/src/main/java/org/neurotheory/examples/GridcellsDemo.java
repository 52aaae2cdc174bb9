package org.neurotheory.examples;

import java.io.PrintStream;
import java.util.SplittableRandom;
import org.neurotheory.core.progress.Progress;
import org.neurotheory.gridcells.analysis.CodeStatistics;
import org.neurotheory.gridcells.analysis.GridScore;
import org.neurotheory.gridcells.analysis.RateMap;
import org.neurotheory.gridcells.model.ActionableCode;
import org.neurotheory.gridcells.model.LossHistory;
import org.neurotheory.gridcells.model.ObjectiveParams;
import org.neurotheory.gridcells.model.OptimisationResult;
import org.neurotheory.gridcells.model.CodeOptimisation;
import org.neurotheory.gridcells.model.OptimiserParams;
import org.neurotheory.gridcells.theory.GaussianOccupancy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * gridcells demo (Dorrell, Latham, Behrens, Whittington, arXiv 2209.15563): an actionable plane
 * code {@code g(x) = W r(x)} moves exactly under {@code T(dx) = W G(dx) W^+}; optimising it for
 * separation under non-negativity and bounded activity (fast GECO schedule) drives the
 * positivity loss down while lambda_p grows, and with enough steps (15 000-20 000 for N = 25) the
 * neurons become hexagonal grid cells. Prints the loss table and the final median grid60.
 * jshell equivalent:
 * <pre>
 * var p = OptimiserParams.planeOneModule().withSteps(3000);
 * var r = CodeOptimisation.run(p, 1, Progress.auto("plane", p.steps()));
 * GridScore.of(RateMap.of(r.finalCode(), 50, 2 * Math.PI).map(0), 50)
 * </pre>
 */
@Command(name = "gridcells-demo", mixinStandardHelpOptions = true,
        description = "Optimise an actionable plane code (N neurons) and report losses, constraint weights and gridness.")
public final class GridcellsDemo implements Runnable {
    @Option(names = "--steps", defaultValue = "2000", description = "gradient steps (15000-20000 give grids at N = 25)")
    int steps;

    @Option(names = "--neurons", defaultValue = "25", description = "N")
    int neurons;

    @Option(names = "--seed", defaultValue = "1", description = "seed")
    long seed;

    public static void main(String[] args) {
        System.exit(new CommandLine(new GridcellsDemo()).execute(args));
    }

    @Override
    public void run() {
        run(System.out, OptimiserParams.planeOneModule().withNeurons(neurons).withSteps(steps), seed);
    }

    /** Runs the demo; returns {transition error, first positivity loss, last positivity loss, median grid60}. */
    static double[] run(PrintStream out, OptimiserParams p, long seed) {
        ActionableCode random = ActionableCode.random(p.neurons(), 2, p.frequencies(), 2, new SplittableRandom(seed));
        double[] x = {0.3, -0.8};
        double[] moved = random.transition(1.0, 0.5).data.clone();
        double[] g = random.rates(x);
        double[] target = random.rates(1.3, -0.3);
        double err = 0;
        for (int i = 0; i < p.neurons(); i++) {
            double s = 0;
            for (int j = 0; j < p.neurons(); j++) {
                s += moved[i * p.neurons() + j] * g[j];
            }
            err = Math.max(err, Math.abs(s - target[i]));
        }
        out.printf("random code: max |T(dx) g(x) - g(x+dx)| = %.1e%n", err);
        ObjectiveParams o = p.objective();
        out.printf("Goldilocks weight beta(|k|) (L = 1, l = %.2f): beta(0.5) = %.3f, beta(2.2) = %.3f, beta(8) = %.3f%n",
                o.chiLength(), GaussianOccupancy.beta(0.5, 1, o.chiLength(), 2), GaussianOccupancy.beta(2.2, 1, o.chiLength(), 2),
                GaussianOccupancy.beta(8, 1, o.chiLength(), 2));
        OptimisationResult r;
        try (Progress progress = Progress.auto("plane code", p.steps())) {
            r = CodeOptimisation.run(p, seed, progress);
        }
        LossHistory h = r.history();
        double[] step = h.column(LossHistory.STEP);
        double[] lf = h.column(LossHistory.FUNCTIONAL);
        double[] lp = h.column(LossHistory.POSITIVITY);
        double[] lb = h.column(LossHistory.NORM);
        double[] lam = h.column(LossHistory.LAMBDA_POS);
        out.println("  step   functional   positivity      norm     lambda_p");
        int every = Math.max(1, h.size() / 10);
        for (int i = 0; i < h.size(); i += every) {
            out.printf("%6.0f  %11.4f  %11.3e  %9.3g  %10.3g%n", step[i], lf[i], lp[i], lb[i], lam[i]);
        }
        RateMap maps = RateMap.of(r.finalCode(), 50, 2 * Math.PI);
        double[] g60 = new double[p.neurons()];
        for (int n = 0; n < g60.length; n++) {
            g60[n] = GridScore.of(maps.map(n), 50).grid60();
        }
        double median = CodeStatistics.median(g60);
        out.printf("median grid60 of the final code: %.2f (grid cells: > 0.3; needs ~15000 steps at N = 25)%n", median);
        return new double[] {err, lp[0], lp[lp.length - 1], median};
    }
}
