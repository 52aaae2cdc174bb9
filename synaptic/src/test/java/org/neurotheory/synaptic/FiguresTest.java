package org.neurotheory.synaptic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureExporter;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.testing.Assertions;
import org.neurotheory.synaptic.experiments.PosteriorSchematicFigure;

/** Every figure at quick scale: panels present and every check passes. */
class FiguresTest {
    static Stream<FigureSpec> figures() {
        return new SynapticPaper().figures().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void figurePassesAtQuickScale(FigureSpec spec) {
        long t0 = System.nanoTime();
        FigureData data = Assertions.assertFigurePasses(spec, 17);
        System.out.printf("%s: %.1f s%n", spec.key(), (System.nanoTime() - t0) / 1e9);
        data.checks().forEach(c -> System.out.println("  " + Assertions.describe(c)));
    }

    @Test
    void sameSeedGivesSameCsv() {
        FigureSpec spec = new PosteriorSchematicFigure();
        assertEquals(FigureExporter.csv(spec.compute(Scale.QUICK, 5)), FigureExporter.csv(spec.compute(Scale.QUICK, 5)));
    }

    @Test
    void paperIsRegistered() {
        List<String> keys = new SynapticPaper().figures().stream().map(FigureSpec::key).toList();
        assertEquals(List.of("fig1", "fig2", "fig3", "fig4", "fig5", "fig6", "fig7"), keys);
        assertEquals("synaptic", java.util.ServiceLoader.load(org.neurotheory.core.paper.Paper.class).stream()
                .map(p -> p.get().key()).filter("synaptic"::equals).findFirst().orElse("missing"));
    }
}
