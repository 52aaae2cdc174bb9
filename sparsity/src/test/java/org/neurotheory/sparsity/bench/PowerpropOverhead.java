package org.neurotheory.sparsity.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import java.util.Map;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.neurotheory.core.nn.Batch;
import org.neurotheory.core.nn.Optimizer;
import org.neurotheory.core.nn.Parameter;
import org.neurotheory.core.nn.PowerReparameterisation;
import org.neurotheory.core.nn.Sequential;
import org.neurotheory.core.nn.Sgd;
import org.neurotheory.core.nn.SoftmaxCrossEntropy;
import org.neurotheory.core.nn.Trainer;
import org.neurotheory.core.nn.TrainingConfig;
import org.neurotheory.sparsity.model.PowerpropMlp;

/**
 * Paired timing of Powerprop's overhead per SGD step: the paper's MLP (784-300-100-10, batch 60,
 * float32, lr 0.1) with plain weights (alpha = 1) and with Powerprop kernels (alpha = 2, 3), trained
 * by {@link Sgd} (chain rule, update and next forward map fused into one pass over the weights) and,
 * as two more sides, by the same SGD through the separate passes (finish every gradient, BLAS
 * update, forward map on the next step: {@link Separate}); the networks train side by side in one
 * JVM on the same fixed random batches, in interleaved rounds (the order of the sides rotates each
 * round), so that load from other processes hits all sides alike. A last side times only the
 * separate passes' reparameterisation kernel (forward map and chain rule of all three kernels at
 * alpha = 3, {@code steps} times). Prints per round the seconds of each side, then the median ratio
 * to alpha = 1 and its quartiles and range (rounds of one step each, thousands of them, pair the sides
 * within milliseconds, which keeps the ratios usable on a busy machine; only the first 30 rounds are
 * printed). Each side is timed by the wall clock and by the thread's CPU time (OpenBLAS on one thread:
 * the step runs on the calling thread), which leaves out the time the thread waited for a core on a
 * shared machine:
 * <pre>
 * OMP_NUM_THREADS=1 java -cp &lt;sparsity test classpath&gt; org.neurotheory.sparsity.bench.PowerpropOverhead [rounds] [steps]
 * </pre>
 */
public final class PowerpropOverhead {
    private PowerpropOverhead() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        double[] alphas = {1, 2, 3, 2, 3};
        String[] names = {"alpha=1", "alpha=2", "alpha=3", "alpha=2 separate passes", "alpha=3 separate passes", "kernel alone"};
        List<Batch> batches = new ArrayList<>();
        SplittableRandom rng = new SplittableRandom(1);
        for (int b = 0; b < 16; b++) {
            int[] labels = new int[60];
            for (int i = 0; i < 60; i++) {
                labels[i] = rng.nextInt(10);
            }
            batches.add(Batch.of(Nd4j.rand(DataType.FLOAT, 60, 784), labels));
        }
        Trainer[] trainers = new Trainer[alphas.length];
        for (int a = 0; a < alphas.length; a++) {
            Sequential net = PowerpropMlp.build(PowerpropMlp.paperSizes(), alphas[a], 0);
            Optimizer sgd = a < 3 ? new Sgd(0.1) : new Separate(new Sgd(0.1));
            trainers[a] = new Trainer(net, new SoftmaxCrossEntropy(), sgd, TrainingConfig.of(1, 60, 0));
            run(trainers[a], batches, Math.max(steps, 300)); // warm-up
        }
        PowerReparameterisation f = new PowerReparameterisation(3);
        int[] sizes = PowerpropMlp.paperSizes();
        INDArray[][] kernel = new INDArray[3][4];
        for (int l = 0; l < 3; l++) {
            for (int j = 0; j < 4; j++) {
                kernel[l][j] = Nd4j.rand(DataType.FLOAT, sizes[l], sizes[l + 1]).subi(0.5f);
            }
            // |psi| = 3^(-1/2): the chain factor 3 psi^2 is 1, so repeated chain calls keep the gradient's scale
            Transforms.sign(kernel[l][0], false).muli(0.57735026f);
        }
        kernelOnly(f, kernel, Math.max(steps, 300)); // warm-up
        double[][] seconds = new double[rounds][alphas.length + 1];
        double[][] cpu = new double[rounds][alphas.length + 1];
        ThreadMXBean clock = ManagementFactory.getThreadMXBean();
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k <= alphas.length; k++) {
                int a = (r + k) % (alphas.length + 1);
                long c0 = clock.getCurrentThreadCpuTime();
                seconds[r][a] = a < alphas.length ? run(trainers[a], batches, steps) : kernelOnly(f, kernel, steps);
                cpu[r][a] = (clock.getCurrentThreadCpuTime() - c0) * 1e-9;
            }
            StringBuilder line = new StringBuilder("round " + r + ":");
            for (int a = 0; a <= alphas.length; a++) {
                line.append(String.format(" %s %.3f s (CPU %.3f s)%s", names[a], seconds[r][a], cpu[r][a], a < alphas.length ? "," : ""));
            }
            if (r < 30) {
                System.out.println(line);
            }
        }
        summary("wall time", seconds, names, steps);
        summary("thread CPU time", cpu, names, steps);
    }

    /** Median, quartiles and range over rounds of each side's time over alpha = 1's. */
    private static void summary(String clock, double[][] t, String[] names, int steps) {
        int rounds = t.length;
        for (int a = 1; a < names.length; a++) {
            double[] ratio = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                ratio[r] = t[r][a] / t[r][0];
            }
            Arrays.sort(ratio);
            System.out.printf(clock + ", " + names[a] + " / alpha=1: median %.3f, quartiles %.3f-%.3f, range %.3f-%.3f (%d rounds of %d steps)%n",
                    ratio[rounds / 2], ratio[rounds / 4], ratio[3 * rounds / 4], ratio[0], ratio[rounds - 1], rounds, steps);
        }
    }

    /** An optimiser's step through the separate passes: {@link Optimizer}'s default {@code finishAndStep}, never fused. */
    private record Separate(Optimizer inner) implements Optimizer {
        @Override
        public void step(List<Parameter> parameters, double learningRate) {
            inner.step(parameters, learningRate);
        }

        @Override
        public double learningRate() {
            return inner.learningRate();
        }

        @Override
        public void saveState(String prefix, Map<String, INDArray> out, List<Parameter> parameters) {
            inner.saveState(prefix, out, parameters);
        }

        @Override
        public void loadState(String prefix, Map<String, INDArray> in, List<Parameter> parameters) {
            inner.loadState(prefix, in, parameters);
        }
    }

    private static double kernelOnly(PowerReparameterisation f,
            INDArray[][] k, int steps) {
        long t0 = System.nanoTime();
        for (int s = 0; s < steps; s++) {
            for (INDArray[] l : k) {
                f.apply(l[0], l[1], l[2]);
                f.chain(l[0], l[2], l[3]);
            }
        }
        return (System.nanoTime() - t0) * 1e-9;
    }

    private static double run(Trainer t, List<Batch> batches, int steps) {
        long t0 = System.nanoTime();
        for (int s = 0; s < steps; s++) {
            t.step(batches.get(s % batches.size()), 0.1);
        }
        return (System.nanoTime() - t0) * 1e-9;
    }
}
