package org.neurotheory.gridcells.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureExporter;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.paper.PaperRegistry;
import org.neurotheory.core.testing.Assertions;
import org.neurotheory.gridcells.GridcellsPaper;

/** Every figure at quick scale passes its checks; the plane optimisation (minutes) runs in the slow group. */
class GridcellsFiguresTest {

    static Stream<FigureSpec> cheapFigures() {
        return new GridcellsPaper().figures().stream().filter(f -> !f.key().equals("fig4b"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cheapFigures")
    void figurePassesAtQuickScale(FigureSpec spec) {
        FigureData data = Assertions.assertFigurePasses(spec, 1);
        assertTrue(data.checks().size() >= 3, spec.key() + " has few checks");
    }

    /** Fig. 4B at quick scale: one 15 000-step optimisation of N = 25 (a few minutes on 2 cores). */
    @Test
    @Tag("slow")
    void planeModuleAtQuickScale() {
        Assertions.assertFigurePasses(new Fig4bHexagonalModule(), 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allFigures")
    @Tag("slow")
    void figurePassesAtPaperScale(FigureSpec spec) {
        FigureData data = spec.compute(Scale.PAPER, 1);
        assertTrue(data.allChecksPass(), spec.key() + ": " + data.checks().stream().filter(c -> !c.pass())
                .map(Assertions::describe).toList());
    }

    static Stream<FigureSpec> allFigures() {
        return new GridcellsPaper().figures().stream();
    }

    @Test
    void sameSeedGivesIdenticalCsv() {
        FigureSpec spec = new Fig4aGoldilocksAnnulus();
        assertEquals(FigureExporter.csv(spec.compute(Scale.QUICK, 7)), FigureExporter.csv(spec.compute(Scale.QUICK, 7)));
    }

    @Test
    void paperIsRegisteredWithUniqueKeys() {
        var paper = PaperRegistry.load().papers().stream().filter(p -> p.key().equals("gridcells")).findFirst();
        assertTrue(paper.isPresent(), "gridcells registered through ServiceLoader");
        List<String> keys = paper.get().figures().stream().map(FigureSpec::key).toList();
        assertEquals(keys.size(), keys.stream().distinct().count(), "unique figure keys " + keys);
    }
}
