package org.neurotheory.cortex.experiments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.neurotheory.cortex.model.InputParameters;
import org.neurotheory.cortex.model.InputState;
import org.neurotheory.cortex.model.NetworkParameters;
import org.neurotheory.cortex.model.SimulationRecord;
import org.neurotheory.cortex.model.SpikeRaster;

/** Input noise and network noise are separate seeds; the default reproduces what the figures run. */
class StateRunsSeedsTest {
    private static int[] steps(SpikeRaster r) {
        int[] out = new int[r.count()];
        for (int k = 0; k < out.length; k++) {
            out[k] = r.step(k) * 1000 + r.id(k);
        }
        return out;
    }

    @Test
    void inputAndNetworkNoiseHaveSeparateSeeds() {
        StateRuns runs = new StateRuns(NetworkParameters.quick(), 3);
        InputParameters in = InputParameters.sub0();
        SimulationRecord figure = runs.run(InputState.B, in, 1200, false);
        StateRuns.RunSeeds d = runs.defaultSeeds(InputState.B, in);
        assertEquals(d.inputNoise(), d.networkNoise());
        SimulationRecord explicit = runs.run(InputState.B, in, 1200, false, d);
        assertArrayEquals(steps(figure.excitatory()), steps(explicit.excitatory()));
        assertArrayEquals(figure.input().rates(), explicit.input().rates(), 0.0);

        SimulationRecord otherNetwork = runs.run(InputState.B, in, 1200, false,
                new StateRuns.RunSeeds(d.inputNoise(), d.networkNoise() + 1));
        assertArrayEquals(figure.input().rates(), otherNetwork.input().rates(), 0.0);
        assertFalse(Arrays.equals(steps(figure.excitatory()), steps(otherNetwork.excitatory())));

        SimulationRecord otherInput = runs.run(InputState.B, in, 1200, false,
                new StateRuns.RunSeeds(d.inputNoise() + 1, d.networkNoise()));
        assertFalse(Arrays.equals(figure.input().rates(), otherInput.input().rates()));

        // the pair-sampling seed (the summary needs 200 ms of probe lags after the 500 ms burn-in) of the summary moves only the pair statistics
        StateSummary a = StateSummary.of(figure, StateRuns.BURN_IN, 1);
        StateSummary b = StateSummary.of(figure, StateRuns.BURN_IN, 2);
        assertEquals(a.nuE(), b.nuE(), 0.0);
        assertEquals(a.ccVPeak(), b.ccVPeak(), 0.0);
    }
}
