package org.neurotheory.bioplausible.hsic.model;

import java.util.Arrays;
import org.neurotheory.core.Require;

/**
 * The centred label kernel {@code K^y - mean K^y} of the current mini-batch in float32, computed
 * once per batch and shared by every hidden layer's objective (Sec. 2.4: the label term of (E1) is
 * the same global signal for all layers). Entries from the closed form of the label kernel
 * (1 for a same-class pair, {@code -1/(C-1)} otherwise; {@link LabelKernel}), centred in double
 * precision, then rounded to float. The batch is recognised by the contents of its label array,
 * so a caller that reuses one label array for successive batches still gets the right matrix.
 * Not thread-safe: the layers of one network evaluate their objectives one after another.
 */
public final class BatchLabelKernel {
    private final int classes;
    private int[] labels = new int[0];
    private float[] centred = new float[0];

    /** @param classes number of label classes C, {@code >= 2} */
    public BatchLabelKernel(int classes) {
        Require.that(classes >= 2, "classes", classes, "must be >= 2");
        this.classes = classes;
    }

    public int classes() {
        return classes;
    }

    /**
     * {@code K^y - mean K^y} (m x m row-major) of {@code labels}; the returned array is owned by
     * this object and stays valid until the next call with other labels.
     */
    public float[] centred(int[] labels) {
        Require.nonNull("labels", labels);
        if (!Arrays.equals(labels, this.labels)) {
            compute(labels);
        }
        return centred;
    }

    private void compute(int[] y) {
        int m = y.length;
        Require.positive("labels.length", m);
        int[] counts = new int[classes];
        for (int i = 0; i < m; i++) {
            Require.that(y[i] >= 0 && y[i] < classes, "labels[" + i + "]", y[i], "must lie in [0, " + classes + ")");
            counts[y[i]]++;
        }
        double other = -1.0 / (classes - 1);
        double same = 0;
        for (int c : counts) {
            same += (double) c * c;
        }
        double m2 = (double) m * m;
        double mean = (same + other * (m2 - same)) / m2;
        float sameValue = (float) (1.0 - mean);
        float otherValue = (float) (other - mean);
        if (centred.length != m * m) {
            centred = new float[m * m];
        }
        for (int i = 0; i < m; i++) {
            int row = i * m;
            for (int j = 0; j < m; j++) {
                centred[row + j] = y[i] == y[j] ? sameValue : otherValue;
            }
        }
        if (labels.length != m) {
            labels = new int[m];
        }
        System.arraycopy(y, 0, labels, 0, m);
    }
}
