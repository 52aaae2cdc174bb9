package org.neurotheory.cortex.model;

import org.neurotheory.core.Require;

/**
 * Size, connectivity and clock of the balanced E-I network with an external population X
 * (§2). Every ordered pair (source in b, target in a) is connected independently with
 * probability {@code p}; the transmission delay is the same for every synapse and must be a whole
 * number of time steps, at least one.
 *
 * @param nE      number of excitatory LIF neurons
 * @param nI      number of inhibitory LIF neurons
 * @param nX      number of external (Poisson) neurons
 * @param nProbe  number of passive probe neurons (free membrane potential, no spikes)
 * @param p       connection probability of every projection
 * @param neuron  single-neuron constants
 * @param j       synaptic efficacies
 * @param delay   transmission delay (ms)
 * @param dt      time step (ms)
 */
public record NetworkParameters(int nE, int nI, int nX, int nProbe, double p, NeuronParameters neuron,
                                Couplings j, double delay, double dt) {
    public NetworkParameters {
        Require.positive("nE", nE);
        Require.nonNegative("nI", nI);
        Require.nonNegative("nX", nX);
        Require.nonNegative("nProbe", nProbe);
        Require.probability("p", p);
        Require.nonNull("neuron", neuron);
        Require.nonNull("j", j);
        Require.positive("dt", dt);
        Require.positive("delay", delay);
        Require.that(delay >= dt * (1 - 1e-9), "dt", dt, "must be <= delay = " + delay);
        double steps = delay / dt;
        Require.that(Math.abs(steps - Math.rint(steps)) < 1e-6, "delay", delay,
                "must be a whole number of time steps dt = " + dt);
    }

    /** SUB-0 at full size: 4000 E, 1000 I, 1000 X, 40 probes, p = 0.1, d = 0.5 ms, dt = 0.1 ms. */
    public static NetworkParameters sub0() {
        return new NetworkParameters(4000, 1000, 1000, 40, 0.1, NeuronParameters.sub0(), Couplings.sub0(), 0.5, 0.1);
    }

    /**
     * The reduced network for quick runs (§6): half of every population with p = 0.2, so
     * the in-degrees K and hence every mean-field number stay those of SUB-0.
     */
    public static NetworkParameters quick() {
        return new NetworkParameters(2000, 500, 500, 40, 0.2, NeuronParameters.sub0(), Couplings.sub0(), 0.5, 0.1);
    }

    /** Copy with other efficacies. */
    public NetworkParameters withCouplings(Couplings other) {
        return new NetworkParameters(nE, nI, nX, nProbe, p, neuron, other, delay, dt);
    }

    /** Copy with another delay (ms). */
    public NetworkParameters withDelay(double other) {
        return new NetworkParameters(nE, nI, nX, nProbe, p, neuron, j, other, dt);
    }

    /** The delay in time steps. */
    public int delaySteps() {
        return (int) Math.rint(delay / dt);
    }

    /** Mean in-degree from E, {@code K_E = p N_E}. */
    public double kE() {
        return p * nE;
    }

    /** Mean in-degree from I, {@code K_I = p N_I}. */
    public double kI() {
        return p * nI;
    }

    /** Mean in-degree from X, {@code K_X = p N_X}. */
    public double kX() {
        return p * nX;
    }
}
