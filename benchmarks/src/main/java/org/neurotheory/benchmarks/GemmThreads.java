package org.neurotheory.benchmarks;

import java.util.Arrays;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas;
import org.bytedeco.openblas.presets.openblas_nolapack;
import org.nd4j.linalg.factory.Nd4j;

/**
 * What fixing core.nn's products at one OpenBLAS thread costs or gains: the GEMMs of one SGD step of
 * an MLP (forward, weight gradient and input gradient of every layer, float32, as {@code core.nn}'s
 * {@code Gemm} calls them) at one and at two OpenBLAS threads, alternating which goes first in each
 * round, in one JVM. Prints the median time per step of each and the median (p10-p90) of the
 * per-round ratio. Run: {@code java -cp <benchmarks classpath> org.neurotheory.benchmarks.GemmThreads
 * [batch] [rounds] [sizes, e.g. 196,100,10]}.
 */
public final class GemmThreads {
    private static final int REPS = 50;

    private GemmThreads() {
    }

    public static void main(String[] args) {
        int b = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 21;
        int[] sizes = Arrays.stream((args.length > 2 ? args[2] : "196,100,10").split(",")).mapToInt(Integer::parseInt).toArray();
        Nd4j.create(1); // loads ND4J's OpenBLAS as the library does
        int layers = sizes.length - 1;
        FloatPointer[] x = new FloatPointer[sizes.length];
        FloatPointer[] g = new FloatPointer[sizes.length];
        FloatPointer[] w = new FloatPointer[layers];
        FloatPointer[] gw = new FloatPointer[layers];
        for (int l = 0; l < sizes.length; l++) {
            x[l] = filled((long) b * sizes[l]);
            g[l] = filled((long) b * sizes[l]);
        }
        for (int l = 0; l < layers; l++) {
            w[l] = filled((long) sizes[l] * sizes[l + 1]);
            gw[l] = filled((long) sizes[l] * sizes[l + 1]);
        }
        double[][] us = new double[2][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int o = 0; o < 2; o++) {
                int threads = (r + o) % 2 + 1;
                openblas_nolapack.blas_set_num_threads(threads);
                long t0 = System.nanoTime();
                for (int k = 0; k < REPS; k++) {
                    for (int l = 0; l < layers; l++) {
                        int in = sizes[l];
                        int out = sizes[l + 1];
                        openblas.cblas_sgemm(openblas.CblasRowMajor, openblas.CblasNoTrans, openblas.CblasNoTrans, b, out, in,
                                1f, x[l], in, w[l], out, 0f, x[l + 1], out);
                        openblas.cblas_sgemm(openblas.CblasRowMajor, openblas.CblasTrans, openblas.CblasNoTrans, in, out, b,
                                1f, x[l], in, g[l + 1], out, 0f, gw[l], out);
                        openblas.cblas_sgemm(openblas.CblasRowMajor, openblas.CblasNoTrans, openblas.CblasTrans, b, in, out,
                                1f, g[l + 1], out, w[l], out, 0f, g[l], in);
                    }
                }
                us[threads - 1][r] = (System.nanoTime() - t0) / 1e3 / REPS;
            }
        }
        double[] ratio = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            ratio[r] = us[0][r] / us[1][r];
        }
        Arrays.sort(ratio);
        Arrays.sort(us[0]);
        Arrays.sort(us[1]);
        System.out.printf("%s batch %d: 1 thread median %.1f us/step, 2 threads median %.1f us/step; "
                        + "ratio 1t/2t median %.2f (p10-p90 %.2f-%.2f), %d rounds%n", Arrays.toString(sizes), b,
                us[0][rounds / 2], us[1][rounds / 2], ratio[rounds / 2], ratio[rounds / 10], ratio[rounds * 9 / 10], rounds);
    }

    private static FloatPointer filled(long n) {
        FloatPointer p = new FloatPointer(n);
        for (long i = 0; i < n; i++) {
            p.put(i, (float) Math.sin(i * 0.37));
        }
        return p;
    }
}
