package org.neurotheory.bioplausible.hsic.experiments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** fig2's determinism (quick and paper scale: {@link HsicFiguresTest}). */
class Fig2TwoPointRuleTest {
    @Test
    void sameSeedSameNumbers() {
        var p = new Fig2TwoPointRule.Params(3, 6, 8, 3.0, 2.0, 400, 16, 0.05, 1.0, 0.01, 30, 5);
        double[] a = new Fig2TwoPointRule().compute(p, 7).panel("a").series("online two-point rule").y();
        double[] b = new Fig2TwoPointRule().compute(p, 7).panel("a").series("online two-point rule").y();
        assertArrayEquals(a, b, 0.0);
    }
}
