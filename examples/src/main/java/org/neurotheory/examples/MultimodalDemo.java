package org.neurotheory.examples;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.neurotheory.multimodal.data.FusionDatasets;
import org.neurotheory.multimodal.experiments.FusionRun;
import org.neurotheory.multimodal.model.FusionArchitecture;
import org.neurotheory.multimodal.model.Training;
import org.neurotheory.multimodal.model.InitScheme;
import org.neurotheory.multimodal.model.PhaseTimes;
import org.neurotheory.multimodal.model.TrainingRun;
import org.neurotheory.multimodal.theory.DeepFusionTheory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Unimodal bias (Zhang, Latham and Saxe, ICML 2024): trains fusion networks of depth L with every
 * fusion layer L_f = 1..L on the two-modality toy (sigma_A = r, sigma_B = 1, correlation rho) by
 * full-batch gradient descent, and prints when each modality is learned (t_A, t_B), the time
 * ratio t_B/t_A beside the theory (E6; E2 for late fusion), and the wall time of each run.
 * Late fusion learns the stronger modality A long before B; early fusion learns both together.
 * With {@code --repeat N} every run is repeated N times (the later ones show the warmed-up speed).
 * jshell equivalent (late fusion, two layers):
 * <pre>
 * import org.neurotheory.multimodal.experiments.*; import org.neurotheory.multimodal.model.*; import org.neurotheory.multimodal.data.*;
 * var run = new FusionRun(FusionDatasets.toy(2, 0), 8192, FusionArchitecture.late(1, 1, 100, 1), InitScheme.PER_ENTRY, 1e-9, new Training(0.04, 1000, 0)).run(1);
 * PhaseTimes.measure(run, 1).ratio()   // about 3.9; theory 4
 * </pre>
 */
@Command(name = "multimodal-demo", mixinStandardHelpOptions = true,
        description = "Time ratio t_B/t_A of deep linear fusion networks vs theory (arXiv 2312.00935).")
public final class MultimodalDemo implements Callable<Integer> {
    @Option(names = "--ratio", description = "sigma_A / sigma_B (default ${DEFAULT-VALUE})")
    double ratio = 2;
    @Option(names = "--rho", description = "correlation of the modalities (default ${DEFAULT-VALUE})")
    double rho = 0;
    @Option(names = "--depth", description = "number of weight layers L (default ${DEFAULT-VALUE})")
    int depth = 2;
    @Option(names = "--init", description = "init scale: per-entry std for L = 2, code layer norm for L > 2 (default 1e-9 / 0.1)")
    Double init;
    @Option(names = "--lr", description = "learning rate (default ${DEFAULT-VALUE})")
    double lr = 0.04;
    @Option(names = "--epochs", description = "maximal epochs; runs stop at loss 1e-4 (default ${DEFAULT-VALUE})")
    int epochs = 100_000;
    @Option(names = "--samples", description = "training set size P (default ${DEFAULT-VALUE})")
    int samples = 8192;
    @Option(names = "--seed", description = "seed (default ${DEFAULT-VALUE})")
    long seed = 1;
    @Option(names = "--fusion", description = "run only this fusion layer L_f; 0 runs all (default ${DEFAULT-VALUE})")
    int fusion = 0;
    @Option(names = "--stop-loss", description = "stop when the loss falls below this; 0 never (default ${DEFAULT-VALUE})")
    double stopLoss = Training.CODE_STOP_LOSS;
    @Option(names = "--repeat", description = "repeat each run (timing) (default ${DEFAULT-VALUE})")
    int repeat = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Entry point. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new MultimodalDemo()).execute(args));
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        boolean twoLayer = depth == 2;
        double scale = init != null ? init : twoLayer ? 1e-9 : 0.1;
        InitScheme scheme = twoLayer ? InitScheme.PER_ENTRY : InitScheme.RANDOM_LIKE_CODE;
        out.printf("toy r=%.3g rho=%.3g, L=%d, H=100, %s init %.3g, lr=%.3g, P=%d, seed %d%n",
                ratio, rho, depth, scheme, scale, lr, samples, seed);
        out.println(" L_f   epochs   t_A    t_B   t_B/t_A  theory   wall ms");
        for (int lf = 1; lf <= depth; lf++) {
            if (fusion != 0 && lf != fusion) {
                continue;
            }
            FusionRun run = new FusionRun(FusionDatasets.toy(ratio, rho), samples,
                    new FusionArchitecture(1, 1, 100, depth, lf, 1), scheme, scale,
                    new Training(lr, epochs, stopLoss));
            double theory = new DeepFusionTheory(depth, lf, ratio, rho, Math.min(scale, 0.99)).timeRatio();
            for (int r = 0; r < repeat; r++) {
                long t0 = System.nanoTime();
                TrainingRun result = run.run(seed);
                double ms = (System.nanoTime() - t0) / 1e6;
                PhaseTimes t = PhaseTimes.measure(result, 1 + rho / ratio);
                out.printf("%4d %8d %6d %6d %8.3f %7.3f %9.1f%n", lf, result.epochs(), t.tA(), t.tB(), t.ratio(), theory, ms);
            }
        }
        out.println("theory: E6 of arXiv 2312.00935 (aligned balanced init; intermediate L_f with the code's random init lands below it)");
        out.flush();
        return 0;
    }
}
