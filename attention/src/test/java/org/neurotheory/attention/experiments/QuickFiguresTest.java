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
}
