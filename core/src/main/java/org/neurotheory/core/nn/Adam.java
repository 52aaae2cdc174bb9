package org.neurotheory.core.nn;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurotheory.core.Require;

/**
 * Adam (Kingma and Ba 2015) and AdamW (Loshchilov and Hutter 2019) with PyTorch's semantics:
 * m = b1 m + (1-b1) g, v = b2 v + (1-b2) g^2, psi = psi - lr (m/(1-b1^t)) / (sqrt(v/(1-b2^t)) + eps).
 * Adam adds lambda psi to g (L2); AdamW first shrinks psi by (1 - lr lambda) (decoupled decay).
 * Entries outside a parameter's update mask ({@link Parameter#setUpdateMask}) are skipped (value and moments unchanged).
 */
public final class Adam implements Optimizer {
    private final double learningRate;
    private final double beta1;
    private final double beta2;
    private final double eps;
    private final double weightDecay;
    private final boolean decoupled;
    private final Map<Parameter, INDArray[]> moments = new IdentityHashMap<>();
    private long t;

    /** Adam with PyTorch's defaults (betas 0.9, 0.999; eps 1e-8; no decay). */
    public Adam(double learningRate) {
        this(learningRate, 0.9, 0.999, 1e-8, 0, false);
    }

    /**
     * @param learningRate lr > 0
     * @param beta1        in [0, 1)
     * @param beta2        in [0, 1)
     * @param eps          > 0
     * @param weightDecay  lambda >= 0
     * @param decoupled    true for AdamW, false for Adam with L2 decay
     */
    public Adam(double learningRate, double beta1, double beta2, double eps, double weightDecay, boolean decoupled) {
        this.learningRate = Require.positive("learningRate", learningRate);
        this.beta1 = Require.inRange("beta1", beta1, 0.0, 0.999999999);
        this.beta2 = Require.inRange("beta2", beta2, 0.0, 0.999999999);
        this.eps = Require.positive("eps", eps);
        this.weightDecay = Require.nonNegative("weightDecay", weightDecay);
        this.decoupled = decoupled;
    }

    /** AdamW with PyTorch's defaults (betas 0.9, 0.999; eps 1e-8) and the given decoupled weight decay. */
    public static Adam adamW(double learningRate, double weightDecay) {
        return new Adam(learningRate, 0.9, 0.999, 1e-8, weightDecay, true);
    }

    @Override
    public double learningRate() {
        return learningRate;
    }

    @Override
    public void step(List<Parameter> parameters, double lr) {
        Require.positive("learningRate", lr);
        t++;
        double bc1 = 1 - Math.pow(beta1, t);
        double bc2 = 1 - Math.pow(beta2, t);
        for (Parameter p : parameters) {
            if (!p.trainable()) {
                continue;
            }
            INDArray g = p.gradient();
            INDArray[] s = moments.get(p);
            if (s == null || s[0].dataType() != g.dataType()) {
                s = new INDArray[] {Nd4j.create(g.dataType(), g.shape()), Nd4j.create(g.dataType(), g.shape())};
                moments.put(p, s);
            }
            double shrink = decoupled ? 1 - lr * weightDecay : 1;
            double l2 = decoupled ? 0 : weightDecay;
            try (Flat w = Flat.of(p.value());
                    Flat gf = Flat.of(g);
                    Flat m = Flat.of(s[0]);
                    Flat v = Flat.of(s[1]);
                    Flat frozen = p.updateMask() == null ? null : Flat.of(p.updateMask())) {
                for (int i = 0, n = gf.size(); i < n; i++) {
                    if (frozen != null && frozen.get(i) == 0) {
                        continue;
                    }
                    double wi = w.get(i) * shrink;
                    double gi = gf.get(i) + l2 * wi;
                    double mi = beta1 * m.get(i) + (1 - beta1) * gi;
                    double vi = beta2 * v.get(i) + (1 - beta2) * gi * gi;
                    m.set(i, mi);
                    v.set(i, vi);
                    w.set(i, wi - lr * (mi / bc1) / (Math.sqrt(vi / bc2) + eps));
                }
            }
            p.markUpdated();
        }
    }

    @Override
    public void saveState(String prefix, Map<String, INDArray> out, List<Parameter> parameters) {
        out.put(prefix + "t", Nd4j.scalar((double) t).reshape(1));
        for (int i = 0; i < parameters.size(); i++) {
            INDArray[] s = moments.get(parameters.get(i));
            if (s != null) {
                out.put(prefix + i + "/m", s[0].dup());
                out.put(prefix + i + "/v", s[1].dup());
            }
        }
    }

    @Override
    public void loadState(String prefix, Map<String, INDArray> in, List<Parameter> parameters) {
        moments.clear();
        INDArray tt = in.get(prefix + "t");
        t = tt == null ? 0 : (long) tt.getDouble(0);
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            INDArray m = in.get(prefix + i + "/m");
            if (m != null) {
                DataType type = p.value().dataType();
                moments.put(p, new INDArray[] {m.castTo(type).dup(), in.get(prefix + i + "/v").castTo(type).dup()});
            }
        }
    }

    @Override
    public String toString() {
        return (decoupled ? "AdamW" : "Adam") + "(lr=" + learningRate + ", betas=(" + beta1 + ", " + beta2 + "), eps=" + eps
                + ", weightDecay=" + weightDecay + ")";
    }
}
