package org.neurotheory.examples;

import java.io.PrintStream;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.ejml.data.DMatrixRMaj;
import org.neurotheory.attention.data.CodeCovariance;
import org.neurotheory.attention.data.TokenMoments;
import org.neurotheory.attention.model.EndToEndObjective;
import org.neurotheory.core.ode.GradientDescent;
import org.neurotheory.attention.model.KeyQueryInit;
import org.neurotheory.attention.model.MergedAttention;
import org.neurotheory.attention.model.SeparateAttention;
import org.neurotheory.attention.theory.SaddlePoints;
import org.neurotheory.core.data.InContextRegression;
import org.neurotheory.core.random.Seeds;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Linear attention demo (Zhang et al. 2025): trains the official code's two paper runs with exact
 * full-batch gradient descent and prints loss vs the theory. (1) ATTN_M, H = 8, P = 5000, 6001 steps
 * (Fig. 1): one abrupt drop from tr Lambda to L(M_*) (Eq. 19). (2) rank-one ATTN_S, H = 5, P = 80000,
 * 10001 steps (Fig. 3): plateaus at every saddle loss L(M_m), i.e. in-context principal component
 * regression learning one component at a time. Also prints wall times (data set + training).
 * jshell equivalent:
 * <pre>
 * var rng = Seeds.stream(1); var lambda = CodeCovariance.spectral(4, rng);
 * var data = new InContextRegression(4, 31, lambda).sample(5000, true, true, rng);
 * var m = new MergedAttention(4, 8, false);
 * new GradientDescent(1e-3).run(new EndToEndObjective(m, TokenMoments.full(data)), m.initialise(1e-6, rng), 6001).losses()[6000]
 * </pre>
 */
@Command(name = "attention-demo", mixinStandardHelpOptions = true,
        description = "ATTN_M single drop and ATTN_S saddle-to-saddle dynamics (Zhang et al. 2025).")
public final class AttentionDemo implements Callable<Integer> {
    @Option(names = "--prompts", description = "training prompts P of the ATTN_S run (default ${DEFAULT-VALUE})")
    int prompts = 80000;

    @Option(names = "--steps", description = "recorded steps of the ATTN_S run (default ${DEFAULT-VALUE})")
    int steps = 10001;

    @Option(names = "--seed", description = "seed (default ${DEFAULT-VALUE})")
    long seed = 10;

    public static void main(String[] args) {
        System.exit(new CommandLine(new AttentionDemo()).execute(args));
    }

    @Override
    public Integer call() {
        run(System.out, prompts, steps, seed);
        return 0;
    }

    /** Runs both demos; returns {worst |final ATTN_M loss - L(M_*)|, number of saddles the ATTN_S run visited}. */
    static double[] run(PrintStream out, int attnSPrompts, int attnSSteps, long seed) {
        SplittableRandom rng = Seeds.stream(seed);
        DMatrixRMaj lambda = CodeCovariance.spectral(4, rng);
        SaddlePoints saddles = new SaddlePoints(lambda, 31);
        InContextRegression reg = new InContextRegression(4, 31, lambda);

        long t0 = System.nanoTime();
        var data = reg.sample(5000, true, true, rng);
        var objective = new EndToEndObjective(new MergedAttention(4, 8, false), TokenMoments.full(data));
        long t1 = System.nanoTime();
        MergedAttention attnM = new MergedAttention(4, 8, false);
        double[] lossM = new GradientDescent(1e-3).run(objective, attnM.initialise(1e-6, rng), 6001).losses();
        long t2 = System.nanoTime();
        out.printf("ATTN_M (Fig. 1): H=8, P=5000, 6001 steps; data %.2f s, training %.2f s%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        out.println("  step     loss");
        for (int k : new int[] {0, 500, 900, 1000, 1100, 1500, 2000, 4000, 6000}) {
            out.printf("  %5d  %.5f%n", k, lossM[k]);
        }
        double gap = lossM[6000] - saddles.loss(4);
        out.printf("  L(M_*) (Eq. 19) = %.5f; final training loss is %.2e %s it (finite-P sample, finite steps)%n",
                saddles.loss(4), Math.abs(gap), gap < 0 ? "below" : "above");

        t0 = System.nanoTime();
        var dataS = reg.sample(attnSPrompts, true, true, rng);
        SeparateAttention attnS = new SeparateAttention(4, 5, 1);
        var objS = new EndToEndObjective(attnS, TokenMoments.full(dataS));
        t1 = System.nanoTime();
        double[] lossS = new GradientDescent(0.02).run(objS, attnS.initialise(0.01, KeyQueryInit.UNIFORM, rng),
                attnSSteps).losses();
        t2 = System.nanoTime();
        out.printf("ATTN_S rank 1 (Fig. 3): H=5, P=%d, %d steps; data %.2f s, training %.2f s%n", attnSPrompts,
                attnSSteps, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        out.println("  saddle  L(M_m) Eq. 19  first step within 0.01  closest loss");
        int visited = 0;
        for (int m = 0; m <= 4; m++) {
            int first = -1;
            double closest = Double.POSITIVE_INFINITY;
            for (int k = 0; k < lossS.length; k++) {
                if (first < 0 && Math.abs(lossS[k] - saddles.loss(m)) < 0.01) {
                    first = k;
                }
                closest = Math.abs(lossS[k] - saddles.loss(m)) < Math.abs(closest - saddles.loss(m)) ? lossS[k] : closest;
            }
            visited += first >= 0 ? 1 : 0;
            out.printf("  M_%d     %.5f        %12s           %.5f%n", m, saddles.loss(m),
                    first >= 0 ? Integer.toString(first) : "not reached", closest);
        }
        return new double[] {Math.abs(lossM[6000] - saddles.loss(4)), visited};
    }
}
