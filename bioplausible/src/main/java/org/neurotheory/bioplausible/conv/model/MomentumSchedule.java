package org.neurotheory.bioplausible.conv.model;

/**
 * A learning-rate schedule followed with heavy-ball momentum, as in the toy weight-sharing runs of
 * Pogodin et al. 2021, Fig. 4. Its effective time puts runs with different schedules on one axis.
 */
public interface MomentumSchedule {
    /** Learning rate {@code eta_t} of step {@code t}. */
    double learningRate(int step);

    /** Heavy-ball momentum {@code mu}. */
    double momentum();

    /** Effective time {@code sum_{t < T} eta_t / (1 - mu)} after each of {@code steps} (ascending). */
    default double[] effectiveTime(double[] steps) {
        double[] out = new double[steps.length];
        double sum = 0;
        int t = 0;
        for (int j = 0; j < steps.length; j++) {
            for (; t < steps[j]; t++) {
                sum += learningRate(t);
            }
            out[j] = sum / (1 - momentum());
        }
        return out;
    }
}
