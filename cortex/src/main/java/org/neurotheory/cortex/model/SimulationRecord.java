package org.neurotheory.cortex.model;

import org.neurotheory.core.Require;

/**
 * Everything one run recorded: spikes of E, I and (optionally) X, probe traces, and the input
 * profile that drove it.
 *
 * @param params      the network parameters
 * @param input       the external rate profile
 * @param excitatory  E spikes
 * @param inhibitory  I spikes
 * @param external    X spikes (empty raster when X recording was off)
 * @param probes      probe traces
 * @param wallSeconds wall-clock time of the step loop (s), excluding network construction
 */
public record SimulationRecord(NetworkParameters params, InputProfile input, SpikeRaster excitatory,
                               SpikeRaster inhibitory, SpikeRaster external, ProbeTraces probes,
                               double wallSeconds) {
    public SimulationRecord {
        Require.nonNull("params", params);
        Require.nonNull("input", input);
        Require.nonNull("excitatory", excitatory);
        Require.nonNull("inhibitory", inhibitory);
        Require.nonNull("external", external);
        Require.nonNull("probes", probes);
    }

    /** Number of simulated steps. */
    public int steps() {
        return input.steps();
    }

    /** Time step (ms). */
    public double dt() {
        return params.dt();
    }

    /** Simulated duration (ms). */
    public double duration() {
        return steps() * dt();
    }

    /** First step after a burn-in of {@code burnIn} ms. */
    public int stepAt(double t) {
        return (int) Math.min(steps(), Math.round(t / dt()));
    }
}
