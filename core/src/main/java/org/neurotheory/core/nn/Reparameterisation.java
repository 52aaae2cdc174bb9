package org.neurotheory.core.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A weight reparameterisation w = f(psi): the optimiser trains psi, the forward pass uses w, and
 * the gradient reaches psi by the chain rule dL/dpsi = dL/dw * f'(psi) (element-wise). Attach one
 * to a weight with {@link Parameter#reparameterise}. The first user is Powerpropagation
 * ({@link PowerReparameterisation}, w = psi |psi|^(alpha-1)).
 */
public interface Reparameterisation {
    /**
     * Writes w = f(psi) into {@code w}; may keep per-element values that {@link #chain} reuses in
     * {@code scratch} (same shape as psi).
     */
    void apply(INDArray psi, INDArray w, INDArray scratch);

    /** Multiplies {@code grad} (dL/dw on entry) by f'(psi) in place; {@code scratch} is as left by {@link #apply}. */
    void chain(INDArray psi, INDArray scratch, INDArray grad);

    /** Writes into {@code psi} the values with f(psi) = w, so a reparameterised layer can start from given weights. */
    void invert(INDArray w, INDArray psi);

    /**
     * Optionally, one plain SGD step fused with the chain rule and the forward map in one pass over the
     * weights, with exactly the bits of the separate passes ({@link #chain}, the mask, {@link Sgd}'s
     * update, {@link #apply}, the mask): psi = psi - lr (dL/dw f'(psi) M + lambda psi), then
     * w = f(psi) M. {@code grad} holds dL/dw and is left as it is; {@code mask} may be {@code null}.
     * Returns {@code false}, having written nothing, when there is no fused path for these arrays (the
     * default); the caller then runs the separate passes.
     */
    default boolean sgdStep(INDArray psi, INDArray grad, INDArray mask, double learningRate, double weightDecay, INDArray w) {
        return false;
    }
}
