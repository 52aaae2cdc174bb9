package org.neurotheory.bioplausible.conv.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurotheory.bioplausible.conv.BioplausibleConvPaper;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureExporter;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.paper.Paper;
import org.neurotheory.core.paper.PaperRegistry;
import org.neurotheory.core.testing.Assertions;

/** Every figure at quick scale passes its checks; registration; same seed, same CSV. */
class ConvFiguresTest {
    @Test
    void fig4() {
        // Includes card check 7: toy SGD plateau within 0.15 of log10 (gamma/(1+gamma))^2 for
        // gamma in {0.1, 0.01, 0.001} and k in {3, 6, 9} with 5 trials, mean cosine > 0.999.
        FigureData d = Assertions.assertFigurePasses(new Fig4SharingConvergence(), 1);
        assertEquals(12, d.panel("a: SGD on the sharing objective").series().size());
        assertTrue(d.checks().size() >= 25);
    }

    @Test
    void sameSeedGivesTheSameCsv() {
        var spec = new Fig4SharingConvergence();
        var p = new Fig4SharingConvergence.Params(1, 20_000, new double[] {0.1});
        assertEquals(FigureExporter.csv(spec.compute(p, 4)), FigureExporter.csv(spec.compute(p, 4)));
    }

    @Test
    void paperIsRegisteredWithEveryFigure() {
        Paper paper = PaperRegistry.load().papers().stream().filter(p -> p.key().equals("bioplausible-conv"))
                .findFirst().orElseThrow();
        assertTrue(paper instanceof BioplausibleConvPaper);
        assertEquals(List.of("fig4"), paper.figures().stream().map(FigureSpec::key).toList());
    }
}
