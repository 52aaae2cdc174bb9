package org.neurotheory.popcodes.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureExporter;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.paper.Paper;
import org.neurotheory.core.paper.PaperRegistry;
import org.neurotheory.core.testing.Assertions;
import org.neurotheory.popcodes.PopcodesPaper;

/** Every figure at quick scale: all checks pass (card §5a check 13 and the figure checks). */
class FiguresTest {
    @Test
    void fig2() {
        FigureData d = Assertions.assertFigurePasses(new Fig2RedundantCodes(), 1);
        assertEquals(20, d.panel("a").series().size(), "20 example tuning curves");
    }

    @Test
    void fig4() {
        Assertions.assertFigurePasses(new Fig4OptimalFamily(), 1);
    }

    @Test
    void fig7() {
        Assertions.assertFigurePasses(new Fig7SynergisticCodes(), 1);
    }

    @Test
    void figs1() {
        Assertions.assertFigurePasses(new FigS1BoundScatter(), 1);
    }

    @Test
    void figs2() {
        Assertions.assertFigurePasses(new FigS2SpikingStage(), 1);
    }

    @Test
    void figs3() {
        Assertions.assertFigurePasses(new FigS3CovarianceOptimisation(), 1);
    }

    @Test
    void sameSeedGivesTheSameCsv() {
        FigureSpec spec = new Fig4OptimalFamily();
        assertEquals(FigureExporter.csv(spec.compute(Scale.QUICK, 5)), FigureExporter.csv(spec.compute(Scale.QUICK, 5)));
    }

    @Test
    void paperIsRegisteredWithEveryFigure() {
        Paper paper = PaperRegistry.load().papers().stream().filter(p -> p.key().equals("popcodes")).findFirst()
                .orElseThrow();
        assertTrue(paper instanceof PopcodesPaper);
        assertEquals(List.of("fig2", "fig4", "fig7", "figs1", "figs2", "figs3"),
                paper.figures().stream().map(FigureSpec::key).toList());
    }
}
