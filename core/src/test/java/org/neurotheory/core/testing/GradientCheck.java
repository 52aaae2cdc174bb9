package org.neurotheory.core.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurotheory.core.nn.Batch;
import org.neurotheory.core.nn.Layer;
import org.neurotheory.core.nn.Loss;
import org.neurotheory.core.nn.Parameter;

/**
 * Central finite-difference checks of hand-written gradients in double precision:
 * dL/dtheta_i against (L(theta + h e_i) - L(theta - h e_i)) / 2h for every trainable parameter
 * entry (or every {@code stride}-th one) and every input entry. The network must already be in
 * DOUBLE ({@code Sequential.castTo(DataType.DOUBLE)}) and deterministic in training mode.
 */
public final class GradientCheck {
    private GradientCheck() {
    }

    /** The worst relative error |a - n| / max(|a| + |n|, floor) over the checked entries. */
    public static double worstRelativeError(Layer net, Loss loss, Batch batch, double h, int stride, double floor) {
        if (batch.input().dataType() != DataType.DOUBLE) {
            throw new IllegalArgumentException("batch input must be DOUBLE for a gradient check");
        }
        INDArray out = net.forward(batch.input(), true);
        INDArray g = out.ulike();
        loss.evaluate(out, batch, g);
        INDArray gin = net.backward(g, true);
        INDArray inputGrad = gin == null ? null : gin.dup();
        List<Parameter> params = net.parameters();
        double worst = 0;
        for (Parameter p : params) {
            if (!p.trainable()) {
                continue;
            }
            p.finishGradient();
        }
        for (Parameter p : params) {
            if (!p.trainable()) {
                continue;
            }
            INDArray analytic = p.gradient().dup();
            INDArray v = p.value();
            for (long i = 0; i < v.length(); i += stride) {
                double old = v.getDouble(i);
                v.putScalar(i, old + h);
                p.markUpdated();
                double lp = lossOf(net, loss, batch);
                v.putScalar(i, old - h);
                p.markUpdated();
                double lm = lossOf(net, loss, batch);
                v.putScalar(i, old);
                p.markUpdated();
                worst = Math.max(worst, rel(analytic.getDouble(i), (lp - lm) / (2 * h), floor));
            }
        }
        if (inputGrad != null) {
            INDArray x = batch.input();
            for (long i = 0; i < x.length(); i += stride) {
                double old = x.getDouble(i);
                x.putScalar(i, old + h);
                double lp = lossOf(net, loss, batch);
                x.putScalar(i, old - h);
                double lm = lossOf(net, loss, batch);
                x.putScalar(i, old);
                worst = Math.max(worst, rel(inputGrad.getDouble(i), (lp - lm) / (2 * h), floor));
            }
        }
        return worst;
    }

    /**
     * Asserts {@link #worstRelativeError} below {@code tolerance} with h = 1e-6, every entry and
     * floor 1e-4: the rounding error of a difference quotient of an O(1) loss is about
     * 1e-16/1e-6 = 1e-10, so gradients below 1e-4 are compared in absolute terms at the 1e-9 level
     * and larger ones in relative terms (the O(h^2) truncation error is far below 1e-6).
     */
    public static void assertGradients(Layer net, Loss loss, Batch batch, double tolerance) {
        double worst = worstRelativeError(net, loss, batch, 1e-6, 1, 1e-4);
        assertTrue(worst < tolerance, () -> net + ": worst relative gradient error " + worst + " >= " + tolerance);
    }

    private static double lossOf(Layer net, Loss loss, Batch batch) {
        INDArray out = net.forward(batch.input(), true);
        return loss.evaluate(out, batch, out.ulike());
    }

    private static double rel(double a, double n, double floor) {
        return Math.abs(a - n) / Math.max(Math.abs(a) + Math.abs(n), floor);
    }
}
