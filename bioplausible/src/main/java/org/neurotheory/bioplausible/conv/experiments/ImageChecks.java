package org.neurotheory.bioplausible.conv.experiments;

import java.util.List;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;

/**
 * The checks of the image figures ({@link Table1Arms}, {@link Fig2AugmentationCurve}). Only
 * numbers that could come out wrong are checked, and a measured ordering only where it held
 * before the figures' setting was chosen (the docs page lists the settings tried).
 */
final class ImageChecks {
    /** Chance level of ten balanced classes. */
    static final double CHANCE = 0.1;

    private ImageChecks() {
    }

    static void table(FigureData data, Table1Arms.Params p, List<ArmRuns> runs) {
        int perEpoch = p.protocol().iterationsPerEpoch();
        for (ArmRuns r : runs) {
            // every arm learns: well above chance after recomputing the batch-norm statistics
            data.check(Check.atLeast(r.arm().name() + ": test accuracy above chance + 0.1", CHANCE + 0.1,
                    r.meanAccuracy(), 0));
            var sharing = r.arm().sharing();
            if (sharing != null && sharing.frequency() > 1 && (perEpoch - 1) % sharing.frequency() == 0
                    && p.protocol().batchNorm()) {
                // the last sharing event falls on the last iteration: the running statistics describe
                // weights that no longer exist; recomputing them must recover the accuracy
                data.check(Check.atLeast(r.arm().name() + ": recomputed batch-norm statistics beat the running ones by 0.1",
                        r.meanRunningStatsAccuracy() + 0.1, r.meanAccuracy(), 0));
            }
        }
    }

    static void augmentation(FigureData data, Fig2AugmentationCurve.Params p, ArmRuns conv, ArmRuns lc,
                             List<ArmRuns> translated) {
        data.check(Check.atLeast("conv: test accuracy above chance + 0.1", CHANCE + 0.1, conv.meanAccuracy(), 0));
        data.check(Check.atLeast("LC: test accuracy above chance + 0.1", CHANCE + 0.1, lc.meanAccuracy(), 0));
        for (ArmRuns r : translated) {
            data.check(Check.atLeast(r.arm().name() + ": test accuracy above chance + 0.1", CHANCE + 0.1,
                    r.meanAccuracy(), 0));
        }
    }
}
