package org.neurotheory.core.nn;

import java.util.SplittableRandom;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas;

/**
 * How this machine's OpenBLAS rounds {@code cblas_saxpy} (y = y + a x, float32, unit strides), so
 * that a Java loop fusing an SGD update with other element-wise work can give exactly the bits of
 * {@link Sgd}'s BLAS update. OpenBLAS's x86 kernels run a SIMD main loop over the first
 * {@code n & -B} entries with fused multiply-adds (one rounding) and a C tail loop over the rest
 * (multiply, then add: two roundings); B is the kernel's block (32 for the AVX-512 and Zen kernels of
 * OpenBLAS 0.3.19), and kernels without FMA round twice everywhere. The rule is measured once per JVM
 * on probe values whose two roundings differ, and verified on every length from 1 to 300 and on
 * a few longer ones; if this OpenBLAS follows no such rule, {@link #known()} is false and callers keep
 * the BLAS call.
 */
final class AxpyRounding {
    /** The block B (a power of two), 0 when no entry is fused, -1 when the rule was not recognised. */
    private static final int BLOCK = measure();

    private AxpyRounding() {
    }

    /** Whether the rule was recognised (else {@link #fusedEnd} must not be used). */
    static boolean known() {
        return BLOCK >= 0;
    }

    /** Entries {@code [0, fusedEnd(n))} of a saxpy of length n are rounded once (FMA), the rest twice. */
    static int fusedEnd(int n) {
        return BLOCK == 0 ? 0 : n & -BLOCK;
    }

    private static int measure() {
        int longest = 1100;
        float a = -0.1f;
        float[] x = new float[longest];
        float[] y = new float[longest];
        SplittableRandom rng = new SplittableRandom(11);
        for (int k = 0; k < longest; ) {
            float xi = (float) (rng.nextGaussian() * 1e-2);
            float yi = (float) (rng.nextGaussian() * 5e-2);
            if (Math.fma(a, xi, yi) != yi + a * xi) {
                x[k] = xi;
                y[k++] = yi;
            }
        }
        // the block: the shortest length whose first entry comes out fused (none up to 256: no FMA)
        int block = 0;
        for (int n = 1; n <= 256 && block == 0; n++) {
            if (saxpy(a, x, y, n)[0] == Math.fma(a, x[0], y[0])) {
                block = n;
            }
        }
        if (block != 0 && Integer.bitCount(block) != 1) {
            return -1;
        }
        int[] lengths = new int[300 + 4];
        for (int n = 1; n <= 300; n++) {
            lengths[n - 1] = n;
        }
        lengths[300] = 1000;
        lengths[301] = 1031;
        lengths[302] = 1063;
        lengths[303] = longest;
        for (int n : lengths) {
            float[] out = saxpy(a, x, y, n);
            int end = block == 0 ? 0 : n & -block;
            for (int i = 0; i < n; i++) {
                float want = i < end ? Math.fma(a, x[i], y[i]) : y[i] + a * x[i];
                if (Float.floatToRawIntBits(out[i]) != Float.floatToRawIntBits(want)) {
                    return -1;
                }
            }
        }
        return block;
    }

    private static float[] saxpy(float a, float[] x, float[] y, int n) {
        try (FloatPointer xp = new FloatPointer(n); FloatPointer yp = new FloatPointer(n)) {
            xp.put(x, 0, n);
            yp.put(y, 0, n);
            openblas.cblas_saxpy(n, a, xp, 1, yp, 1);
            float[] out = new float[n];
            yp.get(out, 0, n);
            return out;
        }
    }
}
