package org.neurotheory.bioplausible.hsic.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.testing.Assertions;

class Table1MethodsTest {
    @Test
    void quickScaleSmokeProtocolPassesItsChecks() {
        assumeTrue(FashionMnist.present(), "Fashion-MNIST not installed");
        FigureData d = Assertions.assertFigurePasses(new Table1Methods(), 1);
        System.out.println(d.notes());
        d.checks().forEach(c -> System.out.println(Assertions.describe(c)));
        assertEquals(10, d.panel("a").series("reproduction (mean over seeds)").size());
    }

    /** The reduced protocol (60,000 images, 3 x 256, 10 epochs, three seeds): about an hour of CPU. */
    @Tag("slow")
    @Test
    void reducedProtocolPassesItsChecks() {
        assumeTrue(FashionMnist.present(), "Fashion-MNIST not installed");
        FigureData d = new Table1Methods().compute(Table1Methods.Params.reduced(), 1);
        System.out.println(d.notes());
        d.checks().forEach(c -> System.out.println(Assertions.describe(c)));
        assertTrue(d.checks().stream().allMatch(Check::pass));
    }
}
