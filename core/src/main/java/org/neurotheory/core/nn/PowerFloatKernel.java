package org.neurotheory.core.nn;

import java.nio.FloatBuffer;

/**
 * The float32 loops of {@link PowerReparameterisation} for the integer exponents alpha = k in
 * {2, 3, 4, 5} (Schwarz et al. 2021, Eq. 1: w = psi |psi|^(k-1); the chain rule multiplies dL/dw by
 * k |psi|^(k-1)). The weights live in ND4J's native memory, which JDK 17 reaches from Java only
 * slowly (its Vector API on direct buffers runs at a third of a heap loop's speed on AVX2); so each
 * pass copies the native arrays chunk by chunk into small per-thread Java arrays that stay in the
 * level-1 cache, runs plain loops there (which the JIT vectorises) and copies the results back. Each
 * entry is computed by the same float operations in the same order as the scalar formulas, so the
 * bits do not depend on the chunking, the JIT or the JDK.
 */
final class PowerFloatKernel {
    /** Floats per chunk: the four chunk arrays (psi, dL/dw, mask, w) fill 32 KiB. */
    static final int CHUNK = 2048;

    private static final ThreadLocal<float[][]> CHUNKS = ThreadLocal.withInitial(() -> new float[4][CHUNK]);

    private PowerFloatKernel() {
    }

    /** w = psi |psi|^(k-1) for the first {@code n} floats. */
    static void apply(FloatBuffer psi, FloatBuffer w, int n, int k) {
        float[][] c = CHUNKS.get();
        float[] p = c[0];
        float[] out = c[3];
        for (int s = 0; s < n; s += CHUNK) {
            int m = Math.min(CHUNK, n - s);
            psi.get(s, p, 0, m);
            power(p, out, m, k);
            w.put(s, out, 0, m);
        }
    }

    /** g = (g k) |psi|^(k-1) in place for the first {@code n} floats. */
    static void chain(FloatBuffer psi, FloatBuffer g, int n, int k) {
        float[][] c = CHUNKS.get();
        float[] p = c[0];
        float[] d = c[1];
        for (int s = 0; s < n; s += CHUNK) {
            int m = Math.min(CHUNK, n - s);
            psi.get(s, p, 0, m);
            g.get(s, d, 0, m);
            factorTimes(p, d, m, k);
            g.put(s, d, 0, m);
        }
    }

    /**
     * One plain SGD step fused with the chain rule and the forward map, for the first {@code n} floats,
     * in one pass over the native arrays: with F = |psi|^(k-1), d = (g k) F (times the mask m, if any;
     * plus {@code decay} psi if {@code decay != 0}), psi' = psi + negLr d, w = psi' F(psi') (times m).
     * The products are those of {@link #chain} and {@link #apply}; each of the two additions is rounded
     * once (fused multiply-add) for entries below {@code fusedEnd} and twice after it, as the BLAS
     * update of {@link Sgd} rounds them ({@link AxpyRounding}). {@code g} is read, not written.
     */
    static void sgdStep(FloatBuffer psi, FloatBuffer g, FloatBuffer mask, FloatBuffer w, int n, int k, float negLr, float decay,
            int fusedEnd) {
        float[][] c = CHUNKS.get();
        float[] p = c[0];
        float[] d = c[1];
        float[] mk = c[2];
        float[] out = c[3];
        for (int s = 0; s < n; s += CHUNK) {
            int m = Math.min(CHUNK, n - s);
            int once = Math.max(0, Math.min(m, fusedEnd - s));
            psi.get(s, p, 0, m);
            g.get(s, d, 0, m);
            factorTimes(p, d, m, k);
            if (mask != null) {
                mask.get(s, mk, 0, m);
                times(d, mk, m);
            }
            if (decay != 0) {
                addDecay(d, p, decay, once, m);
            }
            update(p, d, negLr, once, m);
            power(p, out, m, k);
            if (mask != null) {
                times(out, mk, m);
            }
            psi.put(s, p, 0, m);
            w.put(s, out, 0, m);
        }
    }

    // each loop below is a plain pass over the chunk (the exponent chosen outside the loop), so the JIT
    // vectorises it

    /** w = psi |psi|^(k-1): the products of the scalar formula, in its order. */
    static void power(float[] p, float[] w, int n, int k) {
        if (k == 2) {
            for (int i = 0; i < n; i++) {
                float x = p[i];
                w[i] = x * Math.abs(x);
            }
        } else if (k == 3) {
            for (int i = 0; i < n; i++) {
                float x = p[i];
                w[i] = x * (x * x);
            }
        } else if (k == 4) {
            for (int i = 0; i < n; i++) {
                float x = p[i];
                w[i] = x * (Math.abs(x) * x * x);
            }
        } else {
            for (int i = 0; i < n; i++) {
                float x = p[i];
                float x2 = x * x;
                w[i] = x * (x2 * x2);
            }
        }
    }

    /** g = g k |psi|^(k-1), multiplied in the order (g k) |psi|^(k-1). */
    static void factorTimes(float[] p, float[] g, int n, int k) {
        float s = k;
        if (k == 2) {
            for (int i = 0; i < n; i++) {
                g[i] = g[i] * s * Math.abs(p[i]);
            }
        } else if (k == 3) {
            for (int i = 0; i < n; i++) {
                float x = p[i];
                g[i] = g[i] * s * (x * x);
            }
        } else if (k == 4) {
            for (int i = 0; i < n; i++) {
                float x = p[i];
                g[i] = g[i] * s * (Math.abs(x) * x * x);
            }
        } else {
            for (int i = 0; i < n; i++) {
                float x2 = p[i] * p[i];
                g[i] = g[i] * s * (x2 * x2);
            }
        }
    }

    private static void times(float[] a, float[] m, int n) {
        for (int i = 0; i < n; i++) {
            a[i] = a[i] * m[i];
        }
    }

    /** d = d + decay psi: one rounding below {@code once}, two from there to {@code n}. */
    private static void addDecay(float[] d, float[] p, float decay, int once, int n) {
        for (int i = 0; i < once; i++) {
            d[i] = Math.fma(decay, p[i], d[i]);
        }
        for (int i = once; i < n; i++) {
            d[i] = d[i] + decay * p[i];
        }
    }

    /** psi = psi + negLr d: one rounding below {@code once}, two from there to {@code n}. */
    private static void update(float[] p, float[] d, float negLr, int once, int n) {
        for (int i = 0; i < once; i++) {
            p[i] = Math.fma(negLr, d[i], p[i]);
        }
        for (int i = once; i < n; i++) {
            p[i] = p[i] + negLr * d[i];
        }
    }
}
