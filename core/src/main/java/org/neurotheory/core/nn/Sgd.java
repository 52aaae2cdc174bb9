package org.neurotheory.core.nn;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurotheory.core.Require;

/**
 * Stochastic gradient descent with PyTorch's semantics: g = dL/dpsi + lambda psi;
 * b = mu b + g (b = g on the first step; no dampening); psi = psi - lr b. Without momentum,
 * psi = psi - lr g.
 */
public final class Sgd implements Optimizer {
    private final double learningRate;
    private final double momentum;
    private final double weightDecay;
    private final Map<Parameter, INDArray> buffers = new IdentityHashMap<>();

    /** Plain SGD. */
    public Sgd(double learningRate) {
        this(learningRate, 0, 0);
    }

    /**
     * @param learningRate lr > 0
     * @param momentum     mu in [0, 1)
     * @param weightDecay  lambda >= 0 (L2, added to the gradient)
     */
    public Sgd(double learningRate, double momentum, double weightDecay) {
        this.learningRate = Require.positive("learningRate", learningRate);
        this.momentum = Require.inRange("momentum", momentum, 0.0, 0.999999);
        this.weightDecay = Require.nonNegative("weightDecay", weightDecay);
    }

    @Override
    public double learningRate() {
        return learningRate;
    }

    @Override
    public void step(List<Parameter> parameters, double lr) {
        Require.positive("learningRate", lr);
        for (Parameter p : parameters) {
            if (p.trainable()) {
                step(p, lr);
            }
        }
    }

    /**
     * Without momentum, a reparameterised weight's chain rule, update and next forward map run as one
     * pass ({@link Parameter#fusedSgdStep}, the same bits as the separate passes); every other
     * parameter is finished and stepped as usual.
     */
    @Override
    public void finishAndStep(List<Parameter> parameters, double lr) {
        Require.positive("learningRate", lr);
        for (Parameter p : parameters) {
            if (momentum == 0 && p.fusedSgdStep(lr, weightDecay)) {
                continue;
            }
            p.finishGradient();
            if (p.trainable()) {
                step(p, lr);
            }
        }
    }

    private void step(Parameter p, double lr) {
        INDArray g = p.gradient();
        try (Flat w = Flat.of(p.value());
                Flat gf = Flat.of(g);
                Flat frozen = p.updateMask() == null ? null : Flat.of(p.updateMask())) {
            int n = gf.size();
            if (frozen != null) {
                // the gradient is already 0 outside the update mask; decay and momentum must skip those entries too
                maskedStep(p, w, gf, frozen, lr);
            } else if (momentum == 0 && g.dataType() == DataType.FLOAT) {
                // plain SGD on float32: two vectorised BLAS axpy calls, g += lambda w; w -= lr g
                FloatPointer wp = (FloatPointer) p.value().data().addressPointer();
                FloatPointer gp = (FloatPointer) g.data().addressPointer();
                if (weightDecay != 0) {
                    openblas.cblas_saxpy(n, (float) weightDecay, wp, 1, gp, 1);
                }
                openblas.cblas_saxpy(n, (float) -lr, gp, 1, wp, 1);
            } else if (momentum == 0) {
                for (int i = 0; i < n; i++) {
                    double wi = w.get(i);
                    w.set(i, wi - lr * (gf.get(i) + weightDecay * wi));
                }
            } else {
                INDArray b = buffers.get(p);
                boolean first = b == null || b.dataType() != g.dataType();
                if (first) {
                    b = Nd4j.create(g.dataType(), g.shape());
                    buffers.put(p, b);
                }
                try (Flat bf = Flat.of(b)) {
                    for (int i = 0; i < n; i++) {
                        double wi = w.get(i);
                        double gi = gf.get(i) + weightDecay * wi;
                        double bi = first ? gi : momentum * bf.get(i) + gi;
                        bf.set(i, bi);
                        w.set(i, wi - lr * bi);
                    }
                }
            }
        }
        p.markUpdated();
    }

    private void maskedStep(Parameter p, Flat w, Flat gf, Flat u, double lr) {
        INDArray b = null;
        boolean first = false;
        if (momentum != 0) {
            b = buffers.get(p);
            first = b == null || b.dataType() != p.gradient().dataType();
            if (first) {
                b = Nd4j.create(p.gradient().dataType(), p.gradient().shape());
                buffers.put(p, b);
            }
        }
        try (Flat bf = b == null ? null : Flat.of(b)) {
            for (int i = 0, n = gf.size(); i < n; i++) {
                if (u.get(i) == 0) {
                    continue;
                }
                double wi = w.get(i);
                double gi = gf.get(i) + weightDecay * wi;
                if (bf != null) {
                    gi = first ? gi : momentum * bf.get(i) + gi;
                    bf.set(i, gi);
                }
                w.set(i, wi - lr * gi);
            }
        }
    }

    @Override
    public void saveState(String prefix, Map<String, INDArray> out, List<Parameter> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            INDArray b = buffers.get(parameters.get(i));
            if (b != null) {
                out.put(prefix + i + "/momentum", b.dup());
            }
        }
    }

    @Override
    public void loadState(String prefix, Map<String, INDArray> in, List<Parameter> parameters) {
        buffers.clear();
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            INDArray b = in.get(prefix + i + "/momentum");
            if (b != null) {
                buffers.put(p, b.castTo(p.value().dataType()).dup());
            }
        }
    }

    @Override
    public String toString() {
        return "SGD(lr=" + learningRate + ", momentum=" + momentum + ", weightDecay=" + weightDecay + ")";
    }
}
