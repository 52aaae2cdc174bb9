package org.neurotheory.core.nn;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurotheory.core.Require;

/**
 * A mini-batch: inputs {@code [batch, ...]}, integer labels (classification) and optional real
 * targets {@code [batch, outputs]} (regression with {@link SquaredError}).
 *
 * @param input   network input, first dimension = batch size
 * @param labels  one label per sample, or {@code null}
 * @param targets real targets, or {@code null}
 */
public record Batch(INDArray input, int[] labels, INDArray targets) {
    public Batch {
        Require.nonNull("input", input);
        Require.that(input.rank() >= 2 && input.size(0) > 0, "input shape", Arrays.toString(input.shape()),
                "must be [batch, ...] with batch >= 1 (empty batches are not allowed)");
        Require.that(labels != null || targets != null, "labels/targets", "both null", "a batch needs labels or targets");
        if (labels != null) {
            Require.that(labels.length == input.size(0), "labels.length", labels.length,
                    "must equal the batch size " + input.size(0));
        }
        if (targets != null) {
            Require.that(targets.size(0) == input.size(0), "targets batch size", targets.size(0),
                    "must equal the input batch size " + input.size(0));
        }
    }

    /** A classification batch. */
    public static Batch of(INDArray input, int[] labels) {
        return new Batch(input, labels, null);
    }

    /** Number of samples. */
    public int size() {
        return (int) input.size(0);
    }
}
