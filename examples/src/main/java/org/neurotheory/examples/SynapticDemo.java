package org.neurotheory.examples;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.neurotheory.synaptic.experiments.SteadyStateRun;
import org.neurotheory.synaptic.model.BeliefStatistics;
import org.neurotheory.synaptic.model.Delivery;
import org.neurotheory.synaptic.model.SynapticParameters;
import org.neurotheory.synaptic.theory.SteadyStateVariance;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Synaptic sampling (Aitchison &amp; Latham, arXiv:1505.04544, module {@code synaptic}): one neuron
 * with N synapses learns drifting target weights with the per-synapse Bayesian filter while its
 * PSPs are samples of each synapse's posterior. After a burn-in of 2 tau, the time-averaged
 * normalised PSP variability s^2/m per rate band is printed next to the closed form Eq. (S1)-(S2)
 * (prediction P2: it rises as the presynaptic rate falls), with the calibration of the beliefs.
 *
 * <p>Run: {@code java -cp ... org.neurotheory.examples.SynapticDemo --synapses 1000 --taus 4}.
 * jshell equivalent:
 * <pre>
 * var p = SynapticParameters.paper();
 * var run = SteadyStateRun.of(p, Delivery.SAMPLING, 2, 2, 1);
 * run.statistics().calibration()   // ~0.954; run.statistics().normalisedVariability()[i] vs SteadyStateVariance
 * </pre>
 */
@Command(name = "synaptic-demo", mixinStandardHelpOptions = true,
        description = "PSP variability vs presynaptic rate under synaptic sampling, simulation vs Eq. S1.")
public final class SynapticDemo implements Callable<Integer> {
    private static final double[] BANDS = {0.1, 0.3, 1, 3, 10, 100};

    @Option(names = "--synapses", defaultValue = "1000", description = "number N of synapses (default ${DEFAULT-VALUE})")
    int synapses;

    @Option(names = "--taus", defaultValue = "4", description = "simulated time in units of tau = 1000 s, including a 2 tau burn-in (default ${DEFAULT-VALUE})")
    double taus;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Entry point; exits with the command's status. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new SynapticDemo()).execute(args));
    }

    @Override
    public Integer call() {
        if (taus <= 2) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--taus must be > 2 (2 tau burn-in), got " + taus);
        }
        run(spec.commandLine().getOut(), synapses, taus, seed);
        return 0;
    }

    /**
     * Runs the model and prints the table to {@code out}; returns the largest relative deviation of
     * the simulated band mean of s^2/m from Eq. (S1) over the bands at or above 1 Hz.
     */
    static double run(PrintWriter out, int synapses, double taus, long seed) {
        SynapticParameters p = SynapticParameters.paper().withSynapses(synapses);
        long t0 = System.nanoTime();
        SteadyStateRun run = SteadyStateRun.of(p, Delivery.SAMPLING, 2, taus - 2, seed);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double[] nu = run.simulation().rates();
        BeliefStatistics stats = run.statistics();
        double sd2 = run.simulation().meanErrorVariance();
        out.printf("N = %d synapses, tau = %.0f s, dt = %.2f s, %.1f tau simulated (%d steps) in %.2f s: %.3g synapse-steps/s%n",
                synapses, p.tau(), p.dt(), taus, run.simulation().stepCount(), seconds,
                run.simulation().stepCount() * (double) synapses / seconds);
        out.printf("<sigma_delta^2> = %.3f mV^2; calibration P(|mu - lambda| < 2 sigma) = %.4f (ideal 0.954); log MSE = %.4f%n",
                sd2, stats.calibration(), stats.logMse());
        out.printf("%n%-16s %9s %14s %14s%n", "rate band (Hz)", "synapses", "s^2/m sim", "Eq. S1");
        double worst = 0;
        for (int b = 0; b + 1 < BANDS.length; b++) {
            double sim = 0;
            double theory = 0;
            int count = 0;
            for (int i = 0; i < nu.length; i++) {
                if (nu[i] >= BANDS[b] && nu[i] < BANDS[b + 1]) {
                    sim += stats.normalisedVariability()[i];
                    theory += SteadyStateVariance.normalisedVariability(nu[i], p.priorMean(), sd2, p.sigma2Prior(), p.tau());
                    count++;
                }
            }
            if (count == 0) {
                continue;
            }
            out.printf("%-16s %9d %14.5f %14.5f%n", "[" + label(BANDS[b]) + ", " + label(BANDS[b + 1]) + ")", count,
                    sim / count, theory / count);
            if (BANDS[b] >= 1) {
                worst = Math.max(worst, Math.abs(sim / theory - 1));
            }
        }
        out.printf("%nlargest relative deviation for rates >= 1 Hz: %.3f%n", worst);
        out.flush();
        return worst;
    }

    private static String label(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
