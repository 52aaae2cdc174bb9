package org.neurotheory.cortex.experiments;

import org.neurotheory.core.Require;
import org.neurotheory.cortex.model.NetworkParameters;

/**
 * The settings of a supplementary figure that simulates the network in its input states: which
 * network, and for how long.
 *
 * @param network the network (quick: the reduced network; paper: SUB-0)
 * @param durationMs simulated time (ms)
 */
public record NetworkRun(NetworkParameters network, double durationMs) {
    public NetworkRun {
        Require.nonNull("network", network);
        Require.positive("durationMs", durationMs);
    }

    /** The full SUB-0 network for {@code durationMs}. */
    public static NetworkRun sub0(double durationMs) {
        return new NetworkRun(NetworkParameters.sub0(), durationMs);
    }

    /** The reduced network (half-size populations, same in-degrees) for {@code durationMs}. */
    public static NetworkRun reduced(double durationMs) {
        return new NetworkRun(NetworkParameters.quick(), durationMs);
    }
}
