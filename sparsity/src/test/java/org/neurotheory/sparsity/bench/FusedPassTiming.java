package org.neurotheory.sparsity.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurotheory.core.nn.PowerReparameterisation;

/**
 * Where the fused Powerprop step's time goes, per SGD step of the paper's MLP (kernels of 235,200,
 * 30,000 and 1,000 weights), by the thread's CPU time: the plain BLAS update ({@code cblas_saxpy},
 * what an alpha = 1 step does), the fused pass ({@link PowerReparameterisation#sgdStep}, alpha = 2),
 * and the separate passes' forward map and chain rule. Rounds of 200 steps, interleaved; prints
 * the median microseconds per step of each:
 * <pre>
 * OMP_NUM_THREADS=1 java --add-modules jdk.incubator.vector -cp &lt;sparsity test classpath&gt; org.neurotheory.sparsity.bench.FusedPassTiming [rounds]
 * </pre>
 */
public final class FusedPassTiming {
    private FusedPassTiming() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int[] n = {235_200, 30_000, 1_000};
        INDArray[][] k = new INDArray[3][4];
        for (int l = 0; l < 3; l++) {
            for (int j = 0; j < 4; j++) {
                k[l][j] = Nd4j.rand(DataType.FLOAT, 1, n[l]).subi(0.5f);
            }
        }
        PowerReparameterisation f = new PowerReparameterisation(2);
        ThreadMXBean clock = ManagementFactory.getThreadMXBean();
        int reps = 200;
        double[][] us = new double[3][rounds];
        for (int r = -3; r < rounds; r++) {
            long c0 = clock.getCurrentThreadCpuTime();
            for (int i = 0; i < reps; i++) {
                for (int l = 0; l < 3; l++) {
                    openblas.cblas_saxpy(n[l], -1e-9f, (FloatPointer) k[l][1].data().addressPointer(), 1,
                            (FloatPointer) k[l][0].data().addressPointer(), 1);
                }
            }
            long c1 = clock.getCurrentThreadCpuTime();
            for (int i = 0; i < reps; i++) {
                for (int l = 0; l < 3; l++) {
                    f.sgdStep(k[l][0], k[l][1], null, 1e-9, 0, k[l][2]);
                }
            }
            long c2 = clock.getCurrentThreadCpuTime();
            for (int i = 0; i < reps; i++) {
                for (int l = 0; l < 3; l++) {
                    f.apply(k[l][0], k[l][2], k[l][3]);
                    f.chain(k[l][0], k[l][3], k[l][1]);
                }
            }
            long c3 = clock.getCurrentThreadCpuTime();
            if (r >= 0) {
                us[0][r] = (c1 - c0) * 1e-3 / reps;
                us[1][r] = (c2 - c1) * 1e-3 / reps;
                us[2][r] = (c3 - c2) * 1e-3 / reps;
            }
        }
        for (double[] u : us) {
            Arrays.sort(u);
        }
        System.out.printf("per step (three kernels), median microseconds of thread CPU time over %d rounds: BLAS update %.1f, "
                + "fused pass %.1f, separate map + chain rule %.1f%n", rounds, us[0][rounds / 2], us[1][rounds / 2], us[2][rounds / 2]);
    }
}
