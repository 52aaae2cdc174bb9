package org.neurotheory.core.nn;

import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Updates trained tensors from their gradients (after {@link Parameter#finishGradient()}), with
 * PyTorch's semantics so that a paper's hyper-parameters carry over: {@link Sgd} (momentum,
 * L2 weight decay), {@link Adam} (L2 decay) and AdamW (decoupled decay, {@link Adam#adamW}).
 * Its state (momentum buffers, moments, step count) is saved in checkpoints.
 */
public interface Optimizer {
    /** One update of every trainable parameter of {@code parameters} at learning rate {@code learningRate}. */
    void step(List<Parameter> parameters, double learningRate);

    /**
     * Finishes the gradients of {@code parameters} (between a backward pass and the step: dL/dw on
     * entry) and updates them: by default {@link Parameter#finishGradient()} on each, then
     * {@link #step}. An optimiser may fuse the two where the result has the same bits ({@link Sgd}
     * does for reparameterised float32 weights); a fused parameter's gradient then still holds dL/dw.
     */
    default void finishAndStep(List<Parameter> parameters, double learningRate) {
        for (Parameter p : parameters) {
            p.finishGradient();
        }
        step(parameters, learningRate);
    }

    /** The base learning rate (a schedule multiplies it). */
    double learningRate();

    /**
     * Copies the state of {@code parameters} into {@code out}, keyed by {@code prefix}, the
     * parameter's position in the list and a slot name (positions, not names, so nested networks
     * with repeated layer names checkpoint unambiguously).
     */
    void saveState(String prefix, Map<String, INDArray> out, List<Parameter> parameters);

    /** Restores the state saved by {@link #saveState} for the same list of parameters. */
    void loadState(String prefix, Map<String, INDArray> in, List<Parameter> parameters);
}
