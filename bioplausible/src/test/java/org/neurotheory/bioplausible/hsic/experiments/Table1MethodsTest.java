package org.neurotheory.bioplausible.hsic.experiments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.core.sweep.FinishedRuns;
import org.neurotheory.core.sweep.ResumeDirectory;
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

    /**
     * A table of baselines only (finished runs given by hand): panel a draws each method's seeds, mean
     * and the paper's value side by side at the method's position, and there is no empty panel b.
     */
    @Test
    void baselinesOnlyTableHasOnePanelWithSeedsMeanAndPaperSideBySide() {
        double[][] noLayers = new double[2][0];
        double[] seconds = {1, 1};
        var backprop = List.of(new MethodRun(Table1Method.BACKPROP, new double[] {80, 90}, noLayers, seconds),
                new MethodRun(Table1Method.BACKPROP, new double[] {81, 91}, noLayers, seconds));
        var readout = List.of(new MethodRun(Table1Method.LAST_LAYER, new double[] {70, 83}, noLayers, seconds),
                new MethodRun(Table1Method.LAST_LAYER, new double[] {71, 84}, noLayers, seconds));
        var p = new Table1Methods.Params(Protocol.paper().withSeeds(2), List.of(Table1Method.BACKPROP, Table1Method.LAST_LAYER));
        Table1Methods spec = new Table1Methods();
        FigureData d = spec.tabulate(p, List.of(backprop, readout));

        assertEquals(1, d.panels().size(), "no pHSIC method, so no objective panel");
        assertEquals(1, spec.render(d).size());
        var a = d.panel("a");
        assertEquals(List.of("BP", "LL"), a.categoriesX());
        assertArrayEquals(new double[] {-0.22, -0.22, 0.78, 0.78}, a.series("single seeds").x(), 1e-12);
        assertArrayEquals(new double[] {90, 91, 83, 84}, a.series("single seeds").y(), 0.0);
        assertArrayEquals(new double[] {0, 1}, a.series("reproduction (mean over seeds)").x(), 0.0);
        assertArrayEquals(new double[] {90.5, 83.5}, a.series("reproduction (mean over seeds)").y(), 0.0);
        assertArrayEquals(new double[] {0.22, 1.22}, a.series("paper (3 x 1024; 100 epochs)").x(), 1e-12);
        assertArrayEquals(new double[] {Table1Dataset.FASHION_MNIST.paper(Table1Method.BACKPROP),
                Table1Dataset.FASHION_MNIST.paper(Table1Method.LAST_LAYER)}, a.series("paper (3 x 1024; 100 epochs)").y(), 0.0);
    }

    /**
     * The table so far from the finished runs in the resume folder, as a paper-scale reproduce leaves them:
     * only the methods with a finished run, their means over the seeds finished, and a note of how many.
     */
    @Test
    void finishedSoFarTabulatesTheRunsInTheResumeFolder(@TempDir Path dir) {
        String before = System.getProperty(ResumeDirectory.PROPERTY);
        try {
            ResumeDirectory.set(dir);
            var p = Table1Methods.Params.paper();
            var store = FinishedRuns.forFigure(Scale.PAPER, "table1-seed7", p, MethodRun.CODEC);
            double[][] noLayers = {{Double.NaN, Double.NaN, Double.NaN}}; // a baseline has no layer objectives
            for (int s = 0; s < 2; s++) {
                MethodRun r = new MethodRun(Table1Method.BACKPROP, new double[] {90 + s}, noLayers, new double[] {1});
                store.trainOrRead(MethodRun.key(Table1Dataset.FASHION_MNIST, Table1Method.BACKPROP, Seeds.derive(7, s)), () -> r);
            }
            // a run of another figure seed is not this table's
            store.trainOrRead(MethodRun.key(Table1Dataset.FASHION_MNIST, Table1Method.LAST_LAYER, Seeds.derive(8, 0)),
                    () -> new MethodRun(Table1Method.LAST_LAYER, new double[] {83}, noLayers, new double[] {1}));

            FigureData d = new Table1Methods().finishedSoFar(7);
            assertEquals(List.of("BP"), d.panel("a").categoriesX());
            assertArrayEquals(new double[] {90.5}, d.panel("a").series("reproduction (mean over seeds)").y(), 0.0);
            assertTrue(d.notes().get(0).contains("finished so far: 2 of 50 runs"), d.notes().get(0));
            assertThrows(IllegalArgumentException.class, () -> new Table1Methods().finishedSoFar(9));
        } finally {
            if (before == null) {
                System.clearProperty(ResumeDirectory.PROPERTY);
            } else {
                System.setProperty(ResumeDirectory.PROPERTY, before);
            }
        }
    }
}
