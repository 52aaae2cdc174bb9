package org.neurotheory.synaptic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureExporter;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.testing.Assertions;
import org.neurotheory.synaptic.experiments.LtpChangeFigure;
import org.neurotheory.synaptic.experiments.PosteriorSchematicFigure;

/** Every figure at quick scale: panels present and every check passes. */
class FiguresTest {
    static Stream<FigureSpec> figures() {
        return new SynapticPaper().figures().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void figurePassesAtQuickScale(FigureSpec spec) {
        FigureData data = Assertions.assertFigurePasses(spec, 17);
        assertFalse(data.checks().isEmpty(), spec.key() + " carries checks");
    }

    @Test
    void sameSeedGivesSameCsv() {
        // fig4 runs a 500-synapse simulation for 2 tau (spikes, drift, sampled PSPs, noise); fig1 draws PSPs
        for (FigureSpec spec : List.of(new LtpChangeFigure(Optional.empty()), new PosteriorSchematicFigure())) {
            String first = FigureExporter.csv(spec.compute(Scale.QUICK, 5));
            assertEquals(first, FigureExporter.csv(spec.compute(Scale.QUICK, 5)), spec.key());
            assertNotEquals(first, FigureExporter.csv(spec.compute(Scale.QUICK, 6)), spec.key() + ": another seed");
        }
    }

    @Test
    void paperIsRegistered() {
        List<String> keys = new SynapticPaper().figures().stream().map(FigureSpec::key).toList();
        assertEquals(List.of("fig1", "fig2", "fig3", "fig4", "fig5", "fig6", "fig7"), keys);
        assertEquals("synaptic", java.util.ServiceLoader.load(org.neurotheory.core.paper.Paper.class).stream()
                .map(p -> p.get().key()).filter("synaptic"::equals).findFirst().orElse("missing"));
    }
}
