package org.neurotheory.core.nn;

import java.lang.ref.Reference;
import java.nio.FloatBuffer;
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
 * psi*A and the gradient alpha*A*dL/dw. The float32 passes run chunk by chunk on small Java arrays
 * ({@link PowerFloatKernel}), with the bits of the scalar formulas on every JDK. The inverse
 * psi = sign(w) |w|^(1/alpha) lets a Powerprop network start from exactly the weights of a baseline
 * network.
 */
public final class PowerReparameterisation implements Reparameterisation {
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
     * ({@link PowerFloatKernel#sgdStep}), when this machine's BLAS update rounds by a rule
     * {@link AxpyRounding} recognised; otherwise {@code false}.
     */
    @Override
    public boolean sgdStep(INDArray psi, INDArray grad, INDArray mask, double learningRate, double weightDecay, INDArray w) {
        if (!integerFastPath() || !AxpyRounding.known() || psi.dataType() != DataType.FLOAT
                || grad.dataType() != DataType.FLOAT || w.dataType() != DataType.FLOAT
                || (mask != null && mask.dataType() != DataType.FLOAT)) {
            return false;
        }
        int n = (int) psi.length();
        PowerFloatKernel.sgdStep(floats(psi), floats(grad), mask == null ? null : floats(mask), floats(w), n, (int) alpha,
                (float) -learningRate, (float) weightDecay, AxpyRounding.fusedEnd(n));
        Reference.reachabilityFence(psi);
        Reference.reachabilityFence(grad);
        Reference.reachabilityFence(mask);
        Reference.reachabilityFence(w);
        return true;
    }

    private boolean integerFastPath() {
        return alpha == 2 || alpha == 3 || alpha == 4 || alpha == 5;
    }

    /**
     * float32 forward map: w = psi |psi|^(alpha-1), by repeated multiplication for alpha in
     * {2, 3, 4, 5} (the generic {@code Math.pow} is about ten times slower); for these the chain rule
     * recomputes the factor from psi, so nothing else is stored. For other alpha the factor
     * A = |psi|^(alpha-1) goes to {@code scratch} for {@link #chain}.
     */
    private void applyFloat(INDArray psi, INDArray w, INDArray scratch) {
        int n = (int) psi.length();
        if (integerFastPath()) {
            PowerFloatKernel.apply(floats(psi), floats(w), n, (int) alpha);
            return;
        }
        FloatBuffer p = floats(psi);
        FloatBuffer out = floats(w);
        FloatBuffer factor = floats(scratch);
        double e = alpha - 1;
        for (int i = 0; i < n; i++) {
            float x = p.get(i);
            float f = (float) Math.pow(Math.abs(x), e);
            factor.put(i, f);
            out.put(i, x * f);
        }
    }

    /** float32 chain rule: g = g alpha |psi|^(alpha-1) (recomputed for integer alpha, else read from scratch). */
    private void chainFloat(INDArray psi, INDArray scratch, INDArray grad) {
        int n = (int) grad.length();
        if (integerFastPath()) {
            PowerFloatKernel.chain(floats(psi), floats(grad), n, (int) alpha);
            return;
        }
        FloatBuffer a = floats(scratch);
        FloatBuffer g = floats(grad);
        float s = (float) alpha;
        for (int i = 0; i < n; i++) {
            g.put(i, g.get(i) * s * a.get(i));
        }
    }

    /** A direct view of a contiguous float array's memory; the caller keeps {@code a} reachable while it uses the view (see Flat). */
    private static FloatBuffer floats(INDArray a) {
        Flat.requireContiguous(a);
        FloatPointer p = new FloatPointer(a.data().addressPointer());
        p.capacity(a.length()).limit(a.length());
        return p.asBuffer();
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
