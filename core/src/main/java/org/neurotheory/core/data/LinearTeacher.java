package org.neurotheory.core.data;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.neurotheory.core.Require;

/**
 * A linear teacher {@code y = W* x + noise}, noise i.i.d. {@code N(0, noiseStd^2)} per output.
 *
 * @param weights  W*, n_out x n_in
 * @param noiseStd label-noise standard deviation, >= 0
 */
public record LinearTeacher(DMatrixRMaj weights, double noiseStd) {
    public LinearTeacher {
        Require.nonNull("weights", weights);
        Require.nonNegative("noiseStd", noiseStd);
        weights = weights.copy();
    }

    /** Labels for the rows of {@code x} (P x n_in): a P x n_out matrix. */
    public DMatrixRMaj label(DMatrixRMaj x, SplittableRandom rng) {
        Require.that(x.numCols == weights.numCols, "x.numCols", x.numCols, "must equal " + weights.numCols);
        DMatrixRMaj y = new DMatrixRMaj(x.numRows, weights.numRows);
        CommonOps_DDRM.multTransB(x, weights, y);
        if (noiseStd > 0) {
            for (int i = 0; i < y.data.length; i++) {
                y.data[i] += noiseStd * rng.nextGaussian();
            }
        }
        return y;
    }

    /** A teacher with i.i.d. {@code N(0, scale^2)} weights. */
    public static LinearTeacher gaussian(int outputs, int inputs, double scale, double noiseStd, SplittableRandom rng) {
        Require.positive("outputs", outputs);
        Require.positive("inputs", inputs);
        Require.positive("scale", scale);
        DMatrixRMaj w = new DMatrixRMaj(outputs, inputs);
        for (int i = 0; i < w.data.length; i++) {
            w.data[i] = scale * rng.nextGaussian();
        }
        return new LinearTeacher(w, noiseStd);
    }
}
