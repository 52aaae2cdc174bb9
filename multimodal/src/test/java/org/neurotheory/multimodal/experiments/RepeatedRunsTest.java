package org.neurotheory.multimodal.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurotheory.core.figure.Curves;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.multimodal.data.FusionDatasets;
import org.neurotheory.multimodal.model.FusionArchitecture;
import org.neurotheory.multimodal.model.InitScheme;
import org.neurotheory.multimodal.model.PhaseTimes;
import org.neurotheory.multimodal.model.Training;
import org.neurotheory.multimodal.model.TrainingRun;
import org.neurotheory.multimodal.theory.UnimodalPhaseTheory;

/**
 * The public form of what Figs. C and E plot per point: {@link RepeatedRuns#measure} equals the
 * official {@code sweep()} written out by hand with public calls (run, keep the converged repeats,
 * average), and lands near Eq. 6.
 */
class RepeatedRunsTest {
    private static final FusionRun TOY = new FusionRun(FusionDatasets.toy(2, 0.5), 2048, FusionArchitecture.late(1, 1, 20, 1),
            InitScheme.PER_ENTRY, 1e-9, new Training(0.04, 4000, Training.CODE_STOP_LOSS));

    @Test
    void averagesTheConvergedRepeatsAsTheOfficialSweep() {
        double plateau = 1 + 0.5 / 2;
        RepeatedRuns measured = RepeatedRuns.measure(TOY, plateau, 3, 7);
        double ratio = 0;
        double mis = 0;
        int kept = 0;
        for (int i = 0; i < 3; i++) {
            TrainingRun r = TOY.run(Seeds.derive(7, i));
            if (r.loss()[r.epochs() - 1] < RepeatedRuns.CONVERGED_LOSS) {
                PhaseTimes t = PhaseTimes.measure(r, plateau);
                ratio += t.ratio();
                mis += t.misattribution(r);
                kept++;
            }
        }
        assertEquals(3, kept, "all three toy repeats converge in 4000 epochs");
        assertEquals(kept, measured.kept());
        assertEquals(ratio / kept, measured.ratio(), 1e-12);
        assertEquals(mis / kept, measured.misattribution(), 1e-12);
        // Eq. 6 at r = 2, rho = 0.5 gives 1 + 3/0.75 = 5; finite init and argmin times sit up to ~15% below (Fig. C)
        assertEquals(UnimodalPhaseTheory.toyTimeRatio(2, 0.5), measured.ratio(), 0.2 * 5);
    }

    @Test
    void noConvergedRepeatIsAnError() {
        FusionRun tooShort = new FusionRun(FusionDatasets.toy(2, 0.5), 256, FusionArchitecture.late(1, 1, 20, 1),
                InitScheme.PER_ENTRY, 1e-9, new Training(0.04, 10, 0));
        assertThrows(IllegalStateException.class, () -> RepeatedRuns.measure(tooShort, Double.NaN, 2, 1));
    }

    /** The generalisation minimum is the curve's smallest value at its first epoch. */
    @Test
    void generalisationMinimumIsTheCurvesLowestPoint() {
        FusionRun over = new FusionRun(FusionDatasets.diagonal(20, 0.5), 14, FusionArchitecture.early(10, 10, 20, 1),
                InitScheme.PER_ENTRY, 1e-6, new Training(0.04, 1500, 0));
        TrainingRun r = over.run(3, true);
        TrainingRun.CurveMinimum best = r.generalisationMinimum();
        double[] eg = r.generalisation();
        assertEquals(Curves.min(eg), best.value(), 0.0);
        assertEquals(best.value(), eg[best.epoch()], 0.0);
        for (int k = 0; k < best.epoch(); k++) {
            assertTrue(eg[k] > best.value(), "an earlier epoch " + k + " is as low");
        }
        assertThrows(IllegalStateException.class, () -> over.run(3).generalisationMinimum());
    }
}
