package org.neurotheory.core.nn;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One stage of a network: a map from a batch of inputs (first dimension = batch) to a batch of
 * outputs, with its hand-derived backward pass.
 *
 * <p>Contract: {@link #forward} returns an array owned by the layer that stays valid until the
 * layer's next {@code forward}; {@link #backward} takes dL/d(output) for the last forward call,
 * <em>sets</em> (does not add to) the gradients of the layer's parameters (dL/dw for the effective
 * weights; {@link Parameter#finishGradient()} then applies reparameterisation and mask) and returns
 * dL/d(input), or {@code null} when {@code inputGradient} is false (the first layer of a network,
 * or a layer trained by its own local objective). No gradient crosses into the layer below unless
 * it is returned here.
 */
public interface Layer {
    /** Name used in messages and checkpoints, unique within a network. */
    String name();

    /**
     * Per-sample output shape for a per-sample input shape (batch dimension excluded).
     *
     * @throws IllegalArgumentException naming this layer, the expected and the given shape
     */
    long[] outputShape(long[] inputShape);

    /** Output for {@code input} ({@code [batch, ...]}); {@code training} selects batch statistics, dropout. */
    INDArray forward(INDArray input, boolean training);

    /** Backward pass of the last forward call; see the class comment. */
    INDArray backward(INDArray gradOutput, boolean inputGradient);

    /** Parameters (trained and untrained buffers such as running statistics), in a fixed order. */
    default List<Parameter> parameters() {
        return List.of();
    }

    /** Draws initial parameters from {@code seed} (same seed, same bytes). Parameter-free layers ignore it. */
    default void initialise(long seed) {
    }
}
