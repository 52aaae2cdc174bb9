package org.neurotheory.gridcells.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureExporter;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.testing.FigureContract;
import org.neurotheory.gridcells.GridcellsPaper;

/**
 * The figure contract for gridcells: every figure's quick scale (Fig. 4B and 3C are optimisations of
 * about a minute of CPU each) in the default suite, paper scale in the slow group.
 */
class GridcellsFiguresTest extends FigureContract {
    GridcellsFiguresTest() {
        super(new GridcellsPaper());
    }

    @Override
    protected void moreAssertions(FigureSpec figure, FigureData data) {
        GridcellsPublicCalls.verify(figure, data, SEED);
        assertTrue(data.checks().size() >= 3, figure.key() + " has few checks");
    }

    @Test
    void sameSeedGivesIdenticalCsv() {
        FigureSpec spec = new Fig4aGoldilocksAnnulus();
        assertEquals(FigureExporter.csv(spec.compute(Scale.QUICK, 7)), FigureExporter.csv(spec.compute(Scale.QUICK, 7)));
    }
}
