package org.neurotheory.core.nn;

import java.lang.ref.Reference;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurotheory.core.Require;

/**
 * Powerpropagation (Schwarz et al. 2021, Eq. 1): w = psi |psi|^(alpha-1) = sign(psi) |psi|^alpha,
 * with dw/dpsi = alpha |psi|^(alpha-1) (0 at psi = 0 for alpha > 1). On float32 each of the forward
 * map and the chain rule is one vectorised pass; for alpha in {2, 3, 4, 5} the power is repeated
 * multiplication (and the chain rule recomputes it from psi, a few multiplies, rather than storing
 * it); otherwise A = |psi|^(alpha-1) is computed once per step and reused for the forward weight
 * psi*A and the gradient alpha*A*dL/dw. When the JVM has the Vector API module, the integer
 * exponents run on SIMD lanes directly on the native buffers ({@link PowerVectorKernel}, the same
 * bits as the scalar loops). The inverse psi = sign(w) |w|^(1/alpha)
 * lets a Powerprop network start from exactly the weights of a baseline network.
 */
public final class PowerReparameterisation implements Reparameterisation {
    /**
     * Whether the JVM has the Vector API module ({@code --add-modules jdk.incubator.vector}), so that
     * {@link PowerVectorKernel} can be loaded; without it the scalar loops give the same bits.
     */
    static final boolean VECTOR_API = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

    private final double alpha;

    /** @param alpha the power, alpha >= 1 (1 is the ordinary network) */
    public PowerReparameterisation(double alpha) {
        this.alpha = Require.inRange("alpha", alpha, 1.0, 64.0);
    }

    /** The power alpha. */
    public double alpha() {
        return alpha;
    }

    @Override
    public void apply(INDArray psi, INDArray w, INDArray scratch) {
        if (psi.dataType() == DataType.FLOAT && w.dataType() == DataType.FLOAT && scratch.dataType() == DataType.FLOAT) {
            applyFloat(psi, w, scratch);
            // the float path works on raw views of these arrays' memory (see Flat)
            Reference.reachabilityFence(psi);
            Reference.reachabilityFence(w);
            Reference.reachabilityFence(scratch);
            return;
        }
        try (Flat p = Flat.of(psi); Flat wf = Flat.of(w); Flat a = Flat.of(scratch)) {
            double e = alpha - 1;
            int k = (int) e;
            boolean integer = e == k;
            for (int i = 0, n = p.size(); i < n; i++) {
                double x = p.get(i);
                double ax = Math.abs(x);
                double f;
                if (integer) {
                    f = 1;
                    for (int j = 0; j < k; j++) {
                        f *= ax;
                    }
                } else {
                    f = Math.pow(ax, e);
                }
                a.set(i, f);
                wf.set(i, x * f);
            }
        }
    }

    @Override
    public void chain(INDArray psi, INDArray scratch, INDArray grad) {
        if (psi.dataType() == DataType.FLOAT && scratch.dataType() == DataType.FLOAT && grad.dataType() == DataType.FLOAT) {
            chainFloat(psi, scratch, grad);
            Reference.reachabilityFence(psi);
            Reference.reachabilityFence(scratch);
            Reference.reachabilityFence(grad);
            return;
        }
        try (Flat a = Flat.of(scratch); Flat g = Flat.of(grad)) {
            for (int i = 0, n = g.size(); i < n; i++) {
                g.set(i, g.get(i) * alpha * a.get(i));
            }
        }
    }

    /**
     * The fused SGD step ({@link Reparameterisation#sgdStep}) for float32 and alpha in {2, 3, 4, 5}
     * on the Vector API ({@link PowerVectorKernel#sgdStep}), when this machine's BLAS update rounds by
     * a rule {@link AxpyRounding} recognised; otherwise {@code false}.
     */
    @Override
    public boolean sgdStep(INDArray psi, INDArray grad, INDArray mask, double learningRate, double weightDecay, INDArray w) {
        if (!VECTOR_API || !integerFastPath() || !AxpyRounding.known() || psi.dataType() != DataType.FLOAT
                || grad.dataType() != DataType.FLOAT || w.dataType() != DataType.FLOAT
                || (mask != null && mask.dataType() != DataType.FLOAT)) {
            return false;
        }
        int n = (int) psi.length();
        PowerVectorKernel.sgdStep(bytes(psi), bytes(grad), mask == null ? null : bytes(mask), bytes(w), n, (int) alpha,
                (float) -learningRate, (float) weightDecay, AxpyRounding.fusedEnd(n));
        Reference.reachabilityFence(psi);
        Reference.reachabilityFence(grad);
        Reference.reachabilityFence(mask);
        Reference.reachabilityFence(w);
        return true;
    }

    /** Per-thread float arrays the float32 kernels copy into (grown as needed, then reused: no allocation per step). */
    private static final ThreadLocal<float[][]> ARRAYS = ThreadLocal.withInitial(() -> new float[2][0]);

    private static float[][] arrays(int n) {
        float[][] a = ARRAYS.get();
        if (a[0].length < n) {
            a[0] = new float[n];
            a[1] = new float[n];
        }
        return a;
    }

    private boolean integerFastPath() {
        return alpha == 2 || alpha == 3 || alpha == 4 || alpha == 5;
    }

    /**
     * float32 forward map in one pass over plain arrays (bulk copies in and out of the native
     * buffers; the loops vectorise): w = psi |psi|^(alpha-1) by repeated multiplication for alpha in
     * {2, 3, 4, 5} (the generic {@code Math.pow} is about ten times slower). For these the chain
     * rule recomputes the factor from psi, so nothing else is stored; for other alpha the factor
     * A = |psi|^(alpha-1) goes to {@code scratch} for {@link #chain}. Each exponent has its own loop
     * method, so the JIT compiles each on its own profile.
     */
    private void applyFloat(INDArray psi, INDArray w, INDArray scratch) {
        int n = (int) psi.length();
        if (VECTOR_API && integerFastPath()) {
            PowerVectorKernel.apply(bytes(psi), bytes(w), n, (int) alpha);
            return;
        }
        float[][] a = arrays(n);
        float[] p = a[0];
        float[] out = a[1];
        floats(psi).get(0, p, 0, n);
        if (alpha == 2) {
            square(p, out, n);
        } else if (alpha == 3) {
            cube(p, out, n);
        } else if (alpha == 4) {
            fourth(p, out, n);
        } else if (alpha == 5) {
            fifth(p, out, n);
        } else {
            FloatBuffer factor = floats(scratch);
            double e = alpha - 1;
            for (int i = 0; i < n; i++) {
                float f = (float) Math.pow(Math.abs(p[i]), e);
                factor.put(i, f);
                out[i] = p[i] * f;
            }
        }
        floats(w).put(0, out, 0, n);
    }

    /** float32 chain rule in one pass: g = g alpha |psi|^(alpha-1) (recomputed for integer alpha, else read from scratch). */
    private void chainFloat(INDArray psi, INDArray scratch, INDArray grad) {
        int n = (int) grad.length();
        if (VECTOR_API && integerFastPath()) {
            PowerVectorKernel.chain(bytes(psi), bytes(grad), n, (int) alpha);
            return;
        }
        float[][] a = arrays(n);
        float[] f = a[0];
        float[] g = a[1];
        FloatBuffer gb = floats(grad);
        gb.get(0, g, 0, n);
        if (integerFastPath()) {
            floats(psi).get(0, f, 0, n);
            factorTimes(f, g, n, (int) alpha);
        } else {
            floats(scratch).get(0, f, 0, n);
            float s = (float) alpha;
            for (int i = 0; i < n; i++) {
                g[i] = g[i] * s * f[i];
            }
        }
        gb.put(0, g, 0, n);
    }

    private static void square(float[] p, float[] w, int n) {
        for (int i = 0; i < n; i++) {
            float x = p[i];
            w[i] = x * Math.abs(x);
        }
    }

    private static void cube(float[] p, float[] w, int n) {
        for (int i = 0; i < n; i++) {
            float x = p[i];
            w[i] = x * (x * x);
        }
    }

    private static void fourth(float[] p, float[] w, int n) {
        for (int i = 0; i < n; i++) {
            float x = p[i];
            w[i] = x * (Math.abs(x) * x * x);
        }
    }

    private static void fifth(float[] p, float[] w, int n) {
        for (int i = 0; i < n; i++) {
            float x = p[i];
            float x2 = x * x;
            w[i] = x * (x2 * x2);
        }
    }

    /** g = g k |psi|^(k-1) for k in {2, 3, 4, 5}, multiplied in the order (g k) |psi|^(k-1). */
    private static void factorTimes(float[] p, float[] g, int n, int k) {
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

    /** A direct view of a contiguous float array's memory; the caller keeps {@code a} reachable while it uses the view (see Flat). */
    private static FloatBuffer floats(INDArray a) {
        Flat.requireContiguous(a);
        FloatPointer p = new FloatPointer(a.data().addressPointer());
        p.capacity(a.length()).limit(a.length());
        return p.asBuffer();
    }

    /** A direct byte view (native order) of a contiguous float array's memory, for {@link PowerVectorKernel}; the caller keeps {@code a} reachable while it uses the view. */
    private static ByteBuffer bytes(INDArray a) {
        Flat.requireContiguous(a);
        BytePointer p = new BytePointer(a.data().addressPointer());
        p.capacity(4 * a.length()).limit(4 * a.length());
        return p.asByteBuffer().order(ByteOrder.nativeOrder());
    }

    @Override
    public void invert(INDArray w, INDArray psi) {
        // a single-threaded Java loop rather than ND4J's pow, so that the result cannot depend on how
        // ND4J splits an element-wise op over its OpenMP threads
        try (Flat in = Flat.of(Flat.contiguous(w)); Flat out = Flat.of(psi)) {
            double inverse = 1.0 / alpha;
            for (int i = 0, n = in.size(); i < n; i++) {
                double v = in.get(i);
                out.set(i, Math.copySign(StrictMath.pow(Math.abs(v), inverse), v));
            }
        }
    }

    @Override
    public String toString() {
        return "Powerprop(alpha=" + alpha + ")";
    }
}
