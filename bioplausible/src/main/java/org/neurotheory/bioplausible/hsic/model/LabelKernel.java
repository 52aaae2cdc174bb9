package org.neurotheory.bioplausible.hsic.model;

import java.util.Arrays;
import org.neurotheory.core.Require;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The label kernel of every reported run: cosine similarity on centred one-hot labels
 * {@code y - 1/C}. Its entries are 1 for a same-class pair and {@code -1/(C-1)} otherwise
 * (closed form in {@code theory.HsicClosedForms}); only this pairwise similarity of labels, not
 * the labels themselves, reaches the learning rule.
 */
public final class LabelKernel {
    private LabelKernel() {
    }

    /** Centred one-hot codes {@code y_ic = [label_i == c] - 1/C}, m x C. */
    public static INDArray centredOneHot(int[] labels, int classes, DataType type) {
        Require.nonNull("labels", labels);
        Require.that(classes >= 2, "classes", classes, "must be >= 2");
        Require.positive("labels.length", labels.length);
        double[] y = new double[labels.length * classes];
        Arrays.fill(y, -1.0 / classes);
        for (int i = 0; i < labels.length; i++) {
            Require.that(labels[i] >= 0 && labels[i] < classes, "labels[" + i + "]", labels[i],
                    "must lie in [0, " + classes + ")");
            y[i * classes + labels[i]] += 1.0;
        }
        return Flat.matrix(y, labels.length, classes, type);
    }

    /** {@code K^y = cossim(centred one-hot)}, m x m. */
    public static INDArray matrix(int[] labels, int classes, DataType type) {
        return new CosineKernel().matrix(centredOneHot(labels, classes, type));
    }
}
