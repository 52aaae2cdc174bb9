package org.neurotheory.examples;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.neurotheory.bioplausible.conv.model.LateralInhibition;
import org.neurotheory.bioplausible.conv.model.ToyCircuitSharing;
import org.neurotheory.bioplausible.conv.model.ToyRun;
import org.neurotheory.bioplausible.conv.model.ToySgdSharing;
import org.neurotheory.bioplausible.conv.theory.CircuitSteadyState;
import org.neurotheory.bioplausible.conv.theory.ExpectedSharingDynamics;
import org.neurotheory.bioplausible.conv.theory.SharingFixedPoint;
import org.neurotheory.core.progress.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Dynamic weight sharing in one layer (Pogodin et al. 2021, Fig. 4, module {@code bioplausible},
 * package {@code conv}): N = 100 neurons with k^2 weights see the same inputs and learn to respond
 * alike. The table gives the drop of the inverse SNR of the weights (log10 of final over initial)
 * for SGD on the sharing objective and for the lateral-inhibition rate circuit, next to the closed
 * forms: {@code (gamma/(1+gamma))^2} for SGD, the expected dynamics for the circuit at the end of the
 * run, and the circuit's floor {@code 1/(1+alpha)^2}.
 *
 * <p>Run: {@code java -cp ... org.neurotheory.examples.BioplausibleConvDemo --kernel 3 --gamma 0.1}.
 * jshell equivalent:
 * <pre>
 * var run = ToySgdSharing.run(ToySgdSharing.Params.paper(3, 0.1), 1);
 * run.meanLog10Drop(1)                                   // about -2.07
 * Math.log10(SharingFixedPoint.inverseSnrFactor(0.1, 1)) // -2.08
 * </pre>
 */
@Command(name = "bioplausible-conv-demo", mixinStandardHelpOptions = true,
        description = "Inverse SNR of a weight-sharing layer: SGD and lateral-inhibition circuit against theory (Fig. 4).")
public final class BioplausibleConvDemo implements Callable<Integer> {
    @Option(names = "--kernel", defaultValue = "3", description = "kernel size k, 3 or 9 (default ${DEFAULT-VALUE})")
    int kernel;

    @Option(names = "--gamma", defaultValue = "0.1", description = "anchor strength gamma (default ${DEFAULT-VALUE})")
    double gamma;

    @Option(names = "--circuit-steps", defaultValue = "300000",
            description = "Euler steps of the circuit run; the official run has 1500000 (default ${DEFAULT-VALUE})")
    int circuitSteps;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Entry point; exits with the command's status. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new BioplausibleConvDemo()).execute(args));
    }

    @Override
    public Integer call() {
        run(spec.commandLine().getOut(), kernel, gamma, circuitSteps, seed);
        return 0;
    }

    /** Prints the table; returns {simulated SGD drop, its closed form, simulated circuit drop, expected circuit drop}. */
    static double[] run(PrintWriter out, int kernel, double gamma, int circuitSteps, long seed) {
        ToySgdSharing.Params sp = ToySgdSharing.Params.paper(kernel, gamma);
        ToyRun sgd = ToySgdSharing.run(sp, seed);
        double sgdTheory = Math.log10(SharingFixedPoint.inverseSnrFactor(gamma, 1));
        ToyCircuitSharing.Params cp = ToyCircuitSharing.Params.paper(kernel).withGamma(gamma).withSteps(circuitSteps);
        ToyRun circuit = ToyCircuitSharing.run(cp, seed, Progress.silent());
        double[] its = circuit.iterations();
        double s = cp.effectiveTime(new double[] {its[its.length - 1]})[0];
        LateralInhibition c = cp.circuit();
        double circuitTheory = Math.log10(ExpectedSharingDynamics.circuitInverseSnrRatio(gamma, c, cp.hold(), s));
        out.printf("N = %d neurons, k = %d (%d inputs), gamma = %s%n", sp.neurons(), kernel, kernel * kernel, gamma);
        out.printf("%-44s %10s %10s%n", "log10 (final / initial inverse SNR)", "simulated", "theory");
        out.printf("%-44s %10.3f %10.3f%n", "SGD, " + sp.iterations() + " iterations, " + sp.trials() + " trials",
                sgd.meanLog10Drop(1), sgdTheory);
        out.printf("%-44s %10.3f %10.3f%n", "circuit, " + circuitSteps + " steps (hold " + cp.hold() + ")",
                circuit.meanLog10Drop(1), circuitTheory);
        out.printf("circuit floor 1/(1+alpha)^2 for alpha = %.0f: %.3f%n", c.alpha(),
                Math.log10(CircuitSteadyState.inverseSnrFloor(c)));
        out.printf("cosine of the group-mean weights with their initial value: SGD %.6f, circuit %.4f%n",
                sgd.minMeanCosine(), circuit.minMeanCosine());
        out.flush();
        return new double[] {sgd.meanLog10Drop(1), sgdTheory, circuit.meanLog10Drop(1), circuitTheory};
    }
}
