package org.neurotheory.examples;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.neurotheory.popcodes.data.RecipePopulations;
import org.neurotheory.popcodes.model.TuningCurves;
import org.neurotheory.popcodes.theory.FisherSolver;
import org.neurotheory.popcodes.theory.PropagationBound;
import org.neurotheory.popcodes.theory.Redundancy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Robust information propagation (Zylberberg et al. 2017, module {@code popcodes}): for one
 * stimulus, two populations with the same tuning curves and the same input information — one in
 * the optimal family (differential correlations), one not — are corrupted by i.i.d. downstream
 * noise of growing variance. The table shows the output information of each next to the bound
 * {@code I_x J / (I_x + J)}: the optimal code sits on the bound, the other falls away, whether the
 * codes are redundant (Fig. 2) or synergistic (Fig. 7).
 *
 * <p>Run: {@code java -cp ... org.neurotheory.examples.PopcodesDemo --neurons 100 --stimulus 0.7}.
 * jshell equivalent:
 * <pre>
 * var f = TuningCurves.recipe(100).derivative(0.7, new double[100]);
 * var pair = RecipePopulations.redundant().at(f);
 * new FisherSolver(100).information(f, pair.green(), 1.0)   // vs PropagationBound.bound(pair.inputInformation(), |f'|^2 / 1.0)
 * </pre>
 */
@Command(name = "popcodes-demo", mixinStandardHelpOptions = true,
        description = "Output information of an optimally robust and a fragile population code (Figs 2 and 7).")
public final class PopcodesDemo implements Callable<Integer> {
    private static final double[] NOISE = {0, 0.1, 1, 10, 100};

    @Option(names = "--neurons", defaultValue = "100", description = "population size N (default ${DEFAULT-VALUE})")
    int neurons;

    @Option(names = "--stimulus", defaultValue = "0.7", description = "stimulus angle s in radians (default ${DEFAULT-VALUE})")
    double stimulus;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Entry point; exits with the command's status. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new PopcodesDemo()).execute(args));
    }

    @Override
    public Integer call() {
        run(spec.commandLine().getOut(), neurons, stimulus);
        return 0;
    }

    /**
     * Prints both tables to {@code out}; returns the largest relative deviation of the green
     * (optimal-family) output information from the bound E7, which theory says is zero.
     */
    static double run(PrintWriter out, int neurons, double stimulus) {
        TuningCurves tuning = TuningCurves.recipe(neurons);
        double[] fprime = tuning.derivative(stimulus, new double[neurons]);
        FisherSolver solver = new FisherSolver(neurons);
        double norm2 = 0;
        for (double v : fprime) {
            norm2 += v * v;
        }
        out.printf("N = %d neurons, stimulus s = %.3f, |f'(s)|^2 = %.4f%n", neurons, stimulus, norm2);
        double worst = Math.max(
                table(out, "redundant codes (Fig. 2 recipe)", RecipePopulations.redundant().at(fprime), solver, norm2),
                table(out, "synergistic codes (Fig. 7 recipe)", RecipePopulations.synergistic().at(fprime), solver, norm2));
        out.printf("%nlargest relative deviation of green I_y from the bound: %.2e%n", worst);
        out.flush();
        return worst;
    }

    private static double table(PrintWriter out, String title, RecipePopulations.Pair pair, FisherSolver solver,
            double norm2) {
        out.printf("%n%s: I_x = %.4f for both; trial-shuffled I_shuf green %.4f, blue %.4f%n", title,
                pair.inputInformation(), Redundancy.shuffledInformation(pair.signal(), pair.green()),
                Redundancy.shuffledInformation(pair.signal(), pair.blue()));
        out.printf("%10s %14s %14s %14s%n", "sigma^2", "green I_y", "blue I_y", "bound E7");
        double worst = 0;
        for (double s2 : NOISE) {
            long t0 = System.nanoTime();
            double green = solver.information(pair.signal(), pair.green(), s2);
            double blue = solver.information(pair.signal(), pair.blue(), s2);
            double bound = s2 == 0 ? pair.inputInformation() : PropagationBound.bound(pair.inputInformation(), norm2 / s2);
            out.printf("%10.3g %14.6g %14.6g %14.6g   (%.1f ms)%n", s2, green, blue, bound, (System.nanoTime() - t0) / 1e6);
            worst = Math.max(worst, Math.abs(green / bound - 1));
        }
        return worst;
    }
}
