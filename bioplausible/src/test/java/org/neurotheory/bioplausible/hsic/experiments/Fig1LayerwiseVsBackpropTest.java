package org.neurotheory.bioplausible.hsic.experiments;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.testing.Assertions;

/** fig1 beyond quick scale (quick scale: {@link HsicFiguresTest}). */
class Fig1LayerwiseVsBackpropTest {
    /** The reduced protocol (60,000 images, 10 epochs, one seed) for the curves. */
    @Tag("slow")
    @Test
    void reducedProtocolPassesItsChecks() {
        assumeTrue(FashionMnist.present(), "Fashion-MNIST not installed");
        FigureData d = new Fig1LayerwiseVsBackprop().compute(
                new Fig1LayerwiseVsBackprop.Params(Protocol.reduced().withSeeds(1), Table1Method.GAUSSIAN_GRP), 1);
        assertTrue(d.checks().stream().allMatch(Check::pass), d.checks().toString());
    }
}
