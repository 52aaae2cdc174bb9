package org.neurotheory.core.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A training loss on the network output: the batch-mean loss, with dL/d(output) written into a
 * buffer of the output's shape. Implementations: {@link SoftmaxCrossEntropy}, {@link SquaredError}.
 */
public interface Loss {
    /**
     * @param output     network output {@code [batch, outputs]}
     * @param batch      labels or targets
     * @param gradOutput receives dL/d(output) (same shape as output)
     * @return the batch-mean loss
     */
    double evaluate(INDArray output, Batch batch, INDArray gradOutput);
}
