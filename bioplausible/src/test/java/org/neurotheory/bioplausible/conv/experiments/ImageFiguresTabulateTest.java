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
        List<ImageTraining.Result> r = new ArrayList<>();
        for (int s = 0; s < acc.length; s++) {
            r.add(new ImageTraining.Result(arm.name(), s, acc[s], acc[s] - 0.2, 1.0,
                    arm.locallyConnected() ? 0.5 : Double.NaN));
        }
        return new ArmRuns(arm, r);
    }

    @Test
    void tableOfArms() {
        Table1Arms.Params p = Table1Arms.Params.paper();
        List<ArmRuns> all = new ArrayList<>();
        for (ImageArm a : p.arms()) {
            all.add(runs(a, 0.5, 0.6));
        }
        FigureData d = new Table1Arms().tabulate(p, all);
        assertEquals(7, p.arms().size());
        assertEquals(0.55, all.get(0).meanAccuracy(), 1e-12);
        assertEquals(Math.sqrt(0.005), all.get(0).sdAccuracy(), 1e-12);
        assertTrue(d.notes().get(0).contains("0.550 +- 0.071"), d.notes().get(0));
        assertFalse(new Table1Arms().render(d).isEmpty());
        assertEquals(2, FigureRenderer.charts(d).size());
        assertTrue(d.checks().stream().allMatch(Check::pass), d.checks().toString());
        // an arm at chance fails its check
        all.set(1, runs(ImageArm.lc(), 0.1, 0.1));
        assertFalse(new Table1Arms().tabulate(p, all).allChecksPass());
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
