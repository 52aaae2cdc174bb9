package org.neurotheory.relu.data;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.neurotheory.core.Require;
import org.neurotheory.core.data.SymmetricDataset;
import org.neurotheory.core.linalg.Matrices;
import org.neurotheory.relu.model.RegressionData;

/**
 * Synthetic regression sets: {@code originals} Gaussian inputs {@code N(0, I_D)},
 * optionally whitened exactly (empirical second moment = I), labelled by a {@link ScalarTarget} plus
 * optional noise of a given root-mean-square (optionally projected orthogonal to the inputs, so the
 * least-squares map is unchanged), and optionally symmetrised: the mirror {@code -x} gets the label
 * {@code g(-x) - noise}, which makes the whole set invariant under {@code (x, y) -> (-x, -y)} for an
 * odd target (and under {@code x -> -x} up to the noise sign for an even one).
 *
 * @param originals       number of drawn inputs P0 (the set has 2 P0 samples when mirrored), > D
 * @param dimension       input dimension D, > 0
 * @param whiten          exact empirical whitening of the drawn inputs
 * @param mirror          append the mirrored samples
 * @param noiseRms        root-mean-square of the label noise, >= 0
 * @param orthogonalNoise project the noise orthogonal to the input columns before scaling
 */
public record SymmetricRegressionGenerator(int originals, int dimension, boolean whiten, boolean mirror,
                                           double noiseRms, boolean orthogonalNoise) {
    public SymmetricRegressionGenerator {
        Require.positive("dimension", dimension);
        Require.that(originals > dimension, "originals", originals, "must be > dimension " + dimension);
        Require.nonNegative("noiseRms", noiseRms);
    }

    /** Whitened, mirrored, noiseless (the exact-equivalence setting). */
    public static SymmetricRegressionGenerator whitenedSymmetric(int originals, int dimension) {
        return new SymmetricRegressionGenerator(originals, dimension, true, true, 0, false);
    }

    /** A copy with label noise. */
    public SymmetricRegressionGenerator withNoise(double rms, boolean orthogonal) {
        return new SymmetricRegressionGenerator(originals, dimension, whiten, mirror, rms, orthogonal);
    }

    /** A copy without the mirrored samples (inputs symmetric in distribution only). */
    public SymmetricRegressionGenerator unmirrored() {
        return new SymmetricRegressionGenerator(originals, dimension, whiten, false, noiseRms, orthogonalNoise);
    }

    /** Draws the data set. */
    public RegressionData generate(ScalarTarget target, SplittableRandom rng) {
        Require.nonNull("target", target);
        Require.nonNull("rng", rng);
        DMatrixRMaj x = new DMatrixRMaj(originals, dimension);
        for (int i = 0; i < x.data.length; i++) {
            x.data[i] = rng.nextGaussian();
        }
        if (whiten) {
            x = Matrices.whiten(x);
        }
        DMatrixRMaj noise = new DMatrixRMaj(originals, 1);
        if (noiseRms > 0) {
            for (int i = 0; i < originals; i++) {
                noise.data[i] = rng.nextGaussian();
            }
            if (orthogonalNoise) {
                // noise -= X (X^T X)^{-1} X^T noise
                DMatrixRMaj xtn = new DMatrixRMaj(dimension, 1);
                CommonOps_DDRM.multTransA(x, noise, xtn);
                DMatrixRMaj coef = Matrices.solveSpd(gramUnnormalised(x), xtn);
                DMatrixRMaj proj = new DMatrixRMaj(originals, 1);
                CommonOps_DDRM.mult(x, coef, proj);
                CommonOps_DDRM.subtractEquals(noise, proj);
            }
            double ms = 0;
            for (double v : noise.data) {
                ms += v * v;
            }
            CommonOps_DDRM.scale(noiseRms / Math.sqrt(ms / originals), noise);
        }
        DMatrixRMaj inputs = mirror ? SymmetricDataset.mirrorInputs(x) : x;
        DMatrixRMaj labels = new DMatrixRMaj(inputs.numRows, 1);
        double[] row = new double[dimension];
        for (int i = 0; i < inputs.numRows; i++) {
            System.arraycopy(inputs.data, i * dimension, row, 0, dimension);
            double eps = i < originals ? noise.data[i] : -noise.data[i - originals];
            labels.data[i] = target.value(row) + eps;
        }
        return new RegressionData(inputs, labels);
    }

    private static DMatrixRMaj gramUnnormalised(DMatrixRMaj x) {
        DMatrixRMaj g = new DMatrixRMaj(x.numCols, x.numCols);
        CommonOps_DDRM.multTransA(x, x, g);
        return g;
    }
}
