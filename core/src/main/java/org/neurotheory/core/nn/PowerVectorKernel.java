package org.neurotheory.core.nn;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The float32 loops of {@link PowerReparameterisation} for the integer exponents alpha in
 * {2, 3, 4, 5} on the JDK Vector API, reading and writing the native buffers directly (no copies to
 * Java arrays). Each lane performs the same float multiplications in the same order as the scalar
 * loops (no fused multiply-add), so results are bit-identical to them. Loaded only when the JVM has
 * the incubator module {@code jdk.incubator.vector} ({@link PowerReparameterisation#VECTOR_API}); the
 * {@code ./neurotheory} launcher and the build's test runs add it.
 */
final class PowerVectorKernel {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final ByteOrder ORDER = ByteOrder.nativeOrder();

    private PowerVectorKernel() {
    }

    /** w = psi |psi|^(k-1) for the first {@code n} floats, k in {2, 3, 4, 5}. */
    static void apply(ByteBuffer psi, ByteBuffer w, int n, int k) {
        int i = switch (k) {
            case 2 -> apply2(psi, w, n);
            case 3 -> apply3(psi, w, n);
            case 4 -> apply4(psi, w, n);
            default -> apply5(psi, w, n);
        };
        for (; i < n; i++) {
            float x = psi.getFloat(4 * i);
            float y;
            if (k == 2) {
                y = x * Math.abs(x);
            } else if (k == 3) {
                y = x * (x * x);
            } else if (k == 4) {
                y = x * (Math.abs(x) * x * x);
            } else {
                float x2 = x * x;
                y = x * (x2 * x2);
            }
            w.putFloat(4 * i, y);
        }
    }

    /** g = (g k) |psi|^(k-1) in place for the first {@code n} floats, k in {2, 3, 4, 5}. */
    static void chain(ByteBuffer psi, ByteBuffer g, int n, int k) {
        int i = switch (k) {
            case 2 -> chain2(psi, g, n);
            case 3 -> chain3(psi, g, n);
            case 4 -> chain4(psi, g, n);
            default -> chain5(psi, g, n);
        };
        float s = k;
        for (; i < n; i++) {
            float x = psi.getFloat(4 * i);
            float f;
            if (k == 2) {
                f = Math.abs(x);
            } else if (k == 3) {
                f = x * x;
            } else if (k == 4) {
                f = Math.abs(x) * x * x;
            } else {
                float x2 = x * x;
                f = x2 * x2;
            }
            g.putFloat(4 * i, g.getFloat(4 * i) * s * f);
        }
    }

    /**
     * One plain SGD step fused with the chain rule and the forward map, for the first {@code n} floats,
     * in one pass over the weights: with F = |psi|^(k-1), g' = (g k) F (times the mask m, if any;
     * plus {@code decay} psi if {@code decay != 0}), psi' = psi + negLr g', w = psi' F(psi') (times m).
     * The products are those of {@link #chain} and {@link #apply}; each of the two additions is rounded
     * once (fused multiply-add) for entries below {@code fusedEnd} and twice after it, as the BLAS
     * update of {@link Sgd} rounds them ({@link AxpyRounding}). {@code g} is read, not written.
     */
    static void sgdStep(ByteBuffer psi, ByteBuffer g, ByteBuffer mask, ByteBuffer w, int n, int k, float negLr, float decay,
            int fusedEnd) {
        int end = SPECIES.loopBound(fusedEnd);
        switch (k) {
            case 2 -> sgd2(psi, g, mask, w, end, negLr, decay);
            case 3 -> sgd3(psi, g, mask, w, end, negLr, decay);
            case 4 -> sgd4(psi, g, mask, w, end, negLr, decay);
            default -> sgd5(psi, g, mask, w, end, negLr, decay);
        }
        float s = k;
        for (int i = end; i < n; i++) {
            boolean once = i < fusedEnd;
            float x = psi.getFloat(4 * i);
            float d = g.getFloat(4 * i) * s * factor(x, k);
            float m = mask == null ? 1f : mask.getFloat(4 * i);
            if (mask != null) {
                d = d * m;
            }
            if (decay != 0) {
                d = once ? Math.fma(decay, x, d) : d + decay * x;
            }
            float y = once ? Math.fma(negLr, d, x) : x + negLr * d;
            psi.putFloat(4 * i, y);
            float v = y * factor(y, k);
            w.putFloat(4 * i, mask == null ? v : v * m);
        }
    }

    /** |x|^(k-1) with the products of the scalar loops. */
    private static float factor(float x, int k) {
        if (k == 2) {
            return Math.abs(x);
        } else if (k == 3) {
            return x * x;
        } else if (k == 4) {
            return Math.abs(x) * x * x;
        }
        float x2 = x * x;
        return x2 * x2;
    }

    // the fused step per exponent over [0, end), end a multiple of the lane count (all entries fused):
    // the exponent-specific lines are the factor F; the rest is the same in all four

    private static void sgd2(ByteBuffer psi, ByteBuffer g, ByteBuffer mask, ByteBuffer w, int end, float negLr, float decay) {
        for (int i = 0; i < end; i += SPECIES.length()) {
            FloatVector x = FloatVector.fromByteBuffer(SPECIES, psi, 4 * i, ORDER);
            FloatVector d = FloatVector.fromByteBuffer(SPECIES, g, 4 * i, ORDER).mul(2f).mul(x.lanewise(VectorOperators.ABS));
            FloatVector y = update(x, d, psi, mask, i, negLr, decay);
            store(y.mul(y.lanewise(VectorOperators.ABS)), mask, w, i);
        }
    }

    private static void sgd3(ByteBuffer psi, ByteBuffer g, ByteBuffer mask, ByteBuffer w, int end, float negLr, float decay) {
        for (int i = 0; i < end; i += SPECIES.length()) {
            FloatVector x = FloatVector.fromByteBuffer(SPECIES, psi, 4 * i, ORDER);
            FloatVector d = FloatVector.fromByteBuffer(SPECIES, g, 4 * i, ORDER).mul(3f).mul(x.mul(x));
            FloatVector y = update(x, d, psi, mask, i, negLr, decay);
            store(y.mul(y.mul(y)), mask, w, i);
        }
    }

    private static void sgd4(ByteBuffer psi, ByteBuffer g, ByteBuffer mask, ByteBuffer w, int end, float negLr, float decay) {
        for (int i = 0; i < end; i += SPECIES.length()) {
            FloatVector x = FloatVector.fromByteBuffer(SPECIES, psi, 4 * i, ORDER);
            FloatVector d = FloatVector.fromByteBuffer(SPECIES, g, 4 * i, ORDER).mul(4f)
                    .mul(x.lanewise(VectorOperators.ABS).mul(x).mul(x));
            FloatVector y = update(x, d, psi, mask, i, negLr, decay);
            store(y.mul(y.lanewise(VectorOperators.ABS).mul(y).mul(y)), mask, w, i);
        }
    }

    private static void sgd5(ByteBuffer psi, ByteBuffer g, ByteBuffer mask, ByteBuffer w, int end, float negLr, float decay) {
        for (int i = 0; i < end; i += SPECIES.length()) {
            FloatVector x = FloatVector.fromByteBuffer(SPECIES, psi, 4 * i, ORDER);
            FloatVector x2 = x.mul(x);
            FloatVector d = FloatVector.fromByteBuffer(SPECIES, g, 4 * i, ORDER).mul(5f).mul(x2.mul(x2));
            FloatVector y = update(x, d, psi, mask, i, negLr, decay);
            FloatVector y2 = y.mul(y);
            store(y.mul(y2.mul(y2)), mask, w, i);
        }
    }

    /** psi' = psi + negLr (d m + decay psi), each addition one fused multiply-add; writes psi' and returns it. */
    private static FloatVector update(FloatVector x, FloatVector d, ByteBuffer psi, ByteBuffer mask, int i, float negLr, float decay) {
        if (mask != null) {
            d = d.mul(FloatVector.fromByteBuffer(SPECIES, mask, 4 * i, ORDER));
        }
        if (decay != 0) {
            d = FloatVector.broadcast(SPECIES, decay).fma(x, d);
        }
        FloatVector y = FloatVector.broadcast(SPECIES, negLr).fma(d, x);
        y.intoByteBuffer(psi, 4 * i, ORDER);
        return y;
    }

    private static void store(FloatVector v, ByteBuffer mask, ByteBuffer w, int i) {
        (mask == null ? v : v.mul(FloatVector.fromByteBuffer(SPECIES, mask, 4 * i, ORDER))).intoByteBuffer(w, 4 * i, ORDER);
    }

    // one method per exponent, so that the JIT compiles each loop on its own profile; each returns
    // the index where the scalar tail starts

    private static int apply2(ByteBuffer psi, ByteBuffer w, int n) {
        int bound = SPECIES.loopBound(n);
        for (int i = 0; i < bound; i += SPECIES.length()) {
            FloatVector x = FloatVector.fromByteBuffer(SPECIES, psi, 4 * i, ORDER);
            x.mul(x.lanewise(VectorOperators.ABS)).intoByteBuffer(w, 4 * i, ORDER);
        }
        return bound;
    }

    private static int apply3(ByteBuffer psi, ByteBuffer w, int n) {
        int bound = SPECIES.loopBound(n);
        for (int i = 0; i < bound; i += SPECIES.length()) {
            FloatVector x = FloatVector.fromByteBuffer(SPECIES, psi, 4 * i, ORDER);
            x.mul(x.mul(x)).intoByteBuffer(w, 4 * i, ORDER);
        }
        return bound;
    }

    private static int apply4(ByteBuffer psi, ByteBuffer w, int n) {
        int bound = SPECIES.loopBound(n);
        for (int i = 0; i < bound; i += SPECIES.length()) {
            FloatVector x = FloatVector.fromByteBuffer(SPECIES, psi, 4 * i, ORDER);
            x.mul(x.lanewise(VectorOperators.ABS).mul(x).mul(x)).intoByteBuffer(w, 4 * i, ORDER);
        }
        return bound;
    }

    private static int apply5(ByteBuffer psi, ByteBuffer w, int n) {
        int bound = SPECIES.loopBound(n);
        for (int i = 0; i < bound; i += SPECIES.length()) {
            FloatVector x = FloatVector.fromByteBuffer(SPECIES, psi, 4 * i, ORDER);
            FloatVector x2 = x.mul(x);
            x.mul(x2.mul(x2)).intoByteBuffer(w, 4 * i, ORDER);
        }
        return bound;
    }

    private static int chain2(ByteBuffer psi, ByteBuffer g, int n) {
        int bound = SPECIES.loopBound(n);
        for (int i = 0; i < bound; i += SPECIES.length()) {
            FloatVector f = FloatVector.fromByteBuffer(SPECIES, psi, 4 * i, ORDER).lanewise(VectorOperators.ABS);
            FloatVector.fromByteBuffer(SPECIES, g, 4 * i, ORDER).mul(2f).mul(f).intoByteBuffer(g, 4 * i, ORDER);
        }
        return bound;
    }

    private static int chain3(ByteBuffer psi, ByteBuffer g, int n) {
        int bound = SPECIES.loopBound(n);
        for (int i = 0; i < bound; i += SPECIES.length()) {
            FloatVector x = FloatVector.fromByteBuffer(SPECIES, psi, 4 * i, ORDER);
            FloatVector.fromByteBuffer(SPECIES, g, 4 * i, ORDER).mul(3f).mul(x.mul(x)).intoByteBuffer(g, 4 * i, ORDER);
        }
        return bound;
    }

    private static int chain4(ByteBuffer psi, ByteBuffer g, int n) {
        int bound = SPECIES.loopBound(n);
        for (int i = 0; i < bound; i += SPECIES.length()) {
            FloatVector x = FloatVector.fromByteBuffer(SPECIES, psi, 4 * i, ORDER);
            FloatVector f = x.lanewise(VectorOperators.ABS).mul(x).mul(x);
            FloatVector.fromByteBuffer(SPECIES, g, 4 * i, ORDER).mul(4f).mul(f).intoByteBuffer(g, 4 * i, ORDER);
        }
        return bound;
    }

    private static int chain5(ByteBuffer psi, ByteBuffer g, int n) {
        int bound = SPECIES.loopBound(n);
        for (int i = 0; i < bound; i += SPECIES.length()) {
            FloatVector x = FloatVector.fromByteBuffer(SPECIES, psi, 4 * i, ORDER);
            FloatVector x2 = x.mul(x);
            FloatVector.fromByteBuffer(SPECIES, g, 4 * i, ORDER).mul(5f).mul(x2.mul(x2)).intoByteBuffer(g, 4 * i, ORDER);
        }
        return bound;
    }
}
