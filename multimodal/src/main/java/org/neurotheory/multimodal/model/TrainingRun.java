package org.neurotheory.multimodal.model;

import org.neurotheory.core.Require;
import org.neurotheory.core.figure.Curves;

/**
 * What one full-batch gradient-descent run recorded, per epoch i (§2.5, as the official
 * {@code train}): {@code loss[i]} before the i-th update, the end-to-end weights after it, and the
 * generalisation error after it when a population was given.
 *
 * @param learningRate    eta; time is {@code t = eta * epoch}
 * @param loss            training loss before update i
 * @param weightA         W_A^tot after update i (signed when d_A = 1, else the norm)
 * @param weightB         W_B^tot after update i (signed when d_B = 1, else the norm)
 * @param generalisation  {@code E_g} after update i, or null when not requested
 * @param finalTotals     {@code [W_A^tot, W_B^tot]} at the end
 * @param finalParameters the parameters at the end
 * @param stoppedEarly    whether the loss fell below the stopping threshold
 */
public record TrainingRun(double learningRate, double[] loss, double[] weightA, double[] weightB,
                          double[] generalisation, double[] finalTotals, double[] finalParameters,
                          boolean stoppedEarly) {
    public TrainingRun {
        Require.positive("learningRate", learningRate);
        Require.nonNull("loss", loss);
        Require.nonNull("finalTotals", finalTotals);
        Require.nonNull("finalParameters", finalParameters);
        Require.that(weightA != null && weightA.length == loss.length, "weightA", weightA == null ? "null" : weightA.length,
                "must have loss.length = " + loss.length + " entries");
        Require.that(weightB != null && weightB.length == loss.length, "weightB", weightB == null ? "null" : weightB.length,
                "must have loss.length = " + loss.length + " entries");
        Require.that(generalisation == null || generalisation.length == loss.length, "generalisation",
                generalisation == null ? "null" : generalisation.length, "must be null or have " + loss.length + " entries");
    }

    /** Number of recorded epochs. */
    public int epochs() {
        return loss.length;
    }

    /** {@code loss / loss[0]}. */
    public double[] normalisedLoss() {
        double[] out = new double[loss.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = loss[i] / loss[0];
        }
        return out;
    }

    /**
     * The lowest point of the generalisation curve (early stopping's best epoch): the first epoch
     * with the smallest {@code E_g} and that error.
     *
     * @throws IllegalStateException when the run did not record {@code E_g}
     */
    public CurveMinimum generalisationMinimum() {
        if (generalisation == null) {
            throw new IllegalStateException("generalisation error was not recorded: run with recordGeneralisation = true");
        }
        int k = Curves.argmin(generalisation);
        return new CurveMinimum(k, generalisation[k]);
    }

    /**
     * The minimum of a curve recorded per epoch.
     *
     * @param epoch the first epoch at which it is reached
     * @param value the curve's value there
     */
    public record CurveMinimum(int epoch, double value) {
    }

    /** Epoch indices 0..n-1 as doubles (x axis of the curves). */
    public double[] epochAxis() {
        double[] out = new double[loss.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = i;
        }
        return out;
    }
}
