package org.neurotheory.core.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Softmax cross-entropy on logits: L = -(1/B) sum_b log softmax(o_b)[y_b], with dL/do_b =
 * (softmax(o_b) - onehot(y_b)) / B. Computed in double precision with the max-subtracted
 * log-sum-exp.
 */
public final class SoftmaxCrossEntropy implements Loss {
    @Override
    public double evaluate(INDArray output, Batch batch, INDArray gradOutput) {
        int[] labels = batch.labels();
        if (labels == null) {
            throw new IllegalArgumentException("labels = null is not allowed: softmax cross-entropy needs integer labels");
        }
        if (output.rank() != 2 || output.size(0) != labels.length) {
            throw new IllegalArgumentException("output shape " + Tensors.shape(output.shape())
                    + " is not allowed: softmax cross-entropy needs [" + labels.length + ", classes]");
        }
        int b = labels.length;
        int k = (int) output.size(1);
        double[] o = Tensors.toDoubles(output);
        double[] g = new double[o.length];
        double loss = 0;
        for (int i = 0; i < b; i++) {
            int y = labels[i];
            if (y < 0 || y >= k) {
                throw new IllegalArgumentException("labels[" + i + "] = " + y + " is not allowed: must be in [0, " + k + ")");
            }
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < k; j++) {
                max = Math.max(max, o[i * k + j]);
            }
            double sum = 0;
            for (int j = 0; j < k; j++) {
                double e = Math.exp(o[i * k + j] - max);
                g[i * k + j] = e;
                sum += e;
            }
            loss += Math.log(sum) + max - o[i * k + y];
            for (int j = 0; j < k; j++) {
                g[i * k + j] = (g[i * k + j] / sum - (j == y ? 1 : 0)) / b;
            }
        }
        Tensors.assign(gradOutput, g);
        return loss / b;
    }

    @Override
    public String toString() {
        return "softmax cross-entropy";
    }
}
