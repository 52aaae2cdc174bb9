package org.neurotheory.multimodal.experiments;

import org.neurotheory.core.figure.Curves;
import org.neurotheory.core.Require;

/**
 * Curves of one two-view training run ({@link TwoViewProtocol}), indexed by epoch 0..E (0 is the
 * initial network): the cross-entropy on the two-view test inputs, and the test accuracy with both
 * views, with view A alone and with view B alone (paper Sec. 5).
 *
 * @param fusion     L_f of the network
 * @param loss       two-view test cross-entropy
 * @param accuracy   two-view test accuracy
 * @param accuracyA  accuracy with the clean image in A and zeros in B
 * @param accuracyB  accuracy with zeros in A and the clean image in B
 */
public record TwoViewRun(int fusion, double[] loss, double[] accuracy, double[] accuracyA, double[] accuracyB) {
    /** Chance accuracy of ten classes. */
    public static final double CHANCE = 0.1;

    public TwoViewRun {
        Require.positive("fusion", fusion);
        Require.allFinite("loss", loss);
        Require.length("accuracy", accuracy, loss.length);
        Require.length("accuracyA", accuracyA, loss.length);
        Require.length("accuracyB", accuracyB, loss.length);
    }

    /** Number of epochs E. */
    public int epochs() {
        return loss.length - 1;
    }

    /**
     * The onset threshold, halfway from chance to the final two-view accuracy (the analogue of the
     * half-height learning times t_A, t_B of the linear networks, §2.5).
     */
    public double threshold() {
        return CHANCE + 0.5 * (accuracy[epochs()] - CHANCE);
    }

    /**
     * First epoch at which the accuracy with view m alone (0 = A, 1 = B) reaches {@link #threshold()};
     * E + 1 if it never does (the onset is then only known to be later than the run).
     */
    public int onset(int modality) {
        Require.inRange("modality", modality, 0, 1);
        double[] acc = modality == 0 ? accuracyA : accuracyB;
        double th = threshold();
        for (int e = 0; e < acc.length; e++) {
            if (acc[e] >= th) {
                return e;
            }
        }
        return acc.length;
    }

    /** Epochs of unimodal phase, {@code onset(B) - onset(A)} (a lower bound if B never reaches the threshold). */
    public int lag() {
        return onset(1) - onset(0);
    }

    /** The epoch axis 0..E. */
    public double[] epochAxis() {
        double[] x = new double[loss.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
        }
        return x;
    }
}
