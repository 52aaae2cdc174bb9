package org.neurotheory.core.nn;

/**
 * One epoch of training.
 *
 * @param epoch         0-based epoch
 * @param learningRate  the rate used (base times schedule)
 * @param trainLoss     mean training loss over the epoch's batches (weighted by batch size)
 * @param trainAccuracy fraction of training samples classified correctly while training
 * @param testLoss      loss on the evaluation set after the epoch (NaN without one)
 * @param testAccuracy  accuracy on the evaluation set after the epoch (NaN without one)
 * @param seconds       wall time of the epoch's training steps (without evaluation)
 */
public record EpochResult(int epoch, double learningRate, double trainLoss, double trainAccuracy,
                          double testLoss, double testAccuracy, double seconds) {
    double[] toArray() {
        return new double[] {epoch, learningRate, trainLoss, trainAccuracy, testLoss, testAccuracy, seconds};
    }

    static EpochResult fromArray(double[] a) {
        return new EpochResult((int) a[0], a[1], a[2], a[3], a[4], a[5], a[6]);
    }
}
