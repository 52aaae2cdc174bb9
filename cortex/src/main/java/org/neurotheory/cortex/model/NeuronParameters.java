package org.neurotheory.cortex.model;

import org.neurotheory.core.Require;

/**
 * Single-neuron constants of the current-based LIF with exponential synaptic currents
 * (§2.1-2.2): {@code tau_m dV/dt = -V + h_E + h_I + h_X}, {@code tau_s dh/dt = -h}.
 * Times in ms, potentials in mV relative to rest.
 *
 * @param tauM    membrane time constant (ms)
 * @param theta   spike threshold (mV); a spike occurs when {@code V > theta}
 * @param vReset  reset potential (mV), below {@code theta}
 * @param tauRefE absolute refractory period of E neurons (ms)
 * @param tauRefI absolute refractory period of I neurons (ms)
 * @param tauE    decay time of excitatory (recurrent E and external X) synaptic input (ms)
 * @param tauI    decay time of inhibitory synaptic input (ms)
 */
public record NeuronParameters(double tauM, double theta, double vReset, double tauRefE, double tauRefI,
                               double tauE, double tauI) {
    public NeuronParameters {
        Require.positive("tauM", tauM);
        Require.positive("theta", theta);
        Require.finite("vReset", vReset);
        Require.that(vReset < theta, "vReset", vReset, "must be < theta = " + theta);
        Require.nonNegative("tauRefE", tauRefE);
        Require.nonNegative("tauRefI", tauRefI);
        Require.positive("tauE", tauE);
        Require.positive("tauI", tauI);
    }

    /** The substitute model SUB-0: tau_m 20 ms, theta 20 mV, reset 10 mV, refractory 2/1 ms, tau_s 3/3 ms. */
    public static NeuronParameters sub0() {
        return new NeuronParameters(20.0, 20.0, 10.0, 2.0, 1.0, 3.0, 3.0);
    }
}
