package org.neurotheory.core.nn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurotheory.core.data.ImageDataset;

/** Gathers the samples of a batch from an {@link ImageDataset} into a reused [batch, C, H, W] array. */
final class BatchLoader {
    private final ImageDataset data;
    private final DataType type;
    private INDArray input;
    private float[] floats;
    private double[] doubles;
    private int[] labels;

    BatchLoader(ImageDataset data, DataType type) {
        this.data = data;
        this.type = type;
    }

    /** The batch of samples {@code order[from..to)}. The returned arrays are reused by the next call. */
    Batch load(int[] order, int from, int to) {
        int b = to - from;
        int per = data.imageSize();
        input = AbstractLayer.buffer(input, type, b, data.channels(), data.height(), data.width());
        if (labels == null || labels.length != b) {
            labels = new int[b];
        }
        float[] px = data.pixels();
        if (type == DataType.DOUBLE) {
            if (doubles == null || doubles.length != b * per) {
                doubles = new double[b * per];
            }
            for (int i = 0; i < b; i++) {
                int s = order == null ? from + i : order[from + i];
                for (int j = 0; j < per; j++) {
                    doubles[i * per + j] = px[s * per + j];
                }
                labels[i] = data.labels()[s];
            }
            input.data().setData(doubles);
        } else {
            if (floats == null || floats.length != b * per) {
                floats = new float[b * per];
            }
            for (int i = 0; i < b; i++) {
                int s = order == null ? from + i : order[from + i];
                System.arraycopy(px, s * per, floats, i * per, per);
                labels[i] = data.labels()[s];
            }
            Flat.writeFloats(input, floats);
        }
        return new Batch(input, labels, null);
    }
}
