package org.neurotheory.bioplausible.hsic.experiments;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.testing.Assertions;

/** table1 beyond quick scale (quick scale: {@link HsicFiguresTest}). */
class Table1MethodsTest {
    /** The reduced protocol (60,000 images, 3 x 256, 10 epochs, three seeds): about 20 min of CPU, in one JVM. */
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
