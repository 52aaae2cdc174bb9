package org.neurotheory.relu.data;

import org.ejml.data.DMatrixRMaj;
import org.neurotheory.core.Require;
import org.neurotheory.relu.model.RegressionData;

/**
 * Hidden-layer biases as an extra constant input: a bias-free network on {@code [x, b]} is a
 * network with first-layer biases {@code b W_{:,D}} on {@code x}. The constant column breaks the
 * {@code x -> -x} symmetry of the inputs, which is how a bias lets the network leave the linear
 * regime (abstract claim 5).
 */
public final class BiasInput {
    private BiasInput() {
    }

    /** The data with a constant column {@code value} appended to the inputs. */
    public static RegressionData append(RegressionData data, double value) {
        Require.nonNull("data", data);
        Require.that(value != 0 && Double.isFinite(value), "value", value, "must be finite and non-zero");
        DMatrixRMaj x = data.inputs();
        DMatrixRMaj out = new DMatrixRMaj(x.numRows, x.numCols + 1);
        for (int i = 0; i < x.numRows; i++) {
            System.arraycopy(x.data, i * x.numCols, out.data, i * out.numCols, x.numCols);
            out.data[i * out.numCols + x.numCols] = value;
        }
        return new RegressionData(out, data.targets());
    }
}
