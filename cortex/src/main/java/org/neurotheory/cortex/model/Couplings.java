package org.neurotheory.cortex.model;

import org.neurotheory.core.Require;

/**
 * Signed synaptic efficacies {@code J_ab} onto population a from population b (§2.1):
 * the time integral of one PSP divided by {@code tau_m}, i.e. the voltage jump of an equivalent
 * delta synapse, in mV. Excitatory entries are {@code >= 0}, inhibitory entries {@code <= 0}.
 * Probe neurons receive the E-neuron efficacies ({@code jEE, jEI, jEX}).
 */
public record Couplings(double jEE, double jEI, double jEX, double jIE, double jII, double jIX) {
    public Couplings {
        Require.nonNegative("jEE", jEE);
        Require.that(jEI <= 0 && Double.isFinite(jEI), "jEI", jEI, "must be finite and <= 0 (inhibitory)");
        Require.nonNegative("jEX", jEX);
        Require.nonNegative("jIE", jIE);
        Require.that(jII <= 0 && Double.isFinite(jII), "jII", jII, "must be finite and <= 0 (inhibitory)");
        Require.nonNegative("jIX", jIX);
    }

    /** SUB-0: 0.6 times the round set (0.5, -3, 2, 1, -3.5, 1.5) mV. */
    public static Couplings sub0() {
        return new Couplings(0.3, -1.8, 1.2, 0.6, -2.1, 0.9);
    }

    /** Every efficacy multiplied by {@code factor} (keeps the large-K balanced rates, scales fluctuations). */
    public Couplings scaled(double factor) {
        Require.nonNegative("factor", factor);
        return new Couplings(jEE * factor, jEI * factor, jEX * factor, jIE * factor, jII * factor, jIX * factor);
    }
}
