package org.neurotheory.core.nn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurotheory.core.Require;
import org.neurotheory.core.data.ImageDataset;

/**
 * Loss and accuracy of a network on a labelled set, in evaluation mode (no dropout, batch norm
 * with running statistics), in batches of a given size.
 *
 * @param loss     mean loss per sample
 * @param accuracy fraction of samples whose largest output is the label
 */
public record Evaluation(double loss, double accuracy) {
    /** Evaluates {@code network} with {@code loss} on {@code data}. */
    public static Evaluation of(Layer network, Loss loss, ImageDataset data, int batchSize) {
        Require.nonNull("network", network);
        Require.nonNull("loss", loss);
        Require.nonNull("data", data);
        Require.positive("batchSize", batchSize);
        BatchLoader loader = new BatchLoader(data, dataType(network));
        double lossSum = 0;
        long correct = 0;
        INDArray grad = null;
        for (int from = 0; from < data.size(); from += batchSize) {
            int to = Math.min(data.size(), from + batchSize);
            Batch b = loader.load(null, from, to);
            INDArray out = network.forward(b.input(), false);
            grad = AbstractLayer.buffer(grad, out.dataType(), out.shape());
            lossSum += loss.evaluate(out, b, grad) * (to - from);
            correct += correct(out, b.labels());
        }
        return new Evaluation(lossSum / data.size(), correct / (double) data.size());
    }

    /** The data type a network computes in: its Sequential's, else its first trainable parameter's, else FLOAT. */
    static DataType dataType(Layer network) {
        if (network instanceof Sequential s) {
            return s.dataType();
        }
        for (Parameter p : network.parameters()) {
            if (p.trainable()) {
                return p.value().dataType();
            }
        }
        return DataType.FLOAT;
    }

    /** Number of rows of {@code output} ([batch, classes]) whose largest entry is at the label. */
    public static int correct(INDArray output, int[] labels) {
        double[] o = Tensors.toDoubles(output);
        int k = (int) output.size(1);
        int c = 0;
        for (int i = 0; i < labels.length; i++) {
            int best = 0;
            for (int j = 1; j < k; j++) {
                if (o[i * k + j] > o[i * k + best]) {
                    best = j;
                }
            }
            if (best == labels[i]) {
                c++;
            }
        }
        return c;
    }
}
