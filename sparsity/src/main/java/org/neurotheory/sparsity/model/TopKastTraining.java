package org.neurotheory.sparsity.model;

import java.lang.ref.Reference;
import java.nio.FloatBuffer;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurotheory.core.Require;
import org.neurotheory.core.nn.Dense;
import org.neurotheory.core.nn.Optimizer;
import org.neurotheory.core.nn.Parameter;
import org.neurotheory.core.nn.PowerReparameterisation;

/**
 * Top-KAST (Jayakumar et al. 2020) on the dense kernels of a network, as the paper combines it with
 * Powerprop: {@link #refresh} sets each kernel's forward mask to its set A and its update mask
 * ({@link Parameter#setUpdateMask}) to its set B, ranked by {@code |psi|} (the same order as
 * {@code |w| = |psi|^alpha}); as an {@link Optimizer} it adds the exploration regulariser's gradient
 * {@code lambda d/dpsi (sum_A w^2 + (1/D) sum_(B\A) w^2)}, with {@code w = psi |psi|^(alpha-1)} the
 * unmasked effective weight, to the masked gradient and then delegates to the wrapped optimiser.
 * Hidden layers have forward density {@code D}, the output layer {@code min(1, 2D)} (as the
 * paper's one-shot pruning keeps twice the fraction there); backward density adds {@code M} to each.
 */
public final class TopKastTraining implements Optimizer {
    private final TopKast sets;
    private final List<Parameter> layers;
    private final Optimizer inner;
    private final INDArray[] coefficient;

    /**
     * @param sets   forward density D, backward density D + M, lambda, refresh interval
     * @param layers the dense layers, input side first (the last is the output layer)
     * @param inner  the optimiser that applies the update
     */
    public TopKastTraining(TopKast sets, List<Dense> layers, Optimizer inner) {
        this(sets, inner, Require.nonNull("layers", layers).stream().map(Dense::weight).toList());
    }

    private TopKastTraining(TopKast sets, Optimizer inner, List<Parameter> kernels) {
        this.sets = Require.nonNull("sets", sets);
        this.layers = List.copyOf(kernels);
        this.inner = Require.nonNull("inner", inner);
        Require.positive("layers.size()", layers.size());
        this.coefficient = new INDArray[layers.size()];
    }

    /**
     * Top-KAST on any kernels (dense or convolutional weights), e.g. {@link PowerpropCnn#kernels}.
     *
     * @param sets    forward density D, backward density D + M, lambda, refresh interval
     * @param kernels the sparse kernels, input side first (the last is the output layer's)
     * @param inner   the optimiser that applies the update
     */
    public static TopKastTraining onKernels(TopKast sets, List<Parameter> kernels, Optimizer inner) {
        return new TopKastTraining(sets, inner, Require.nonNull("kernels", kernels));
    }

    /** The Top-KAST parameters. */
    public TopKast sets() {
        return sets;
    }

    /** Forward density of layer {@code l} (output layer: twice the hidden one, at most 1). */
    public double forwardDensity(int l) {
        return l == layers.size() - 1 ? Math.min(1, 2 * sets.forwardDensity()) : sets.forwardDensity();
    }

    /** Backward density of layer {@code l}: its forward density plus {@code M}, at most 1. */
    public double backwardDensity(int l) {
        return Math.min(1, forwardDensity(l) + sets.backwardDensity() - sets.forwardDensity());
    }

    /** Recomputes A and B of every layer from the current magnitudes and installs them as masks. */
    public void refresh() {
        for (int l = 0; l < layers.size(); l++) {
            Parameter p = layers.get(l);
            float[] psi = p.value().castTo(DataType.FLOAT).dup().reshape(-1).toFloatVector();
            float[] a = new float[psi.length];
            float[] b = new float[psi.length];
            MagnitudeRanking ranking = new MagnitudeRanking(psi);
            ranking.keepFraction(forwardDensity(l), a);
            ranking.keepFraction(backwardDensity(l), b);
            p.setMask(Nd4j.create(a, p.shape()));
            p.setUpdateMask(Nd4j.create(b, p.shape()));
            // regulariser weights 2 lambda on A, 2 lambda / D on B \ A, 0 outside B
            float inA = (float) (2 * sets.lambda());
            float inB = (float) (2 * sets.lambda() / forwardDensity(l));
            float[] c = new float[psi.length];
            for (int i = 0; i < c.length; i++) {
                c[i] = a[i] != 0 ? inA : b[i] != 0 ? inB : 0f;
            }
            coefficient[l] = Nd4j.create(c, p.shape());
        }
    }

    @Override
    public void step(List<Parameter> parameters, double learningRate) {
        if (sets.lambda() > 0) {
            for (int l = 0; l < layers.size(); l++) {
                Require.that(coefficient[l] != null, "TopKastTraining", "not refreshed", "call refresh() before the first step");
                Parameter p = layers.get(l);
                double alpha = p.reparameterisation() instanceof PowerReparameterisation r ? r.alpha() : 1;
                INDArray psi = p.value();
                INDArray g = p.gradient();
                addRegulariserGradient(FloatView.of(psi), FloatView.of(coefficient[l]), FloatView.of(g), alpha);
                // the views read and write raw memory: keep the arrays reachable until they are done (FloatView)
                Reference.reachabilityFence(psi);
                Reference.reachabilityFence(g);
            }
        }
        inner.step(parameters, learningRate);
    }

    /** g += c w dw/dpsi = c alpha psi |psi|^(2 alpha - 2), the gradient of (c/2) w^2 in psi. */
    private static void addRegulariserGradient(FloatBuffer psi, FloatBuffer c, FloatBuffer g, double alpha) {
        double e = 2 * alpha - 2;
        for (int i = 0, n = g.limit(); i < n; i++) {
            float ci = c.get(i);
            if (ci != 0) {
                float x = psi.get(i);
                float f = alpha == 1 ? 1f : alpha == 2 ? x * x : (float) Math.pow(Math.abs(x), e);
                g.put(i, g.get(i) + ci * (float) alpha * x * f);
            }
        }
    }

    @Override
    public double learningRate() {
        return inner.learningRate();
    }

    @Override
    public void saveState(String prefix, Map<String, INDArray> out, List<Parameter> parameters) {
        inner.saveState(prefix, out, parameters);
    }

    @Override
    public void loadState(String prefix, Map<String, INDArray> in, List<Parameter> parameters) {
        inner.loadState(prefix, in, parameters);
    }

    @Override
    public String toString() {
        return "TopKast(" + sets + ", " + inner + ")";
    }
}
