package org.neurotheory.cortex.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureExporter;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.testing.Assertions;
import org.neurotheory.cortex.CortexPaper;

/** Every figure at quick scale passes all its checks; same seed gives the same CSV. */
class CortexFiguresTest {
    static Stream<FigureSpec> figures() {
        return new CortexPaper().figures().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void quickScalePasses(FigureSpec spec) {
        FigureData d = Assertions.assertFigurePasses(spec, 3);
        assertFalse(d.checks().isEmpty(), "every figure carries checks");
    }

    @Test
    void sameSeedSameCsv() {
        FigureSpec s4 = new FigS4Precision();
        assertEquals(FigureExporter.csv(s4.compute(Scale.QUICK, 11)), FigureExporter.csv(s4.compute(Scale.QUICK, 11)));
    }

    @Test
    void registryKeyAndFigureKeys() {
        CortexPaper p = new CortexPaper();
        assertEquals("cortex", p.key());
        assertEquals(java.util.List.of("s1", "s2", "s3", "s4", "s5", "s6", "s7"),
                p.figures().stream().map(FigureSpec::key).toList());
    }
}
