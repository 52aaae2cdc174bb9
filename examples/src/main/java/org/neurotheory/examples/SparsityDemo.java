package org.neurotheory.examples;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.neurotheory.core.data.DatasetUnavailableException;
import org.neurotheory.core.nn.Evaluation;
import org.neurotheory.core.nn.Sequential;
import org.neurotheory.core.nn.Sgd;
import org.neurotheory.core.nn.SoftmaxCrossEntropy;
import org.neurotheory.core.nn.Trainer;
import org.neurotheory.core.nn.TrainingConfig;
import org.neurotheory.sparsity.data.FashionMnistSplit;
import org.neurotheory.sparsity.model.OneShotPruning;
import org.neurotheory.sparsity.model.PowerpropMlp;
import org.neurotheory.sparsity.model.PruningSweep;
import org.neurotheory.sparsity.theory.PowerpropFlow;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * sparsity demo (Schwarz et al., Powerpropagation, arXiv 2110.00296): trains the MLP 784-300-100-10
 * on Fashion-MNIST with ordinary weights (alpha = 1) and with Powerprop weights
 * {@code w = psi |psi|^(alpha-1)}, both from the same initial weights and on the same minibatches
 * (SGD 0.1, batch 60), then prunes each one-shot by magnitude and prints test accuracy against the
 * fraction of weights kept (Fig. 1a). Also prints the closed-form blow-up time of a weight under a
 * constant gradient (Sec. 3). The paper's effect needs about 20,000 steps. jshell equivalent:
 * <pre>
 * var data = FashionMnistSplit.load();
 * var net = PowerpropMlp.build(PowerpropMlp.paperSizes(), 3, 1); new Trainer(net, new SoftmaxCrossEntropy(), new Sgd(0.1), TrainingConfig.of(25, 60, 1)).train(data.train(), null, 20000);
 * PruningSweep.accuracies(net, data.test(), OneShotPruning.paperLevels())
 * </pre>
 */
@Command(name = "sparsity-demo", mixinStandardHelpOptions = true,
        description = "Powerprop vs baseline MLP on Fashion-MNIST: accuracy after one-shot magnitude pruning.")
public final class SparsityDemo implements Callable<Integer> {
    @Option(names = "--alpha", defaultValue = "3", description = "Powerprop exponent, >= 1 (default ${DEFAULT-VALUE})")
    double alpha;

    @Option(names = "--steps", defaultValue = "20000", description = "SGD steps per network (default ${DEFAULT-VALUE})")
    long steps;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Entry point; exits with the command's status. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new SparsityDemo()).execute(args));
    }

    @Override
    public Integer call() {
        if (!(alpha >= 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--alpha must be >= 1, got " + alpha);
        }
        if (steps < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--steps must be >= 1, got " + steps);
        }
        try {
            FashionMnistSplit.load();
        } catch (DatasetUnavailableException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        }
        run(spec.commandLine().getOut(), alpha, steps, seed);
        return 0;
    }

    /** Trains both networks, prints the table; returns {dense baseline, dense Powerprop} test accuracy. */
    static double[] run(PrintWriter out, double alpha, long steps, long seed) {
        FashionMnistSplit data = FashionMnistSplit.load();
        double[] levels = OneShotPruning.paperLevels();
        double[][] acc = new double[2][];
        double[] dense = new double[2];
        double[] alphas = {1, alpha};
        for (int k = 0; k < 2; k++) {
            Sequential net = PowerpropMlp.build(PowerpropMlp.paperSizes(), alphas[k], seed);
            int epochs = (int) (steps * 60 / data.train().size()) + 1;
            long t0 = System.nanoTime();
            new Trainer(net, new SoftmaxCrossEntropy(), new Sgd(0.1), TrainingConfig.of(epochs, 60, seed))
                    .train(data.train(), null, steps);
            dense[k] = Evaluation.of(net, new SoftmaxCrossEntropy(), data.test(), 1000).accuracy();
            acc[k] = PruningSweep.accuracies(net, data.test(), levels);
            out.printf("alpha = %s: %d steps in %.1f s, dense test accuracy %.4f%n", alphas[k], steps,
                    (System.nanoTime() - t0) / 1e9, dense[k]);
        }
        out.printf("%n%-10s %12s %12s%n", "kept", "alpha=1", "alpha=" + alpha);
        for (int i = 0; i < levels.length; i++) {
            out.printf("%9.2f%% %12.4f %12.4f%n", 100 * levels[i], acc[0][i], acc[1][i]);
        }
        PowerpropFlow flow = new PowerpropFlow(alpha, -0.5);
        out.printf("%nSec. 3: under a constant outward gradient g = -0.5 a weight w0 = 0.5 %s%n", alpha > 2
                ? String.format("blows up at t* = %.3f", flow.blowUpTime(0.5))
                : alpha == 2 ? "grows as exp(4|g| t)" : "grows polynomially");
        out.flush();
        return dense;
    }
}
