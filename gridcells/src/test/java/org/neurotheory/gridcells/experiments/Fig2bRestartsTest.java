package org.neurotheory.gridcells.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureExporter;
import org.neurotheory.core.progress.Progress;
import org.neurotheory.gridcells.model.OptimisationResult;
import org.neurotheory.gridcells.model.Restarts;

/** Fig. 2B's restarts: the figure analyses the restart {@link Restarts#best} picks, and refuses runs that do not fit. */
class Fig2bRestartsTest {
    private static Fig2bSeveralModules.Params shortRun(int restarts) {
        Fig2bSeveralModules.Params q = Fig2bSeveralModules.Params.quick();
        return new Fig2bSeveralModules.Params(q.optimiser().withSteps(400), restarts, 2, q.bins(), q.extent(), q.tileBins(), false);
    }

    @Test
    void analysesTheChosenRestart() {
        Fig2bSeveralModules.Params p = shortRun(3);
        List<OptimisationResult> runs = Restarts.run(p.optimiser(), p.restarts(), 5, 1, Progress.silent());
        FigureData data = new Fig2bSeveralModules().compute(p, 5, runs);
        int chosen = Restarts.best(runs);
        assertEquals(chosen, data.parameters().get("chosenRestart"));
        // every plotted number is the chosen restart's: the same as the figure of that restart alone
        FigureData alone = new Fig2bSeveralModules().compute(shortRun(1), 5, List.of(runs.get(chosen)));
        assertEquals(FigureExporter.csv(alone), FigureExporter.csv(data));
        assertTrue(data.notes().stream().anyMatch(n -> n.contains("restart " + chosen + " of 3")), data.notes().toString());
        // the same restarts computed on two threads give the same figure
        FigureData twoThreads = new Fig2bSeveralModules().compute(p, 5);
        assertEquals(FigureExporter.csv(data), FigureExporter.csv(twoThreads));
    }

    @Test
    void refusesBadInput() {
        Fig2bSeveralModules.Params q = Fig2bSeveralModules.Params.quick();
        IllegalArgumentException restarts = assertThrows(IllegalArgumentException.class,
                () -> new Fig2bSeveralModules.Params(q.optimiser(), 0, 1, q.bins(), q.extent(), q.tileBins(), false));
        assertTrue(restarts.getMessage().contains("restarts") && restarts.getMessage().contains("0"), restarts.getMessage());
        IllegalArgumentException threads = assertThrows(IllegalArgumentException.class,
                () -> new Fig2bSeveralModules.Params(q.optimiser(), 1, 0, q.bins(), q.extent(), q.tileBins(), false));
        assertTrue(threads.getMessage().contains("threads"), threads.getMessage());
        Fig2bSeveralModules.Params p = shortRun(2);
        List<OptimisationResult> one = Restarts.run(p.optimiser(), 1, 5, 1, Progress.silent());
        IllegalArgumentException runs = assertThrows(IllegalArgumentException.class, () -> new Fig2bSeveralModules().compute(p, 5, one));
        assertTrue(runs.getMessage().contains("runs") && runs.getMessage().contains("1 restarts"), runs.getMessage());
    }
}
