package org.neurotheory.bioplausible.conv.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureRenderer;

/** The image figures' tables, panels and checks from given runs, without training. */
class ImageFiguresTabulateTest {
    private static ArmRuns runs(ImageArm arm, double... acc) {
        return runsWithSnr(arm, arm.sharing() != null ? 0.4 : 0.03, acc);
    }

    private static ArmRuns runsWithSnr(ImageArm arm, double snr, double[] acc) {
        List<ImageTraining.Result> r = new ArrayList<>();
        for (int s = 0; s < acc.length; s++) {
            r.add(new ImageTraining.Result(arm.name(), s, acc[s], acc[s] - 0.2, 1.0,
                    arm.locallyConnected() ? snr : Double.NaN));
        }
        return new ArmRuns(arm, r);
    }

    @Test
    void tableOfArms() {
        Table1Arms.Params p = Table1Arms.Params.paper();
        // accuracies shaped like the exploration at the paper-scale setting (conv, LC, sharing 1/10/100, sleep, translations)
        double[] mean = {0.49, 0.64, 0.45, 0.48, 0.55, 0.5, 0.6};
        List<ArmRuns> all = new ArrayList<>();
        for (int i = 0; i < p.arms().size(); i++) {
            all.add(runs(p.arms().get(i), mean[i] - 0.05, mean[i] + 0.05));
        }
        FigureData d = new Table1Arms().tabulate(p, all);
        assertEquals(7, p.arms().size());
        assertEquals(0.49, all.get(0).meanAccuracy(), 1e-12);
        assertEquals(Math.sqrt(0.005), all.get(0).sdAccuracy(), 1e-12);
        assertTrue(d.notes().get(0).contains("0.490 +- 0.071"), d.notes().get(0));
        assertTrue(d.checks().size() >= 7 + 6 + 1, "chance, explored orderings, batch norm: " + d.checks().size());
        assertFalse(new Table1Arms().render(d).isEmpty());
        assertEquals(2, FigureRenderer.charts(d).size());
        assertTrue(d.checks().stream().allMatch(Check::pass), d.checks().toString());
        // an arm at chance fails its check
        List<ArmRuns> chance = new ArrayList<>(all);
        chance.set(5, runs(p.arms().get(5), 0.1, 0.1));
        assertFalse(new Table1Arms().tabulate(p, chance).allChecksPass());
        // the explored ordering LC > conv is checked at the paper-scale setting, not at quick scale
        List<ArmRuns> flipped = new ArrayList<>(all);
        flipped.set(0, runs(ImageArm.conv(), 0.7, 0.7));
        assertFalse(new Table1Arms().tabulate(p, flipped).allChecksPass());
        Table1Arms.Params quick = Table1Arms.Params.quick();
        assertTrue(new Table1Arms().tabulate(quick, flipped).allChecksPass());
    }

    @Test
    void augmentationCurve() {
        Fig2AugmentationCurve.Params p = Fig2AugmentationCurve.Params.paper();
        List<ArmRuns> tr = new ArrayList<>();
        for (int n : p.nReps()) {
            tr.add(runs(ImageArm.lcTranslated(n, p.shift()), 0.5 + 0.01 * n, 0.52 + 0.01 * n));
        }
        FigureData d = new Fig2AugmentationCurve().tabulate(p, runs(ImageArm.conv(), 0.6, 0.62),
                runs(ImageArm.lc(), 0.5, 0.5), tr);
        assertFalse(new Fig2AugmentationCurve().render(d).isEmpty());
        assertTrue(d.checks().stream().allMatch(Check::pass), d.checks().toString());
    }
}
