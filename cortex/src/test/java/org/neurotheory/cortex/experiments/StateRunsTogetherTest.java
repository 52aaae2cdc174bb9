package org.neurotheory.cortex.experiments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurotheory.cortex.model.InputParameters;
import org.neurotheory.cortex.model.InputState;
import org.neurotheory.cortex.model.NetworkParameters;
import org.neurotheory.cortex.model.SimulationRecord;
import org.neurotheory.cortex.model.SpikeRaster;

/** Runs that go at the same time on one network give the records they give one after another. */
class StateRunsTogetherTest {
    private static int[] spikes(SpikeRaster r) {
        int[] out = new int[2 * r.count()];
        for (int k = 0; k < r.count(); k++) {
            out[2 * k] = r.step(k);
            out[2 * k + 1] = r.id(k);
        }
        return out;
    }

    @Test
    void runAllGivesTheRecordsOfOneAfterAnotherInTheGivenOrder() {
        StateRuns runs = new StateRuns(NetworkParameters.quick(), 5);
        InputParameters in = InputParameters.sub0();
        // mixed lengths, so the longest-first start order differs from the list's order
        List<StateRuns.Run> list = List.of(new StateRuns.Run(InputState.A, in, 700, false),
                new StateRuns.Run(InputState.B, in, 1200, true),
                new StateRuns.Run(InputState.U, in, 900, false),
                new StateRuns.Run(InputState.A, in.withBaseRate(10), 800, false));
        List<SimulationRecord> together = runs.runAll(list, r -> r);
        assertEquals(list.size(), together.size());
        // an analysis applied on the workers comes back in the list's order too
        assertEquals(List.of(7000, 12000, 9000, 8000), runs.runAll(list, SimulationRecord::steps));
        for (int k = 0; k < list.size(); k++) {
            StateRuns.Run r = list.get(k);
            SimulationRecord alone = runs.run(r.state(), r.input(), r.durationMs(), r.recordX());
            SimulationRecord t = together.get(k);
            assertEquals(alone.steps(), t.steps(), "run " + k);
            assertTrue(alone.excitatory().count() > 0, "run " + k + " has E spikes");
            assertArrayEquals(spikes(alone.excitatory()), spikes(t.excitatory()), "E spikes of run " + k);
            assertArrayEquals(spikes(alone.inhibitory()), spikes(t.inhibitory()), "I spikes of run " + k);
            assertArrayEquals(spikes(alone.external()), spikes(t.external()), "X spikes of run " + k);
            for (int p = 0; p < alone.probes().v().length; p++) {
                assertArrayEquals(alone.probes().v()[p], t.probes().v()[p], 0.0, "probe " + p + " of run " + k);
            }
        }
    }

    @Test
    void aRunShorterThanTheBurnInIsRefusedWithItsLength() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new StateRuns.Run(InputState.A, InputParameters.sub0(), 550, false));
        assertTrue(e.getMessage().contains("durationMs") && e.getMessage().contains("550"), e.getMessage());
    }
}
