package org.neurotheory.bioplausible.conv.experiments;

import java.util.List;
import org.neurotheory.bioplausible.conv.model.SharingSchedule;
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
        if (p.protocol().sameSettingAs(Table1Arms.Params.paper().protocol())) {
            explored(data, runs);
        }
        for (ArmRuns r : runs) {
            // every arm learns: well above chance after recomputing the batch-norm statistics
            data.check(Check.atLeast(r.arm().name() + ": test accuracy above chance + 0.1", CHANCE + 0.1,
                    r.meanAccuracy(), 0));
            var sharing = r.arm().sharing();
            if (sharing != null && sharing.mode() == SharingSchedule.Mode.INSTANT && sharing.frequency() > 1
                    && (perEpoch - 1) % sharing.frequency() == 0 && p.protocol().batchNorm()) {
                // the last sharing event falls on the last iteration: the running statistics describe
                // weights that no longer exist; recomputing them recovered 0.33-0.39 of accuracy at
                // setting A and E (instant sharing every 10) before the setting was chosen
                data.check(Check.atLeast(r.arm().name() + ": recomputed batch-norm statistics beat the running ones by 0.1",
                        r.meanRunningStatsAccuracy() + 0.1, r.meanAccuracy(), 0));
            }
        }
    }

    /**
     * Orderings measured at the paper-scale setting (setting A on the docs page) with seeds 1 and 2
     * before it was chosen, checked again here on the figure's own seeds. Margins are about half the
     * smallest gap seen there.
     */
    private static void explored(FigureData data, List<ArmRuns> runs) {
        ArmRuns conv = find(runs, "conv");
        ArmRuns lc = find(runs, "LC");
        ArmRuns every1 = find(runs, "LC + sharing/1");
        ArmRuns every10 = find(runs, "LC + sharing/10");
        if (conv == null || lc == null || every1 == null || every10 == null) {
            return;
        }
        // the opposite of the paper's conv > LC: LC led by 0.15 in both exploration seeds (and in all five settings)
        data.check(Check.atLeast("LC above conv by 0.05 (the paper's conv > LC does not hold at this scale)",
                conv.meanAccuracy() + 0.05, lc.meanAccuracy(), 0));
        // sharing every iteration makes LC a tiled convolution: accuracy 0.04 from conv's in both seeds
        data.check(Check.absolute("LC + sharing every iteration within 0.1 of conv", conv.meanAccuracy(),
                every1.meanAccuracy(), 0.1));
        // and pulls it down to conv's level: 0.19 below LC in both seeds; every 10: 0.13 and 0.20 below
        data.check(Check.atMost("LC + sharing every iteration below LC by 0.05", lc.meanAccuracy() - 0.05,
                every1.meanAccuracy(), 0));
        data.check(Check.atMost("LC + sharing every 10 iterations below LC by 0.05", lc.meanAccuracy() - 0.05,
                every10.meanAccuracy(), 0));
        // the first layer's weight SNR: 0.29-0.43 after sharing against 0.03 for LC
        for (ArmRuns r : List.of(every1, every10)) {
            data.check(Check.atLeast(r.arm().name() + ": first-layer weight SNR at least 5 times LC's",
                    5 * lc.meanWeightSnr(), r.meanWeightSnr(), 0));
        }
    }

    private static ArmRuns find(List<ArmRuns> runs, String name) {
        return runs.stream().filter(r -> r.arm().name().equals(name)).findFirst().orElse(null);
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
