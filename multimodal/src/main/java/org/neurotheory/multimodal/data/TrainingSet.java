package org.neurotheory.multimodal.data;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.neurotheory.core.Require;
import org.neurotheory.core.data.TwoModalityData;
import org.neurotheory.core.dln.LinearRegressionMoments;
import org.neurotheory.core.random.Seeds;

/**
 * A fixed training set of P samples from a two-modality population (§2.1): the samples (for
 * ReLU networks) and their empirical moments (for linear networks, exactly equivalent to full-batch
 * gradient descent on the samples).
 *
 * @param population the generating distribution (Sigma, w*, noise)
 * @param inputs     P x D, {@code [x_A, x_B]}
 * @param targets    P x 1
 */
public record TrainingSet(TwoModalityData population, DMatrixRMaj inputs, DMatrixRMaj targets) {
    public TrainingSet {
        Require.nonNull("population", population);
        Require.nonNull("inputs", inputs);
        Require.nonNull("targets", targets);
        Require.that(inputs.numCols == population.target().length, "inputs.numCols", inputs.numCols,
                "must equal D = " + population.target().length);
        Require.that(targets.numRows == inputs.numRows && targets.numCols == 1, "targets shape",
                targets.numRows + "x" + targets.numCols, "must be " + inputs.numRows + "x1");
    }

    /** Draws P samples with the given seed. */
    public static TrainingSet draw(TwoModalityData population, int samples, long seed) {
        Require.nonNull("population", population);
        Require.positive("samples", samples);
        SplittableRandom rng = Seeds.stream(seed);
        DMatrixRMaj[] xy = population.sample(samples, rng);
        return new TrainingSet(population, xy[0], xy[1]);
    }

    /** P. */
    public int size() {
        return inputs.numRows;
    }

    /** d_A. */
    public int dimA() {
        return population.dimA();
    }

    /** Empirical moments (Sigma-hat, Sigma-hat_yx, mean y^2). */
    public LinearRegressionMoments moments() {
        return LinearRegressionMoments.empirical(inputs, targets);
    }

    /**
     * The mix the official {@code lag_twolayer} uses: the population covariance with the
     * empirical input-output correlation (§7.5).
     */
    public LinearRegressionMoments populationCovarianceSampleCorrelation() {
        LinearRegressionMoments emp = moments();
        return new LinearRegressionMoments(population.sigma(), emp.sigmaYX(), emp.traceYY());
    }
}
