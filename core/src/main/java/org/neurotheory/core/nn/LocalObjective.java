package org.neurotheory.core.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A layer's own training objective for layer-local learning ({@link LocalLearning}): given the
 * batch that entered the layer, the layer's output and the labels, the loss and dL/d(output).
 * The gradient is propagated only through the layer's own parameters; nothing crosses into the
 * layer below. Example: the pHSIC objective of Pogodin and Latham (2020), Eq. (E1), implemented
 * in the bioplausible module.
 */
@FunctionalInterface
public interface LocalObjective {
    /**
     * @param input      the layer's input batch (detached: not trained through)
     * @param output     the layer's output batch
     * @param batch      the mini-batch (labels)
     * @param gradOutput receives dL/d(output), same shape as {@code output}
     * @return the objective's value on this batch
     */
    double evaluate(INDArray input, INDArray output, Batch batch, INDArray gradOutput);
}
