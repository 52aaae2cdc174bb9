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
