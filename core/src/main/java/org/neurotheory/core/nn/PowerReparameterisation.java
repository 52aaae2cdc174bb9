package org.neurotheory.core.nn;

import java.nio.FloatBuffer;
import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.neurotheory.core.Require;

/**
 * Powerpropagation (Schwarz et al. 2021, Eq. 1): w = psi |psi|^(alpha-1) = sign(psi) |psi|^alpha,
 * with dw/dpsi = alpha |psi|^(alpha-1) (0 at psi = 0 for alpha > 1). The factor A = |psi|^(alpha-1)
 * is computed once per step (by repeated multiplication for integer alpha) and reused for the
 * forward weight psi*A and for the gradient alpha*A*dL/dw. The inverse psi = sign(w) |w|^(1/alpha)
 * lets a Powerprop network start from exactly the weights of a baseline network.
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
            applyFloat(floats(psi), floats(w), floats(scratch), (int) psi.length());
            return;
        }
        Flat p = Flat.of(psi);
        Flat wf = Flat.of(w);
        Flat a = Flat.of(scratch);
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

    /**
     * One pass over float32 psi: A = |psi|^(alpha-1) by repeated multiplication for alpha in
     * {2, 3, 4, 5} (an exact integer power costs one to three multiplies; the generic
     * {@code Math.pow} is about ten times slower), and w = psi A. Each exponent has its own loop
     * method, so the JIT compiles each on its own profile.
     */
    private void applyFloat(FloatBuffer p, FloatBuffer w, FloatBuffer a, int n) {
        if (alpha == 2) {
            square(p, w, a, n);
        } else if (alpha == 3) {
            cube(p, w, a, n);
        } else if (alpha == 4) {
            fourth(p, w, a, n);
        } else if (alpha == 5) {
            fifth(p, w, a, n);
        } else {
            general(p, w, a, n, alpha - 1);
        }
    }

    private static void square(FloatBuffer p, FloatBuffer w, FloatBuffer a, int n) {
        for (int i = 0; i < n; i++) {
            float x = p.get(i);
            float f = Math.abs(x);
            a.put(i, f);
            w.put(i, x * f);
        }
    }

    private static void cube(FloatBuffer p, FloatBuffer w, FloatBuffer a, int n) {
        for (int i = 0; i < n; i++) {
            float x = p.get(i);
            float f = x * x;
            a.put(i, f);
            w.put(i, x * f);
        }
    }

    private static void fourth(FloatBuffer p, FloatBuffer w, FloatBuffer a, int n) {
        for (int i = 0; i < n; i++) {
            float x = p.get(i);
            float f = Math.abs(x) * x * x;
            a.put(i, f);
            w.put(i, x * f);
        }
    }

    private static void fifth(FloatBuffer p, FloatBuffer w, FloatBuffer a, int n) {
        for (int i = 0; i < n; i++) {
            float x = p.get(i);
            float x2 = x * x;
            float f = x2 * x2;
            a.put(i, f);
            w.put(i, x * f);
        }
    }

    private static void general(FloatBuffer p, FloatBuffer w, FloatBuffer a, int n, double e) {
        for (int i = 0; i < n; i++) {
            float x = p.get(i);
            float f = (float) Math.pow(Math.abs(x), e);
            a.put(i, f);
            w.put(i, x * f);
        }
    }

    @Override
    public void chain(INDArray psi, INDArray scratch, INDArray grad) {
        if (scratch.dataType() == DataType.FLOAT && grad.dataType() == DataType.FLOAT) {
            FloatBuffer a = floats(scratch);
            FloatBuffer g = floats(grad);
            float s = (float) alpha;
            for (int i = 0, n = (int) grad.length(); i < n; i++) {
                g.put(i, g.get(i) * s * a.get(i));
            }
            return;
        }
        Flat a = Flat.of(scratch);
        Flat g = Flat.of(grad);
        for (int i = 0, n = g.size(); i < n; i++) {
            g.set(i, g.get(i) * alpha * a.get(i));
        }
    }

    /** A direct view of a contiguous float array's memory (absolute get/put compile to plain loads and stores). */
    private static FloatBuffer floats(INDArray a) {
        Flat.requireContiguous(a);
        FloatPointer p = new FloatPointer(a.data().addressPointer());
        p.capacity(a.length()).limit(a.length());
        return p.asBuffer();
    }

    @Override
    public void invert(INDArray w, INDArray psi) {
        INDArray sign = Transforms.sign(w, true);
        psi.assign(w);
        Transforms.abs(psi, false);
        Transforms.pow(psi, 1.0 / alpha, false);
        psi.muli(sign);
    }

    @Override
    public String toString() {
        return "Powerprop(alpha=" + alpha + ")";
    }
}
