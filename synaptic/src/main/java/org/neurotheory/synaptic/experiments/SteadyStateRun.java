package org.neurotheory.synaptic.experiments;

import org.neurotheory.core.Require;
import org.neurotheory.synaptic.model.BeliefStatistics;
import org.neurotheory.synaptic.model.Delivery;
import org.neurotheory.synaptic.model.SynapticParameters;
import org.neurotheory.synaptic.model.SynapticSimulation;

/**
 * A simulation run to steady state and measured (check 4): burn in for {@code burnInTaus}
 * time constants, then average the beliefs over {@code measureTaus} more, sampled once a second.
 *
 * @param simulation the simulation, left at the end of the measurement window
 * @param statistics time averages over the window
 */
public record SteadyStateRun(SynapticSimulation simulation, BeliefStatistics statistics) {
    public SteadyStateRun {
        Require.nonNull("simulation", simulation);
        Require.nonNull("statistics", statistics);
    }

    /** Runs the model with the given parameters, delivery and seed. */
    public static SteadyStateRun of(SynapticParameters p, Delivery delivery, double burnInTaus, double measureTaus,
                                    long seed) {
        Require.positive("burnInTaus", burnInTaus);
        Require.positive("measureTaus", measureTaus);
        SynapticSimulation sim = new SynapticSimulation(p, delivery, seed);
        sim.advance(Math.round(burnInTaus * p.tau() / p.dt()));
        int every = (int) Math.max(1, Math.round(1.0 / p.dt()));
        int samples = (int) Math.max(1, Math.round(measureTaus * p.tau() / (every * p.dt())));
        return new SteadyStateRun(sim, BeliefStatistics.measure(sim, samples, every));
    }
}
