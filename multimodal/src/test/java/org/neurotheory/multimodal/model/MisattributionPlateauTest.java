package org.neurotheory.multimodal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neurotheory.multimodal.data.FusionDatasets;
import org.neurotheory.multimodal.experiments.FusionRun;

/**
 * Check 7 of the model reference (docs/papers/multimodal.md): on the unimodal plateau late fusion credits A
 * with W_A^uni = 1 + rho/r, a misattribution of rho/r (§3.3.6) that is undone once B is learned.
 */
class MisattributionPlateauTest {
    @ParameterizedTest
    @ValueSource(doubles = {-0.5, 0.5})
    void plateauWeightIsOnePlusRhoOverR(double rho) {
        double r = 2;
        TrainingRun run = new FusionRun(FusionDatasets.toy(r, rho), 8192, FusionArchitecture.late(1, 1, 100, 1),
                InitScheme.PER_ENTRY, 1e-9, new Training(0.04, 3000, 0)).run(1);
        double uni = 1 + rho / r;
        PhaseTimes times = PhaseTimes.measure(run, uni);
        int mid = (times.tA() + times.tB()) / 2;
        // check 7: within 0.02 (the 8192-sample moments move W_A^uni by ~0.01)
        assertEquals(uni, run.weightA()[mid], 0.02, "plateau W_A^tot at rho = " + rho);
        // and it is undone once B is learned: W^tot -> (1, 1)
        assertEquals(1, run.weightA()[run.epochs() - 1], 0.02);
        assertEquals(1, run.weightB()[run.epochs() - 1], 0.02);
    }
}
