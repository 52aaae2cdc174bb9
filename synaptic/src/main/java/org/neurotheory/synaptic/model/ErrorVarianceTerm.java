package org.neurotheory.synaptic.model;

/**
 * The per-synapse term v_j of the error variance the synapses assume,
 * sigma_delta^2 = sigma_0^2 + sum_j x_j v_j (Eq. 2.5): the variance of w_tar,j - w_j given the belief.
 * A choice of the learning rule, independent of how PSPs are actually delivered ({@link PspModel}).
 */
public enum ErrorVarianceTerm {
    /** v = 2 s^2: target and delivered PSP are independent draws from the belief (synaptic sampling). */
    SAMPLED,
    /** v = s^2 + k m: the fixed-Fano comparison model (the successor code's default, k = 0.0877 mV). */
    FIXED_FANO,
    /** v = s^2: the delivered PSP is the belief's mean. */
    MEAN;

    /** v_j for a belief with weight-space mean m and variance s^2 (mV^2). */
    public double of(double m, double s2, double fanoK) {
        return switch (this) {
            case SAMPLED -> 2 * s2;
            case FIXED_FANO -> s2 + fanoK * m;
            case MEAN -> s2;
        };
    }
}
