package org.neurotheory.attention.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureExporter;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.testing.Assertions;

/** Every figure at quick scale: all checks pass. */
class QuickFiguresTest {
    @Test
    void fig1() {
        Assertions.assertFigurePasses(new MergedAttentionFigure(), 10);
    }

    @Test
    void fig1White() {
        Assertions.assertFigurePasses(new WhiteCovarianceFigure(), 10);
    }

    @Test
    void fig3() {
        Assertions.assertFigurePasses(new SeparateAttentionFigure(), 10);
    }

    @Test
    void fig4() {
        Assertions.assertFigurePasses(new RankSweepFigure(RankSweepFigure.Params.figure4()), 10);
    }

    @Test
    void fig12() {
        Assertions.assertFigurePasses(new RankSweepFigure(RankSweepFigure.Params.figure12()), 10);
    }

    @Test
    void inContextVsInWeight() {
        Assertions.assertFigurePasses(new InContextInWeightFigure(), 10);
    }

    @Test
    void sameSeedGivesIdenticalCsv() {
        FigureData a = new MergedAttentionFigure().compute(Scale.QUICK, 3);
        FigureData b = new MergedAttentionFigure().compute(Scale.QUICK, 3);
        assertEquals(FigureExporter.csv(a), FigureExporter.csv(b));
    }

    @Test
    void paperRegistersEveryFigureOnce() {
        var paper = new org.neurotheory.attention.AttentionPaper();
        var keys = paper.figures().stream().map(f -> f.key()).toList();
        assertEquals(java.util.List.of("fig1", "fig1-white", "fig3", "fig4", "fig12", "icl-iwl"), keys);
        var found = org.neurotheory.core.paper.PaperRegistry.load().papers().stream()
                .filter(x -> x.key().equals("attention")).toList();
        assertEquals(1, found.size(), "ServiceLoader must find the attention paper once");
    }
}
