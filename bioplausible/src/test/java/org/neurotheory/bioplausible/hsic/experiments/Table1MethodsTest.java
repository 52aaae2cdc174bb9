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
        paperColumnThroughPublicCalls(d);
    }

    /**
     * Issue #22's principle: the paper's column drawn beside the reproduction, recomputed through the
     * public call the docs page names ({@code dataset.paper(method)}), not through the figure class.
     * The same number is read, so the comparison is exact.
     */
    private static void paperColumnThroughPublicCalls(FigureData d) {
        var paper = d.panel("a").series("paper (3 x 1024; 100 epochs)");
        assertEquals(Table1Method.values().length, paper.size());
        for (int i = 0; i < paper.size(); i++) {
            Table1Method m = Table1Method.values()[(int) paper.x()[i] - 1];
            assertEquals(Table1Dataset.FASHION_MNIST.paper(m), paper.y()[i], 0.0, "paper column, " + m.label());
        }
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
