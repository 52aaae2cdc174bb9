package org.neurotheory.bioplausible.hsic.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.testing.Assertions;

class Fig2TwoPointRuleTest {
    @Test
    void quickScalePassesItsChecks() {
        FigureData d = Assertions.assertFigurePasses(new Fig2TwoPointRule(), 1);
        assertEquals(Fig2TwoPointRule.Params.quick().points(), d.panel("a").series("online two-point rule").size());
    }

    @Test
    void sameSeedSameNumbers() {
        var p = new Fig2TwoPointRule.Params(3, 6, 8, 3.0, 2.0, 400, 16, 0.05, 1.0, 0.01, 30, 5);
        double[] a = new Fig2TwoPointRule().compute(p, 7).panel("a").series("online two-point rule").y();
        double[] b = new Fig2TwoPointRule().compute(p, 7).panel("a").series("online two-point rule").y();
        org.junit.jupiter.api.Assertions.assertArrayEquals(a, b, 0.0);
    }

    @Tag("slow")
    @Test
    void paperScalePassesItsChecks() {
        FigureData d = new Fig2TwoPointRule().compute(Scale.PAPER, 1);
        org.junit.jupiter.api.Assertions.assertTrue(d.allChecksPass(), d.checks().toString());
    }
}
