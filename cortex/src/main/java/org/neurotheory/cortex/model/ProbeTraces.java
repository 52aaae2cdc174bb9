package org.neurotheory.cortex.model;

import org.neurotheory.core.Require;

/**
 * Sampled state of the passive probe neurons (§2.4): free membrane potential
 * {@code V}, excitation {@code h_E + h_X} and inhibition {@code h_I} (mV, relative to rest),
 * sampled at the start of every {@code every}-th step.
 *
 * @param v          {@code v[probe][sample]}
 * @param excitation {@code excitation[probe][sample]}
 * @param inhibition {@code inhibition[probe][sample]} (negative: inhibitory input)
 * @param every      sampling interval in steps
 * @param dt         time step (ms)
 */
public record ProbeTraces(double[][] v, double[][] excitation, double[][] inhibition, int every, double dt) {
    public ProbeTraces {
        Require.nonNull("v", v);
        Require.nonNull("excitation", excitation);
        Require.nonNull("inhibition", inhibition);
        Require.positive("every", every);
        Require.positive("dt", dt);
    }

    /** Number of probes. */
    public int probes() {
        return v.length;
    }

    /** Number of samples per probe. */
    public int samples() {
        return v.length == 0 ? 0 : v[0].length;
    }

    /** Sampling interval (ms). */
    public double sampleInterval() {
        return every * dt;
    }

    /** Index of the first sample at or after time {@code t} (ms). */
    public int sampleAt(double t) {
        return (int) Math.min(samples(), Math.ceil(t / sampleInterval() - 1e-9));
    }
}
