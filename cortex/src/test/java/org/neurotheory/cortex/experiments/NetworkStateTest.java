package org.neurotheory.cortex.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurotheory.cortex.model.InputParameters;
import org.neurotheory.cortex.model.InputState;
import org.neurotheory.cortex.model.NetworkParameters;
import org.neurotheory.cortex.model.SimulationRecord;
import org.neurotheory.cortex.model.analysis.ProbeStatistics;
import org.neurotheory.cortex.model.analysis.SpikeStatistics;

/**
 * Checks 7 (state A ranges of rates, CV, Fano factor, r_sc and silent fraction) and 9 (probe
 * statistics) of the model reference in docs/papers/cortex.md on the full SUB-0 network, state A,
 * T = 3 s (the shortest run those checks are stated for).
 */
class NetworkStateTest {
    @Test
    void fullNetworkStateA() {
        StateRuns runs = new StateRuns(NetworkParameters.sub0(), 2);
        SimulationRecord r = runs.run(InputState.A, InputParameters.sub0(), 3000, false);
        StateSummary s = StateSummary.of(r, StateRuns.BURN_IN, 1);
        String what = s.toString();
        // check 7: its ranges
        assertTrue(s.nuE() >= 4.0 && s.nuE() <= 5.0, "nu_E " + what);
        assertTrue(s.nuI() >= 6.0 && s.nuI() <= 7.6, "nu_I " + what);
        assertTrue(s.cvE() >= 0.78 && s.cvE() <= 1.0, "CV " + what);
        assertTrue(s.fano() >= 0.8 && s.fano() <= 1.05, "Fano " + what);
        assertTrue(Math.abs(s.rsc50()) < 0.01, "r_sc(50 ms) " + what);
        assertTrue(s.silent() < 0.12, "silent " + what);
        // check 9: its s.d. range; the mean against Campbell's sum over each probe's actual
        // inputs at their measured rates (exact for the linear probe; residual = time-average noise,
        // 40 probes x 2.5 s: ~0.05 mV; tolerance 0.3 mV)
        assertTrue(s.sdV() >= 4.7 && s.sdV() <= 6.2, "probe s.d. " + what);
        int from = r.stepAt(StateRuns.BURN_IN);
        double[] campbell = ProbeStatistics.campbellMeans(runs.connectivity(), runs.params(),
                SpikeStatistics.rates(r.excitatory(), from, r.steps(), 0.1),
                SpikeStatistics.rates(r.inhibitory(), from, r.steps(), 0.1), 10);
        assertEquals(SpikeStatistics.mean(campbell), s.meanV(), 0.3, "probe mean vs Campbell");
    }
}
