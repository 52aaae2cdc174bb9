package org.neurotheory.multimodal.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureExporter;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.testing.Assertions;

/** Fig. B at quick scale: every check passes; same seed gives the same CSV. */
class FigureBTest {
    @Test
    void quickScalePassesAndIsReproducible() {
        FigureData a = Assertions.assertFigurePasses(new FigureB(), 1);
        FigureData b = new FigureB().compute(Scale.QUICK, 1);
        assertEquals(FigureExporter.csv(a), FigureExporter.csv(b));
    }
}
