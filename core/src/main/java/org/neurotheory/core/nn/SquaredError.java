package org.neurotheory.core.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Squared error L = (1/B) sum_b (1/2) ||o_b - t_b||^2 with dL/do_b = (o_b - t_b)/B. The target is
 * the batch's real {@code targets}, or the one-hot code of its labels when it has none.
 * (PyTorch's {@code MSELoss} is the mean over all B*outputs entries without the 1/2, i.e.
 * 2/outputs times this loss.)
 */
public final class SquaredError implements Loss {
    @Override
    public double evaluate(INDArray output, Batch batch, INDArray gradOutput) {
        int b = batch.size();
        if (output.rank() != 2 || output.size(0) != b) {
            throw new IllegalArgumentException("output shape " + Tensors.shape(output.shape())
                    + " is not allowed: squared error needs [" + b + ", outputs]");
        }
        int k = (int) output.size(1);
        double[] o = Tensors.toDoubles(output);
        double[] t;
        if (batch.targets() != null) {
            if (batch.targets().length() != o.length) {
                throw new IllegalArgumentException("targets shape " + Tensors.shape(batch.targets().shape())
                        + " is not allowed: must equal the output shape " + Tensors.shape(output.shape()));
            }
            t = Tensors.toDoubles(batch.targets());
        } else {
            t = new double[o.length];
            for (int i = 0; i < b; i++) {
                int y = batch.labels()[i];
                if (y < 0 || y >= k) {
                    throw new IllegalArgumentException("labels[" + i + "] = " + y + " is not allowed: must be in [0, " + k + ")");
                }
                t[i * k + y] = 1;
            }
        }
        double loss = 0;
        double[] g = new double[o.length];
        for (int i = 0; i < o.length; i++) {
            double d = o[i] - t[i];
            loss += 0.5 * d * d;
            g[i] = d / b;
        }
        Tensors.assign(gradOutput, g);
        return loss / b;
    }

    @Override
    public String toString() {
        return "squared error";
    }
}
