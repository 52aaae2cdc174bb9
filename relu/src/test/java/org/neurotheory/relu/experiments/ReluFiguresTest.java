package org.neurotheory.relu.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureExporter;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.paper.PaperRegistry;
import org.neurotheory.core.testing.Assertions;
import org.neurotheory.relu.ReluPaper;

/** Every figure at quick scale: computes, has panels and checks, and every check passes. */
class ReluFiguresTest {

    static Stream<FigureSpec> figures() {
        return new ReluPaper().figures().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void figurePassesAtQuickScale(FigureSpec spec) {
        FigureData data = Assertions.assertFigurePasses(spec, 1);
        assertTrue(data.checks().size() >= 3, spec.key() + " has few checks");
    }

    /** Same seed, same numbers: the CSV of two runs is identical. */
    @Test
    void sameSeedGivesIdenticalCsv() {
        FigureSpec spec = AlphaSweepFigure.closedForm();
        assertEquals(FigureExporter.csv(spec.compute(Scale.QUICK, 7)), FigureExporter.csv(spec.compute(Scale.QUICK, 7)));
    }

    @Test
    void paperIsRegisteredWithUniqueKeys() {
        var paper = PaperRegistry.load().papers().stream().filter(p -> p.key().equals("relu")).findFirst();
        assertTrue(paper.isPresent(), "relu registered through ServiceLoader");
        List<String> keys = paper.get().figures().stream().map(FigureSpec::key).toList();
        assertEquals(keys.size(), keys.stream().distinct().count(), "unique figure keys " + keys);
        assertEquals(List.of("alpha-sweep", "closed-form", "exactness", "expressivity", "breaking", "deep"), keys);
    }
}
