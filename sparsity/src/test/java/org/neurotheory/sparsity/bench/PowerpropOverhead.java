package org.neurotheory.sparsity.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.neurotheory.core.nn.Batch;
import org.neurotheory.core.nn.Sequential;
import org.neurotheory.core.nn.Sgd;
import org.neurotheory.core.nn.SoftmaxCrossEntropy;
import org.neurotheory.core.nn.Trainer;
import org.neurotheory.core.nn.TrainingConfig;
import org.neurotheory.sparsity.model.PowerpropMlp;

/**
 * Paired timing of Powerprop's overhead per SGD step: the paper's MLP (784-300-100-10, batch 60,
 * float32, lr 0.1) with plain weights (alpha = 1) and with Powerprop kernels (alpha = 2, 3), the
 * three networks trained side by side in one JVM on the same fixed random batches, in interleaved
 * rounds (the order of the three rotates each round), so that load from other processes hits all
 * sides alike. A fourth side times only the reparameterisation kernel (forward map and chain rule
 * of all three kernels at alpha = 3, {@code steps} times), the part of a step Powerprop adds. Prints
 * per round the seconds of each side, then the median ratio to alpha = 1 and its range:
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
        double[] alphas = {1, 2, 3};
        List<Batch> batches = new ArrayList<>();
        java.util.SplittableRandom rng = new java.util.SplittableRandom(1);
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
            trainers[a] = new Trainer(net, new SoftmaxCrossEntropy(), new Sgd(0.1), TrainingConfig.of(1, 60, 0));
            run(trainers[a], batches, steps); // warm-up
        }
        org.neurotheory.core.nn.PowerReparameterisation f = new org.neurotheory.core.nn.PowerReparameterisation(3);
        int[] sizes = PowerpropMlp.paperSizes();
        org.nd4j.linalg.api.ndarray.INDArray[][] kernel = new org.nd4j.linalg.api.ndarray.INDArray[3][4];
        for (int l = 0; l < 3; l++) {
            for (int j = 0; j < 4; j++) {
                kernel[l][j] = Nd4j.rand(DataType.FLOAT, sizes[l], sizes[l + 1]).subi(0.5f);
            }
            // |psi| = 3^(-1/2): the chain factor 3 psi^2 is 1, so repeated chain calls keep the gradient's scale
            org.nd4j.linalg.ops.transforms.Transforms.sign(kernel[l][0], false).muli(0.57735026f);
        }
        kernelOnly(f, kernel, steps); // warm-up
        double[][] seconds = new double[rounds][alphas.length + 1];
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k <= alphas.length; k++) {
                int a = (r + k) % (alphas.length + 1);
                seconds[r][a] = a < alphas.length ? run(trainers[a], batches, steps) : kernelOnly(f, kernel, steps);
            }
            System.out.printf("round %d: alpha=1 %.3f s, alpha=2 %.3f s, alpha=3 %.3f s, kernel alone %.3f s%n", r, seconds[r][0],
                    seconds[r][1], seconds[r][2], seconds[r][3]);
        }
        for (int a = 1; a <= alphas.length; a++) {
            double[] ratio = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                ratio[r] = seconds[r][a] / seconds[r][0];
            }
            Arrays.sort(ratio);
            System.out.printf((a == alphas.length ? "kernel alone" : "alpha=" + (int) alphas[a]) + " / alpha=1: median %.3f, quartiles %.3f-%.3f, range %.3f-%.3f (%d rounds of %d steps)%n",
                    ratio[rounds / 2], ratio[rounds / 4], ratio[3 * rounds / 4], ratio[0], ratio[rounds - 1], rounds, steps);
        }
    }

    private static double kernelOnly(org.neurotheory.core.nn.PowerReparameterisation f,
            org.nd4j.linalg.api.ndarray.INDArray[][] k, int steps) {
        long t0 = System.nanoTime();
        for (int s = 0; s < steps; s++) {
            for (org.nd4j.linalg.api.ndarray.INDArray[] l : k) {
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
