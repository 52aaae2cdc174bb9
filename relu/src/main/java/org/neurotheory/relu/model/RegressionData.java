package org.neurotheory.relu.model;

import org.ejml.data.DMatrixRMaj;
import org.neurotheory.core.Require;
import org.neurotheory.core.dln.LinearRegressionMoments;

/**
 * A regression training set: inputs {@code X} (P x D) and targets {@code Y} (P x O), rows are
 * samples. The set is <em>mirrored</em> when P is even and rows {@code P/2 .. P-1} of X are exactly
 * the negatives of rows {@code 0 .. P/2-1} (the symmetrised data, whatever the
 * targets of the mirrors are); {@link NetworkGradientFlow} then computes each first-layer product
 * once per pair. The matrices are copied.
 *
 * @param inputs  X, P x D, finite
 * @param targets Y, P x O, finite
 */
public record RegressionData(DMatrixRMaj inputs, DMatrixRMaj targets) {
    public RegressionData {
        Require.nonNull("inputs", inputs);
        Require.nonNull("targets", targets);
        Require.that(inputs.numRows == targets.numRows, "targets.numRows", targets.numRows,
                "must equal inputs.numRows " + inputs.numRows);
        Require.positive("inputs.numRows", inputs.numRows);
        Require.allFinite("inputs", inputs.data);
        Require.allFinite("targets", targets.data);
        inputs = inputs.copy();
        targets = targets.copy();
    }

    /** Number of samples P. */
    public int size() {
        return inputs.numRows;
    }

    public int inputDimension() {
        return inputs.numCols;
    }

    public int outputDimension() {
        return targets.numCols;
    }

    /** True when the second half of the inputs is exactly minus the first half. */
    public boolean mirrored() {
        int p = inputs.numRows;
        if (p % 2 != 0) {
            return false;
        }
        int n = p / 2 * inputs.numCols;
        for (int i = 0; i < n; i++) {
            if (inputs.data[n + i] != -inputs.data[i]) {
                return false;
            }
        }
        return true;
    }

    /** The empirical second moments, which determine linear-network training exactly. */
    public LinearRegressionMoments moments() {
        return LinearRegressionMoments.empirical(inputs, targets);
    }

    /** The smallest training loss any linear map reaches, {@code 1/2 min_B mean |y - B x|^2}. */
    public double bestLinearLoss() {
        return moments().minimumLoss();
    }
}
