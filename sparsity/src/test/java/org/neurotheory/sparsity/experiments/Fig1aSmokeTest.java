package org.neurotheory.sparsity.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.sparsity.data.FashionMnistSplit;

/**
 * Fig. 1a and 1b/c end to end at a smoke budget (200 steps, alpha 1 and 3): the plumbing checks
 * hold (check 10: keep-fraction 1 gives the dense accuracy; check 8(ii): equal initial weights;
 * the initial histogram matches its truncated normal). The paper's claims need the quick budget
 * (see {@link SparsityFiguresTest}) and are not asserted here.
 */
class Fig1aSmokeTest {

    @Test
    void plumbingHoldsAtASmokeBudget() {
        Assumptions.assumeTrue(FashionMnistSplit.available(), "Fashion-MNIST not installed");
        var p = new Fig1aAccuracyVsSparsity.Params(new double[] {1, 3}, 200, 60, 0.1, 0.01, 20);
        Fig1aAccuracyVsSparsity a = new Fig1aAccuracyVsSparsity(p);
        FigureData d = a.compute(Scale.QUICK, 1);
        assertEquals(2, d.panel(d.panels().get(0).name()).series().size());
        assertEquals(20, d.panels().get(0).series().get(0).size());
        assertPasses(d, "keep-fraction 1 reproduces the dense accuracy");
        double dense = d.panels().get(0).series().get(0).y()[19];
        assertTrue(dense > 0.6, "200 steps of SGD reach more than 60% on Fashion-MNIST: " + dense);
        FigureData bc = new Fig1bcWeightDistributions(a).compute(Scale.QUICK, 1);
        assertPasses(bc, "initial weights equal the baseline");
        assertPasses(bc, "initial |w| histogram vs truncated normal");
    }

    private static void assertPasses(FigureData d, String prefix) {
        var found = d.checks().stream().filter(c -> c.name().contains(prefix)).toList();
        assertTrue(!found.isEmpty(), "no check " + prefix);
        for (Check c : found) {
            assertTrue(c.pass(), c.toString());
        }
    }
}
